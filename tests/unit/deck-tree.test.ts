import { deckSubtree, deckTreeOrder, decksUnder } from "@/app/_domain/decks/deck-tree";

const decks = [
  { id: "c", parentId: "b" }, // listed before its parent: still found
  { id: "root", parentId: null },
  { id: "a", parentId: "root" },
  { id: "b", parentId: "root" },
  { id: "other", parentId: null },
];

test("a deck's subtree holds it and every deck below, in any order of the list", () => {
  expect([...deckSubtree(decks, ["root"])].sort()).toEqual(["a", "b", "c", "root"]);
  expect([...deckSubtree(decks, ["b"])].sort()).toEqual(["b", "c"]);
  expect([...deckSubtree(decks, ["a", "other"])].sort()).toEqual(["a", "other"]);
  expect([...deckSubtree(decks, ["c", "root"])].sort()).toEqual(["a", "b", "c", "root"]);
  expect(deckSubtree(decks, []).size).toBe(0);
});

test("tree order puts each deck before its children, siblings in list order, with depth and subtree end", () => {
  const order = deckTreeOrder(decks);
  expect(order.map((p) => [p.deck.id, p.depth, p.end])).toEqual([
    ["root", 0, 4],
    ["a", 1, 2],
    ["b", 1, 4],
    ["c", 2, 4],
    ["other", 0, 5],
  ]);
  const b = order.findIndex((p) => p.deck.id === "b");
  expect(order.slice(b, order[b].end).map((p) => p.deck.id)).toEqual(["b", "c"]);
});

test("decks of a broken tree still appear once, after the rest", () => {
  const broken = [
    { id: "x", parentId: "y" }, // x and y point at each other: no top-level deck leads to them
    { id: "y", parentId: "x" },
    { id: "lost", parentId: "gone" },
    { id: "top", parentId: null },
  ];
  expect(deckTreeOrder(broken).map((p) => [p.deck.id, p.depth, p.end])).toEqual([
    ["top", 0, 1],
    ["x", 0, 3],
    ["y", 1, 3],
    ["lost", 0, 4],
  ]);
  expect([...deckSubtree(broken, ["x"])].sort()).toEqual(["x", "y"]);
});

test("decks under keys: the chosen decks and their subtrees in list order, null when no key exists", () => {
  const keyed = decks.map((d) => ({ ...d, key: `k-${d.id}` }));
  expect(decksUnder(keyed, ["k-b"])?.map((d) => d.id)).toEqual(["c", "b"]);
  expect(decksUnder(keyed, ["k-a", "k-missing"])?.map((d) => d.id)).toEqual(["a"]);
  expect(decksUnder(keyed, ["k-missing"])).toBeNull();
  expect(decksUnder(keyed, [])).toBeNull();
});
