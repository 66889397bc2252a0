-- Real keys, enums and tag tables. Hand-edited from the generated script so that existing data is
-- migrated, not dropped: the rebuilt tables copy every row (Player.learnerId into userId), tags move
-- from JSON text into Tag rows and links, and references to rows that no longer exist are cleaned
-- before the rebuilt tables get the foreign keys that forbid them. Enum columns stay TEXT on SQLite.

-- Dangling references. A card of a deleted fact or term goes, with its review history: that is what
-- the new cascade does when a fact is deleted (the study queue used to suspend such cards by hand).
-- An undo whose review is gone goes too (ReviewLog.undoes cascades). A quiz answer keeps what was
-- asked and loses only the link; so does a class seat whose user is gone.
DELETE FROM "ReviewLog" WHERE "cardId" IN (
  SELECT c."id" FROM "Card" c
  WHERE (c."factId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = c."factId"))
     OR (c."termId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."id" = c."termId"))
);
DELETE FROM "Card"
WHERE ("factId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = "Card"."factId"))
   OR ("termId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."id" = "Card"."termId"));
DELETE FROM "ReviewLog"
WHERE "undoesId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."id" = "ReviewLog"."undoesId");
UPDATE "QuizAnswer" SET "factId" = NULL
WHERE "factId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = "QuizAnswer"."factId");
UPDATE "QuizAnswer" SET "termId" = NULL
WHERE "termId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."id" = "QuizAnswer"."termId");
UPDATE "Player" SET "learnerId" = NULL
WHERE "learnerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = "Player"."learnerId");
-- A role the app does not know grants nothing: it becomes the least one.
UPDATE "User" SET "role" = 'learner' WHERE "role" NOT IN ('learner', 'teacher', 'editor', 'admin');

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "labelJa" TEXT NOT NULL DEFAULT '',
    "labelEn" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "FactTag" (
    "tagId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("tagId", "factId"),
    CONSTRAINT "FactTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FactTag_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TermTag" (
    "tagId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("tagId", "termId"),
    CONSTRAINT "TermTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TermTag_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Tags: each JSON list of Fact.tags and Term.tags becomes Tag rows (one per distinct key) and links
-- that keep the list's order (a key listed twice keeps its first place). The rebuilt Fact and Term
-- tables below no longer have the JSON columns.
INSERT INTO "Tag" ("id", "key")
SELECT 'tag_' || lower(hex(randomblob(12))), k."key"
FROM (
  SELECT j."value" AS "key" FROM "Fact" f,
    json_each(CASE WHEN NOT json_valid(f."tags") THEN '[]' WHEN json_type(f."tags") <> 'array' THEN '[]' ELSE f."tags" END) j
  WHERE j."type" = 'text'
  UNION
  SELECT j."value" FROM "Term" t,
    json_each(CASE WHEN NOT json_valid(t."tags") THEN '[]' WHEN json_type(t."tags") <> 'array' THEN '[]' ELSE t."tags" END) j
  WHERE j."type" = 'text'
) k;

INSERT INTO "FactTag" ("tagId", "factId", "position")
SELECT g."id", f."id", MIN(j."key")
FROM "Fact" f,
  json_each(CASE WHEN NOT json_valid(f."tags") THEN '[]' WHEN json_type(f."tags") <> 'array' THEN '[]' ELSE f."tags" END) j
JOIN "Tag" g ON g."key" = j."value"
WHERE j."type" = 'text'
GROUP BY g."id", f."id";

INSERT INTO "TermTag" ("tagId", "termId", "position")
SELECT g."id", t."id", MIN(j."key")
FROM "Term" t,
  json_each(CASE WHEN NOT json_valid(t."tags") THEN '[]' WHEN json_type(t."tags") <> 'array' THEN '[]' ELSE t."tags" END) j
JOIN "Tag" g ON g."key" = j."value"
WHERE j."type" = 'text'
GROUP BY g."id", t."id";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "noteKey" TEXT NOT NULL,
    "factId" TEXT,
    "termId" TEXT,
    "direction" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL DEFAULT 0,
    "difficulty" REAL NOT NULL DEFAULT 0,
    "elapsedDays" INTEGER NOT NULL DEFAULT 0,
    "scheduledDays" INTEGER NOT NULL DEFAULT 0,
    "learningSteps" INTEGER NOT NULL DEFAULT 0,
    "reps" INTEGER NOT NULL DEFAULT 0,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "state" INTEGER NOT NULL DEFAULT 0,
    "lastReview" DATETIME,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Card_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Card_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("createdAt", "difficulty", "direction", "due", "elapsedDays", "factId", "id", "lapses", "lastReview", "learningSteps", "leech", "noteKey", "reps", "scheduledDays", "stability", "state", "suspended", "termId", "userId") SELECT "createdAt", "difficulty", "direction", "due", "elapsedDays", "factId", "id", "lapses", "lastReview", "learningSteps", "leech", "noteKey", "reps", "scheduledDays", "stability", "state", "suspended", "termId", "userId" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_userId_state_due_idx" ON "Card"("userId", "state", "due");
CREATE INDEX "Card_userId_due_idx" ON "Card"("userId", "due");
CREATE INDEX "Card_factId_idx" ON "Card"("factId");
CREATE INDEX "Card_termId_idx" ON "Card"("termId");
CREATE UNIQUE INDEX "Card_userId_noteKey_direction_key" ON "Card"("userId", "noteKey", "direction");
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "answerType" TEXT NOT NULL,
    "entityType" TEXT,
    "answerValue" TEXT NOT NULL DEFAULT '',
    "questionJa" TEXT NOT NULL,
    "questionEn" TEXT NOT NULL,
    "statementJa" TEXT NOT NULL,
    "statementEn" TEXT NOT NULL,
    "answerTextJa" TEXT NOT NULL,
    "answerTextEn" TEXT NOT NULL,
    "acceptedJa" TEXT NOT NULL DEFAULT '[]',
    "acceptedEn" TEXT NOT NULL DEFAULT '[]',
    "explanationJa" TEXT NOT NULL DEFAULT '',
    "explanationEn" TEXT NOT NULL DEFAULT '',
    "passage" TEXT NOT NULL,
    "locatorJa" TEXT NOT NULL,
    "locatorEn" TEXT NOT NULL,
    "paragraph" INTEGER NOT NULL DEFAULT 0,
    "difficulty" INTEGER NOT NULL DEFAULT 2,
    "seriesKey" TEXT,
    "seriesOrder" INTEGER,
    "seriesLabelJa" TEXT,
    "seriesLabelEn" TEXT,
    "eventDate" TEXT,
    "eventLabelJa" TEXT,
    "eventLabelEn" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fact_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fact_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("acceptedEn", "acceptedJa", "answerTextEn", "answerTextJa", "answerType", "answerValue", "createdAt", "deckId", "difficulty", "entityType", "eventDate", "eventLabelEn", "eventLabelJa", "explanationEn", "explanationJa", "id", "key", "locatorEn", "locatorJa", "paragraph", "passage", "position", "questionEn", "questionJa", "searchText", "seriesKey", "seriesLabelEn", "seriesLabelJa", "seriesOrder", "sourceId", "statementEn", "statementJa", "updatedAt") SELECT "acceptedEn", "acceptedJa", "answerTextEn", "answerTextJa", "answerType", "answerValue", "createdAt", "deckId", "difficulty", "entityType", "eventDate", "eventLabelEn", "eventLabelJa", "explanationEn", "explanationJa", "id", "key", "locatorEn", "locatorJa", "paragraph", "passage", "position", "questionEn", "questionJa", "searchText", "seriesKey", "seriesLabelEn", "seriesLabelJa", "seriesOrder", "sourceId", "statementEn", "statementJa", "updatedAt" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE UNIQUE INDEX "Fact_key_key" ON "Fact"("key");
CREATE INDEX "Fact_deckId_position_idx" ON "Fact"("deckId", "position");
CREATE INDEX "Fact_sourceId_idx" ON "Fact"("sourceId");
CREATE INDEX "Fact_answerType_entityType_idx" ON "Fact"("answerType", "entityType");
CREATE INDEX "Fact_seriesKey_seriesOrder_idx" ON "Fact"("seriesKey", "seriesOrder");
CREATE TABLE "new_Player" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "seatHash" TEXT NOT NULL,
    "userId" TEXT,
    "score" INTEGER NOT NULL DEFAULT 0,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Player_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Player_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Player" ("id", "joinedAt", "locale", "nickname", "score", "seatHash", "sessionId", "userId") SELECT "id", "joinedAt", "locale", "nickname", "score", "seatHash", "sessionId", "learnerId" FROM "Player";
DROP TABLE "Player";
ALTER TABLE "new_Player" RENAME TO "Player";
CREATE INDEX "Player_sessionId_score_idx" ON "Player"("sessionId", "score");
CREATE INDEX "Player_userId_idx" ON "Player"("userId");
CREATE UNIQUE INDEX "Player_sessionId_nickname_key" ON "Player"("sessionId", "nickname");
CREATE TABLE "new_QuizAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "factId" TEXT,
    "termId" TEXT,
    "response" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuizAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAnswer_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuizAnswer_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_QuizAnswer" ("answeredAt", "attemptId", "factId", "id", "position", "response", "score", "termId", "verdict") SELECT "answeredAt", "attemptId", "factId", "id", "position", "response", "score", "termId", "verdict" FROM "QuizAnswer";
DROP TABLE "QuizAnswer";
ALTER TABLE "new_QuizAnswer" RENAME TO "QuizAnswer";
CREATE INDEX "QuizAnswer_factId_idx" ON "QuizAnswer"("factId");
CREATE INDEX "QuizAnswer_termId_idx" ON "QuizAnswer"("termId");
CREATE UNIQUE INDEX "QuizAnswer_attemptId_position_key" ON "QuizAnswer"("attemptId", "position");
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'review',
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reviewedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "undoesId" TEXT,
    "previousCard" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewLog_undoesId_fkey" FOREIGN KEY ("undoesId") REFERENCES "ReviewLog" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewLog" ("cardId", "difficulty", "due", "durationMs", "elapsedDays", "id", "kind", "lastElapsedDays", "learningSteps", "previousCard", "rating", "requestId", "reviewedAt", "scheduledDays", "stability", "state", "undoesId", "userId") SELECT "cardId", "difficulty", "due", "durationMs", "elapsedDays", "id", "kind", "lastElapsedDays", "learningSteps", "previousCard", "rating", "requestId", "reviewedAt", "scheduledDays", "stability", "state", "undoesId", "userId" FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE INDEX "ReviewLog_cardId_reviewedAt_idx" ON "ReviewLog"("cardId", "reviewedAt");
CREATE INDEX "ReviewLog_undoesId_idx" ON "ReviewLog"("undoesId");
CREATE UNIQUE INDEX "ReviewLog_userId_requestId_key" ON "ReviewLog"("userId", "requestId");
CREATE TABLE "new_Term" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "ja" TEXT NOT NULL,
    "readingJa" TEXT NOT NULL DEFAULT '',
    "en" TEXT NOT NULL,
    "aliasesJa" TEXT NOT NULL DEFAULT '[]',
    "aliasesEn" TEXT NOT NULL DEFAULT '[]',
    "definitionJa" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "passage" TEXT NOT NULL,
    "locatorJa" TEXT NOT NULL,
    "locatorEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Term_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Term_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Term" ("aliasesEn", "aliasesJa", "createdAt", "deckId", "definitionEn", "definitionJa", "en", "id", "ja", "key", "locatorEn", "locatorJa", "passage", "position", "readingJa", "searchText", "sourceId", "updatedAt") SELECT "aliasesEn", "aliasesJa", "createdAt", "deckId", "definitionEn", "definitionJa", "en", "id", "ja", "key", "locatorEn", "locatorJa", "passage", "position", "readingJa", "searchText", "sourceId", "updatedAt" FROM "Term";
DROP TABLE "Term";
ALTER TABLE "new_Term" RENAME TO "Term";
CREATE UNIQUE INDEX "Term_key_key" ON "Term"("key");
CREATE INDEX "Term_deckId_position_idx" ON "Term"("deckId", "position");
CREATE INDEX "Term_sourceId_idx" ON "Term"("sourceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_key_key" ON "Tag"("key");

-- CreateIndex
CREATE INDEX "FactTag_factId_tagId_idx" ON "FactTag"("factId", "tagId");

-- CreateIndex
CREATE INDEX "TermTag_termId_tagId_idx" ON "TermTag"("termId", "tagId");

-- CreateIndex
CREATE INDEX "Assignment_quizId_idx" ON "Assignment"("quizId");

-- CreateIndex
CREATE INDEX "Assignment_ownerId_idx" ON "Assignment"("ownerId");

-- CreateIndex
CREATE INDEX "Deck_sourceId_idx" ON "Deck"("sourceId");

-- CreateIndex
CREATE INDEX "LiveSession_quizId_idx" ON "LiveSession"("quizId");

-- CreateIndex
CREATE INDEX "Quiz_ownerId_idx" ON "Quiz"("ownerId");
