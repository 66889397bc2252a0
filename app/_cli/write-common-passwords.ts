// Writes app/_schemas/common-passwords.json: the most common passwords that the length rule alone
// would let through, taken in order of frequency from zxcvbn-ts's maintained list (a dev dependency;
// the app ships only the generated file). Run: npx tsx app/_cli/write-common-passwords.ts
import fs from "node:fs";
import path from "node:path";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN } from "../_schemas/account";

const COUNT = 3000;
const list = (dictionary as unknown as Record<string, string[]>)["passwords-common"];
const picked: string[] = [];
for (const word of list) {
  const folded = word.normalize("NFKC").toLowerCase();
  if (folded.length >= PASSWORD_MIN && !picked.includes(folded)) picked.push(folded);
  if (picked.length === COUNT) break;
}
const file = path.join(__dirname, "..", "_schemas", "common-passwords.json");
fs.writeFileSync(file, JSON.stringify(picked) + "\n");
console.log(`wrote ${picked.length} passwords to ${path.relative(process.cwd(), file)}`);
