// `npm run set-role -- <username> <learner|teacher|editor|admin>`: gives an account a role
// (editors import and edit facts, teachers run classes). Uses DATABASE_URL like the app.
import { createPrismaClient } from "../_data/prisma-client";
import { ROLES, type Role } from "../_data/auth/roles";

const isRole = (value: string | undefined): value is Role => (ROLES as readonly string[]).includes(value ?? "");

async function main() {
  const [username, role] = process.argv.slice(2);
  if (!username || !isRole(role)) {
    console.error(`usage: npm run set-role -- <username> <${ROLES.join("|")}>`);
    process.exit(2);
  }
  const db = createPrismaClient();
  try {
    const result = await db.user.updateMany({ where: { username: username.toLowerCase() }, data: { role } });
    if (result.count === 0) {
      console.error(`No account named “${username}”. Claim it in the app first (Account → Keep my progress).`);
      process.exit(1);
    }
    console.log(`${username} is now ${role}.`);
  } finally {
    await db.$disconnect();
  }
}

void main();
