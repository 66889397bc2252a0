// The live game's rules stay pure: no database, network, file system or clock reads in app/_domain/live.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve(__dirname, "../../../app/_domain/live");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));
const ALLOWED = [/^\.\//, /^@\/app\/_domain\//, /^zod$/, /^qrcode$/];

test.each(files)("%s imports only the domain and pure libraries", (file) => {
  const source = fs.readFileSync(path.join(dir, file), "utf8");
  const imports = [...source.matchAll(/^import[^"']*["']([^"']+)["']/gm)].map((m) => m[1]);
  for (const specifier of imports) expect(ALLOWED.some((allowed) => allowed.test(specifier))).toBe(true);
  expect(source).not.toMatch(/Date\.now\(|new Date\(|Math\.random\(|process\.env|require\(/);
});
