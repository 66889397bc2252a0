// `npx prisma db seed`: loads the default deck from prisma/content/ (`npm start` seeds an empty database itself).
import { createPrismaClient } from "../app/_data/prisma-client";
import { seedDefaultDeck } from "../app/_data/seed-default-deck";

async function main() {
  const db = createPrismaClient();
  try {
    await seedDefaultDeck(db);
    console.log("Seeded the default deck.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
