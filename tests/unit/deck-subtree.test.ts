import { deckSubtree } from "@/app/_domain/decks/deck-subtree";

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
  expect(deckSubtree(decks, []).size).toBe(0);
});
