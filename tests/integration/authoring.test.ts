// Authoring on real databases: who may write content (every editing action × every kind of caller),
// passages checked against their source's text, drafts kept from quizzes and study queues, revisions
// and reverts that learners' cards follow, and deletions that take cards with them.
import { describeEachDatabase } from "../support/test-database";
import type { Db } from "@/app/_data/prisma-client";
import { importDocument } from "@/app/_data/interchange/import-document";
import { createGuest } from "@/app/_data/auth/user-store";
import type { Role } from "@/app/_data/auth/roles";
import type { Editor } from "@/app/_data/edit/editor";
import { deleteFact, readStoredFact, saveFact } from "@/app/_data/edit/fact-writes";
import { deleteSource, saveSource } from "@/app/_data/edit/source-writes";
import { revertRevision } from "@/app/_data/edit/revert";
import { listRevisions } from "@/app/_data/edit/revisions";
import { listEditableFacts } from "@/app/_data/edit/content-reads";
import { deleteRecord, saveDeck, saveEntity, saveTerm } from "@/app/_data/edit/record-writes";
import { saveTag } from "@/app/_data/edit/tag-writes";
import { listTerms } from "@/app/_data/facts/glossary";
import { loadQuizPool } from "@/app/_data/quiz/load-pool";
import { loadCardContent } from "@/app/_data/study/card-content";
import { computeStudyQueue } from "@/app/_data/study/queue";
import { searchFacts } from "@/app/_data/facts/search-facts";
import { getFact } from "@/app/_data/facts/get-fact";
import { QUESTION_TYPES } from "@/app/_domain/quiz/types";
import { deckEditInput, entityEditInput, factEditInput, sourceEditInput, termEditInput, type FactEditValues, type SourceEditValues } from "@/app/_schemas/edit";
import { FORMAT } from "@/app/_schemas/interchange";
import { newLearner, startStudying } from "./study-support";
import { createAttempt } from "@/app/_data/quiz/start-attempt";
import { gradeAndStoreAnswer } from "@/app/_data/quiz/answer-question";

const SOURCE_TEXT = [
  "2023年11月16日、第10回拡大ASEAN国防相会議がジャカルタで開催された。",
  "",
  "日本からは木原稔防衛大臣が出席した。",
  "会議は共同宣言を採択した。",
].join("\r\n");

const sourceInput = (over: Partial<SourceEditValues> = {}) =>
  sourceEditInput.parse({
    key: "new-src", titleJa: "新しい資料", titleEn: "A new source", publisherJa: "発行者", publisherEn: "Publisher",
    publishedOn: "2023-12-12", authorJa: "著者", authorEn: "Author", url: "https://example.org/a", text: SOURCE_TEXT, ...over,
  });

const factInput = (over: Partial<FactEditValues> = {}) =>
  factEditInput.parse({
    key: "new.minister", sourceKey: "new-src", deckKey: "deck", answerType: "text", answerValue: "木原稔",
    questionJa: "日本から出席したのは誰か。", questionEn: "Who attended for Japan?",
    statementJa: "日本からは木原稔防衛大臣が出席した。", statementEn: "Defence Minister Kihara Minoru attended for Japan.",
    answerTextJa: "木原稔", answerTextEn: "Kihara Minoru", passage: "日本からは木原稔防衛大臣が出席した。",
    locatorJa: "第2段落", locatorEn: "Paragraph 2", tags: ["japan"], published: true, ...over,
  });

const termInput = (over: Record<string, unknown> = {}) =>
  termEditInput.parse({
    key: "term.admm", sourceKey: "new-src", deckKey: "deck", ja: "拡大ASEAN国防相会議", readingJa: "かくだいあせあんこくぼうしょうかいぎ", en: "ADMM-Plus",
    definitionJa: "ASEANと域外国の国防相会議。", definitionEn: "The meeting of ASEAN and partner defence ministers.", passage: "第10回拡大ASEAN国防相会議",
    locatorJa: "第1段落", locatorEn: "Paragraph 1", published: true, ...over,
  });
const entityInput = (key: string) => entityEditInput.parse({ key, type: "person", nameJa: "木原稔", nameEn: "Kihara Minoru", readingJa: "きはらみのる" });
const deckInput = (key: string) => deckEditInput.parse({ key, nameJa: "小デッキ", nameEn: "Sub-deck", parentKey: "deck" });

async function setUp(db: Db) {
  const result = await importDocument(db, {
    format: FORMAT,
    sources: [{ key: "old-src", titleJa: "旧", titleEn: "Old", publisherJa: "発", publisherEn: "Pub", publishedOn: "2023-01-01", authorJa: "著", authorEn: "Au" }],
    decks: [{ key: "deck", nameJa: "デッキ", nameEn: "Deck" }],
    facts: [],
  });
  expect(result.ok).toBe(true);
}

async function userWith(db: Db, role: Role, username: string | null): Promise<Editor> {
  const { user } = await createGuest(db);
  return db.user.update({ where: { id: user.id }, data: { role, username }, select: { id: true, role: true } });
}

async function contentState(db: Db) {
  const [facts, sources, revisions, texts, records, tags] = await Promise.all([
    db.fact.count(),
    db.source.count(),
    db.revision.count(),
    db.fact.findMany({ select: { key: true, statementEn: true, published: true }, orderBy: { key: "asc" } }),
    Promise.all([db.deck.count(), db.entity.count(), db.term.count()]),
    db.tag.findMany({ select: { key: true, labelJa: true, labelEn: true }, orderBy: { key: "asc" } }),
  ]);
  return { facts, sources, revisions, texts, records, tags, terms: await db.term.findMany({ select: { key: true, en: true }, orderBy: { key: "asc" } }) };
}

describeEachDatabase("authoring", (db) => {
  let editor: Editor;
  beforeAll(async () => {
    await setUp(db.prisma);
    editor = await userWith(db.prisma, "editor", "ed");
    expect(await saveSource(db.prisma, editor, sourceInput())).toEqual({ ok: true, value: { key: "new-src" } });
  }, 120_000);

  test("every editing action: refused to nobody, guests, learners and teachers (nothing changes); done for editors and admins", async () => {
    await saveFact(db.prisma, editor, factInput({ key: "matrix.kept" }));
    const [revision] = await listRevisions(db.prisma, "fact", "matrix.kept");
    await saveTerm(db.prisma, editor, termInput({ key: "matrix.term" }));
    const [tag] = await db.prisma.tag.findMany({ take: 1 });
    const id = (u: Editor | null) => (u?.id ?? "x").toLowerCase();
    const actions = {
      saveDeck: (u: Editor | null) => saveDeck(db.prisma, u, deckInput(`deck-${id(u)}`)),
      deleteDeck: (u: Editor | null) => saveDeck(db.prisma, editor, deckInput(`gone-deck-${id(u)}`)).then(() => deleteRecord(db.prisma, u, "deck", `gone-deck-${id(u)}`)),
      saveEntity: (u: Editor | null) => saveEntity(db.prisma, u, entityInput(`person-${id(u)}`)),
      deleteEntity: (u: Editor | null) => saveEntity(db.prisma, editor, entityInput(`gone-person-${id(u)}`)).then(() => deleteRecord(db.prisma, u, "entity", `gone-person-${id(u)}`)),
      saveTerm: (u: Editor | null) => saveTerm(db.prisma, u, termInput({ key: `term-${id(u)}` })),
      updateTerm: (u: Editor | null) => saveTerm(db.prisma, u, termInput({ key: "matrix.term", originalKey: "matrix.term", en: `ADMM-Plus (${u?.role})` })),
      deleteTerm: (u: Editor | null) => saveTerm(db.prisma, editor, termInput({ key: `gone-term-${id(u)}` })).then(() => deleteRecord(db.prisma, u, "term", `gone-term-${id(u)}`)),
      saveTag: (u: Editor | null) => saveTag(db.prisma, u, { key: tag.key, labelJa: `日本 ${u?.role}`, labelEn: `Japan ${u?.role}` }),
      saveSource: (u: Editor | null) => saveSource(db.prisma, u, sourceInput({ key: `src-${u?.id ?? "x"}`.toLowerCase() })),
      updateSource: (u: Editor | null) => saveSource(db.prisma, u, sourceInput({ originalKey: "new-src", titleEn: `Retitled ${u?.role}` })),
      deleteSource: (u: Editor | null) => saveSource(db.prisma, editor, sourceInput({ key: `gone-${u?.id ?? "x"}`.toLowerCase() })).then(() => deleteSource(db.prisma, u, `gone-${u?.id ?? "x"}`.toLowerCase())),
      saveFact: (u: Editor | null) => saveFact(db.prisma, u, factInput({ key: `matrix.${u?.id ?? "x"}`.toLowerCase() })),
      updateFact: (u: Editor | null) => saveFact(db.prisma, u, factInput({ key: "matrix.kept", originalKey: "matrix.kept", statementEn: `Kihara Minoru attended (${u?.role}).` , answerTextEn: "Kihara Minoru" })),
      deleteFact: (u: Editor | null) => saveFact(db.prisma, editor, factInput({ key: `del.${u?.id ?? "x"}`.toLowerCase() })).then(() => deleteFact(db.prisma, u, `del.${u?.id ?? "x"}`.toLowerCase())),
      revert: (u: Editor | null) => revertRevision(db.prisma, u, revision.id),
    };
    const callers: [string, Editor | null, string | null][] = [
      ["nobody", null, "signInRequired"],
      ["guest", await userWith(db.prisma, "learner", null), "forbidden"],
      ["learner", await userWith(db.prisma, "learner", "lea"), "forbidden"],
      ["teacher", await userWith(db.prisma, "teacher", "tea"), "forbidden"],
      ["editor", editor, null],
      ["admin", await userWith(db.prisma, "admin", "adm"), null],
    ];
    for (const [name, user, refusal] of callers) {
      for (const [action, run] of Object.entries(actions)) {
        if (action === "revert" && refusal === null) continue; // run once below: it deletes the fact it reverts
        if (refusal) {
          // The deleting actions create their victim as the editor first; compare after that.
          const before = await contentState(db.prisma);
          const outcome = await run(user);
          const after = await contentState(db.prisma);
          expect([name, action, outcome]).toEqual([name, action, { ok: false, error: refusal }]);
          if (!action.startsWith("delete")) expect(after).toEqual(before);
          else {
            const total = (x: typeof before) => x.facts + x.sources + x.records.reduce((a, b) => a + b, 0);
            expect(total(after)).toBe(total(before) + 1); // the victim stays
          }
        } else {
          const outcome = await run(user);
          expect([name, action, outcome.ok]).toEqual([name, action, true]);
        }
      }
    }
    expect((await revertRevision(db.prisma, editor, revision.id)).ok).toBe(true);
    expect(await db.prisma.fact.count({ where: { key: "matrix.kept" } })).toBe(0);
  });

  test("a passage must occur verbatim in its source's text; its paragraph is filled in", async () => {
    const refused = await saveFact(db.prisma, editor, factInput({ key: "bad.passage", passage: "日本からは岸田首相が出席した。" }));
    expect(refused).toEqual({ ok: false, error: "passageNotInSource", field: "passage" });
    expect(await db.prisma.fact.count({ where: { key: "bad.passage" } })).toBe(0);
    expect((await saveFact(db.prisma, editor, factInput({ key: "good.passage", passage: "共同宣言を採択", paragraph: 0 }))).ok).toBe(true);
    expect((await readStoredFact(db.prisma, "good.passage"))!.paragraph).toBe(3);
    expect(await saveFact(db.prisma, editor, factInput({ key: "good.passage" }))).toEqual({ ok: false, error: "keyTaken", field: "key" });
    expect(await saveFact(db.prisma, editor, factInput({ key: "x.deck", deckKey: "nope" }))).toEqual({ ok: false, error: "unknownReference", field: "deckKey" });
    expect(await saveFact(db.prisma, editor, factInput({ key: "x.answer", answerTextEn: "Kishida" }))).toEqual({ ok: false, error: "answerNotInStatement", field: "answerTextEn" });
  });

  test("a draft (unpublished, or missing a language) never reaches a learner page, a quiz pool or a study queue", async () => {
    expect(factEditInput.safeParse({ ...factInput(), questionEn: "", published: true }).success).toBe(false);
    await saveFact(db.prisma, editor, factInput({ key: "draft.unpublished", published: false }));
    await saveFact(db.prisma, editor, factInput({ key: "draft.no-en", questionEn: "", statementEn: "", answerTextEn: "", locatorEn: "", published: false }));
    await saveFact(db.prisma, editor, factInput({ key: "live.one" }));
    const drafts = ["draft.unpublished", "draft.no-en"];

    const needs = await listEditableFacts(db.prisma, { filter: "needsTranslation" });
    expect(needs.map((f) => f.key)).toEqual(["draft.no-en"]);
    expect(needs[0].missing).toEqual(["en"]);
    expect((await listEditableFacts(db.prisma, { filter: "drafts" })).map((f) => f.key).sort()).toEqual([...drafts].sort());

    const page = await searchFacts(db.prisma, { q: "" });
    expect(page.items.map((f) => f.key)).toContain("live.one");
    for (const key of drafts) {
      expect(page.items.map((f) => f.key)).not.toContain(key);
      expect(await getFact(db.prisma, key)).toBeNull();
    }
    const loaded = await loadQuizPool(db.prisma, { deckKeys: "all", tags: [], count: 10, types: [...QUESTION_TYPES], direction: "ja-en", seed: "d" });
    const poolKeys = loaded!.pool.facts.map((f) => f.key);
    expect(poolKeys).toContain("live.one");
    for (const key of drafts) expect(poolKeys).not.toContain(key);

    const learner = await newLearner(db.prisma);
    const scope = await startStudying(db.prisma, learner);
    const cards = await db.prisma.card.findMany({ where: { userId: learner.id }, select: { fact: { select: { key: true } } } });
    expect(cards.map((c) => c.fact?.key)).toContain("live.one");
    for (const key of drafts) expect(cards.map((c) => c.fact?.key)).not.toContain(key);

    // A published fact taken back to draft leaves the queue; its cards wait with their schedule.
    const liveFact = await db.prisma.fact.findUniqueOrThrow({ where: { key: "live.one" }, select: { id: true } });
    const inQueue = async () => (await computeStudyQueue(db.prisma, learner, scope)).cards.some((c) => c.factId === liveFact.id);
    expect(await inQueue()).toBe(true);
    await saveFact(db.prisma, editor, factInput({ key: "live.one", originalKey: "live.one", published: false }));
    expect(await inQueue()).toBe(false);
    expect(await db.prisma.card.count({ where: { factId: liveFact.id } })).toBe(2);
    await saveFact(db.prisma, editor, factInput({ key: "live.one", originalKey: "live.one", published: true }));
    expect(await inQueue()).toBe(true);
  });

  test("each change is a revision; a revert restores the old text on the learner's card, same card and schedule", async () => {
    await saveFact(db.prisma, editor, factInput({ key: "hist.one" }));
    const learner = await newLearner(db.prisma);
    await startStudying(db.prisma, learner);
    const card = await db.prisma.card.findFirstOrThrow({ where: { userId: learner.id, fact: { key: "hist.one" }, direction: "ja-en" } });
    await db.prisma.card.update({ where: { id: card.id }, data: { state: 2, reps: 3, stability: 12.5 } });

    const edited = factInput({ key: "hist.one", originalKey: "hist.one", statementEn: "Japan sent Defence Minister Kihara Minoru.", answerTextEn: "Kihara Minoru" });
    expect((await saveFact(db.prisma, editor, edited)).ok).toBe(true);
    const content = async () => (await loadCardContent(db.prisma, { factId: card.factId, termId: null, direction: "ja-en" }))!;
    expect(JSON.stringify(await content())).toContain("Japan sent Defence Minister");

    const revisions = await listRevisions(db.prisma, "fact", "hist.one");
    expect(revisions.map((r) => r.action)).toEqual(["update", "create"]);
    expect(revisions[0].changes).toEqual({ statementEn: { old: "Defence Minister Kihara Minoru attended for Japan.", new: "Japan sent Defence Minister Kihara Minoru." } });

    expect((await revertRevision(db.prisma, editor, revisions[0].id)).ok).toBe(true);
    expect(JSON.stringify(await content())).toContain("Defence Minister Kihara Minoru attended for Japan.");
    const after = await db.prisma.card.findUniqueOrThrow({ where: { id: card.id } });
    expect([after.state, after.reps, after.stability]).toEqual([2, 3, 12.5]);
    expect((await listRevisions(db.prisma, "fact", "hist.one"))[0].action).toBe("revert");
  });

  test("terms: a draft term is kept from the glossary, the quiz and study; deleting a term deletes its cards", async () => {
    expect(await saveTerm(db.prisma, editor, termInput({ key: "term.bad", passage: "存在しない引用" }))).toEqual({ ok: false, error: "passageNotInSource", field: "passage" });
    await saveTerm(db.prisma, editor, termInput({ key: "term.draft", published: false }));
    await saveTerm(db.prisma, editor, termInput({ key: "term.live" }));
    expect((await listTerms(db.prisma, {})).map((t) => t.key)).toEqual(expect.not.arrayContaining(["term.draft"]));
    expect((await listTerms(db.prisma, {})).map((t) => t.key)).toContain("term.live");
    const loaded = await loadQuizPool(db.prisma, { deckKeys: "all", tags: [], count: 10, types: [...QUESTION_TYPES], direction: "ja-en", seed: "t" });
    expect(loaded!.pool.terms.map((t) => t.key)).toContain("term.live");
    expect(loaded!.pool.terms.map((t) => t.key)).not.toContain("term.draft");
    const learner = await newLearner(db.prisma);
    await startStudying(db.prisma, learner);
    const termCards = await db.prisma.card.findMany({ where: { userId: learner.id, termId: { not: null } }, select: { term: { select: { key: true } } } });
    expect(termCards.map((c) => c.term?.key)).not.toContain("term.draft");
    const live = await db.prisma.term.findUniqueOrThrow({ where: { key: "term.live" }, select: { id: true } });
    expect(await db.prisma.card.count({ where: { termId: live.id } })).toBeGreaterThan(0);
    expect((await deleteRecord(db.prisma, editor, "term", "term.live")).ok).toBe(true);
    expect(await db.prisma.card.count({ where: { termId: live.id } })).toBe(0);
  });

  test("a deck holding facts and an entity a fact names cannot be deleted; tag labels are revisions too", async () => {
    await saveEntity(db.prisma, editor, entityInput("kihara"));
    expect((await saveFact(db.prisma, editor, factInput({ key: "names.kihara", answerType: "entity", answerEntityKeys: ["kihara"] }))).ok).toBe(true);
    expect(await deleteRecord(db.prisma, editor, "deck", "deck")).toEqual({ ok: false, error: "inUse" });
    expect(await deleteRecord(db.prisma, editor, "entity", "kihara")).toEqual({ ok: false, error: "inUse" });
    expect(await saveDeck(db.prisma, editor, deckEditInput.parse({ key: "deck", originalKey: "deck", nameJa: "デッキ", nameEn: "Deck", parentKey: "deck" }))).toEqual({ ok: false, error: "deckCycle", field: "parentKey" });
    await saveDeck(db.prisma, editor, deckInput("deck.child"));
    expect(await saveDeck(db.prisma, editor, deckEditInput.parse({ key: "deck", originalKey: "deck", nameJa: "デッキ", nameEn: "Deck", parentKey: "deck.child" }))).toEqual({ ok: false, error: "deckCycle", field: "parentKey" });

    await saveTag(db.prisma, editor, { key: "japan", labelJa: "日本", labelEn: "Japan" });
    await saveTag(db.prisma, editor, { key: "japan", labelJa: "日本国", labelEn: "Japan (state)" });
    const [latest] = await listRevisions(db.prisma, "tag", "japan");
    expect(latest.changes).toEqual({ labelJa: { old: "日本", new: "日本国" }, labelEn: { old: "Japan", new: "Japan (state)" } });
    expect((await revertRevision(db.prisma, editor, latest.id)).ok).toBe(true);
    expect(await db.prisma.tag.findUnique({ where: { key: "japan" }, select: { labelJa: true, labelEn: true } })).toEqual({ labelJa: "日本", labelEn: "Japan" });
  });

  test("deleting a fact deletes its cards (foreign-key cascade); a source in use cannot be deleted", async () => {
    await saveFact(db.prisma, editor, factInput({ key: "cascade.one" }));
    await saveFact(db.prisma, editor, factInput({ key: "cascade.kept" })); // keeps the source in use
    const learner = await newLearner(db.prisma);
    await startStudying(db.prisma, learner);
    const fact = await db.prisma.fact.findUniqueOrThrow({ where: { key: "cascade.one" }, select: { id: true } });
    expect(await db.prisma.card.count({ where: { factId: fact.id } })).toBe(2);
    // A quiz answer about the fact keeps its row and what was asked when the fact goes.
    const started = await createAttempt(db.prisma, learner.id, { deckKeys: "all", tags: [], count: 50, types: ["cloze"], direction: "en-en", seed: "cascade" });
    if (!started.ok) throw new Error(started.error);
    const asked = await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    const questions = JSON.parse((asked as unknown as { questions: string }).questions) as { reveal: { kind: string; key: string }[] }[];
    const position = questions.findIndex((q) => q.reveal.some((r) => r.kind === "fact" && r.key === "cascade.one"));
    expect(position).toBeGreaterThanOrEqual(0);
    expect((await gradeAndStoreAnswer(db.prisma, learner.id, { attemptId: started.attemptId, position, response: { text: "Kihara Minoru" } })).ok).toBe(true);
    expect(await db.prisma.quizAnswer.count({ where: { factId: fact.id } })).toBe(1);

    expect((await deleteFact(db.prisma, editor, "cascade.one")).ok).toBe(true);
    expect(await db.prisma.card.count({ where: { factId: fact.id } })).toBe(0);
    const kept = await db.prisma.quizAnswer.findFirstOrThrow({ where: { attemptId: started.attemptId, position } });
    expect(kept.factId).toBeNull();
    const after = await db.prisma.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(JSON.stringify(after)).toContain("cascade.one");
    expect(await deleteSource(db.prisma, editor, "new-src")).toEqual({ ok: false, error: "sourceInUse" });
    expect(await deleteFact(db.prisma, editor, "cascade.one")).toEqual({ ok: false, error: "notFound" });
  });
});
