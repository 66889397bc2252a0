import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const enLeaves = leaves(en as Tree);
const jaLeaves = leaves(ja as Tree);

test("en.json and ja.json have exactly the same keys", () => {
  expect([...jaLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
});

test("no message is empty", () => {
  for (const [key, value] of [...enLeaves, ...jaLeaves]) expect({ key, empty: value.trim() === "" }).toEqual({ key, empty: false });
});

test("Japanese messages are written in Japanese (except language names and fixed terms)", () => {
  const latinOnly = [...jaLeaves].filter(([key, value]) => !/[\u3040-\u30ff\u4e00-\u9fff]/u.test(value) && !/\.(en|ja)$/.test(key));
  // A few may legitimately be Latin-only (acronyms, placeholders); every one must be listed here.
  const allowed = new Set<string>(["Quiz.directions.ja-en", "Quiz.directions.en-ja", "Quiz.directions.ja-ja", "Quiz.directions.en-en"]);
  expect(latinOnly.map(([key]) => key).filter((key) => !allowed.has(key))).toEqual([]);
});

test("English messages contain no Japanese script (except the language name 日本語)", () => {
  const mixed = [...enLeaves].filter(([key, value]) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(value) && key !== "LocaleSwitcher.ja" && key !== "Common.appTagline");
  expect(mixed.map(([key]) => key)).toEqual([]);
});

test("placeholders match between languages", () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).filter((n) => !["plural", "select", "one", "other", "selectordinal"].includes(n));
  for (const [key, value] of enLeaves) {
    expect({ key, names: [...new Set(names(jaLeaves.get(key) ?? ""))].sort() }).toEqual({ key, names: [...new Set(names(value))].sort() });
  }
});
