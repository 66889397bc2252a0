// The default deck: every interchange file under prisma/content/ is imported into an empty database.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./prisma-client";
import { importDocument } from "./interchange/import-document";
import { z } from "zod";
import { tagRecord } from "../_schemas/interchange";

export const CONTENT_DIR = path.join(process.cwd(), "prisma", "content");

export function defaultContentFiles(): string[] {
  if (!fs.existsSync(CONTENT_DIR)) return [];
  return fs
    .readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(CONTENT_DIR, name));
}

export async function seedDefaultDeck(db: Db): Promise<void> {
  for (const file of defaultContentFiles()) {
    const result = await importDocument(db, JSON.parse(fs.readFileSync(file, "utf8")));
    if (!result.ok) {
      throw new Error(`Seed content ${path.basename(file)} is invalid:\n${JSON.stringify(result.issues.slice(0, 20), null, 2)}`);
    }
  }
  await seedTagLabels(db);
}

/** The labels of the default deck's tags (prisma/content/tags/*.json), for the tags that exist. */
export async function seedTagLabels(db: Db): Promise<void> {
  const dir = path.join(CONTENT_DIR, "tags");
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const labels = z.array(tagRecord).parse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
    for (const { key, labelJa, labelEn } of labels) await db.tag.updateMany({ where: { key }, data: { labelJa, labelEn } });
  }
}

/** Seeds on first start only: a database that has any source is left alone. */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if ((await db.source.count()) > 0) return false;
  await seedDefaultDeck(db);
  return true;
}
