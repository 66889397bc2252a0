-- Real keys, enums and tag tables. Hand-edited from the generated script so that existing data is
-- migrated, not dropped: columns change type in place (USING casts) instead of being dropped and added,
-- Player.learnerId is renamed, tags move from JSON text into Tag rows and links, and references to rows
-- that no longer exist are cleaned before the foreign keys that forbid them are added.

-- Dangling references. A card of a deleted fact or term goes, with its review history: that is what
-- the new cascade does when a fact is deleted (the study queue used to suspend such cards by hand).
-- An undo whose review is gone goes too (ReviewLog.undoes cascades). A quiz answer keeps what was
-- asked and loses only the link; so does a class seat whose user is gone.
DELETE FROM "Card" c
WHERE (c."factId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = c."factId"))
   OR (c."termId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."id" = c."termId"));
DELETE FROM "ReviewLog" l
WHERE l."undoesId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."id" = l."undoesId");
UPDATE "QuizAnswer" a SET "factId" = NULL
WHERE a."factId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Fact" f WHERE f."id" = a."factId");
UPDATE "QuizAnswer" a SET "termId" = NULL
WHERE a."termId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Term" t WHERE t."id" = a."termId");
UPDATE "Player" p SET "learnerId" = NULL
WHERE p."learnerId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = p."learnerId");
-- A role the app does not know grants nothing: it becomes the least one. (Other enum columns were only
-- ever written from the same fixed sets; a stray value fails the cast below and stops the migration.)
UPDATE "User" SET "role" = 'learner' WHERE "role" NOT IN ('learner', 'teacher', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('learner', 'teacher', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "AnswerType" AS ENUM ('year', 'date', 'number', 'entity', 'list', 'text');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('country', 'person', 'organisation', 'meeting', 'working_group', 'document', 'place', 'area', 'event', 'other');

-- CreateEnum
CREATE TYPE "FactEntityRole" AS ENUM ('answer', 'subject');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('correct', 'almost', 'wrong');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('review', 'undo', 'class');

-- CreateEnum
CREATE TYPE "LiveStatus" AS ENUM ('lobby', 'question', 'reveal', 'finished');

-- AlterTable: text columns become enums in place
ALTER TABLE "Entity" ALTER COLUMN "type" TYPE "EntityType" USING ("type"::"EntityType");

ALTER TABLE "Fact" ALTER COLUMN "answerType" TYPE "AnswerType" USING ("answerType"::"AnswerType"),
ALTER COLUMN "entityType" TYPE "EntityType" USING ("entityType"::"EntityType");

ALTER TABLE "FactEntity" ALTER COLUMN "role" TYPE "FactEntityRole" USING ("role"::"FactEntityRole");

ALTER TABLE "LiveSession" ALTER COLUMN "status" DROP DEFAULT,
ALTER COLUMN "status" TYPE "LiveStatus" USING ("status"::"LiveStatus"),
ALTER COLUMN "status" SET DEFAULT 'lobby';

ALTER TABLE "QuizAnswer" ALTER COLUMN "verdict" TYPE "Verdict" USING ("verdict"::"Verdict");

ALTER TABLE "ReviewLog" ALTER COLUMN "kind" DROP DEFAULT,
ALTER COLUMN "kind" TYPE "ReviewKind" USING ("kind"::"ReviewKind"),
ALTER COLUMN "kind" SET DEFAULT 'review';

ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT,
ALTER COLUMN "role" TYPE "Role" USING ("role"::"Role"),
ALTER COLUMN "role" SET DEFAULT 'learner';

-- AlterTable: the one word for identity is "user"
ALTER TABLE "Player" RENAME COLUMN "learnerId" TO "userId";

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelJa" TEXT NOT NULL DEFAULT '',
    "labelEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactTag" (
    "tagId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FactTag_pkey" PRIMARY KEY ("tagId","factId")
);

-- CreateTable
CREATE TABLE "TermTag" (
    "tagId" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TermTag_pkey" PRIMARY KEY ("tagId","termId")
);

-- Tags: each JSON list of Fact.tags and Term.tags becomes Tag rows (one per distinct key) and links
-- that keep the list's order (a key listed twice keeps its first place). Then the JSON columns go.
INSERT INTO "Tag" ("id", "key")
SELECT 'tag_' || md5(k."key"), k."key"
FROM (
  SELECT j.value AS "key" FROM "Fact" f, jsonb_array_elements_text(f."tags"::jsonb) j
  UNION
  SELECT j.value FROM "Term" t, jsonb_array_elements_text(t."tags"::jsonb) j
) k;

INSERT INTO "FactTag" ("tagId", "factId", "position")
SELECT g."id", f."id", MIN(j.ordinality - 1)
FROM "Fact" f CROSS JOIN LATERAL jsonb_array_elements_text(f."tags"::jsonb) WITH ORDINALITY j
JOIN "Tag" g ON g."key" = j.value
GROUP BY g."id", f."id";

INSERT INTO "TermTag" ("tagId", "termId", "position")
SELECT g."id", t."id", MIN(j.ordinality - 1)
FROM "Term" t CROSS JOIN LATERAL jsonb_array_elements_text(t."tags"::jsonb) WITH ORDINALITY j
JOIN "Tag" g ON g."key" = j.value
GROUP BY g."id", t."id";

ALTER TABLE "Fact" DROP COLUMN "tags";

ALTER TABLE "Term" DROP COLUMN "tags";

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
CREATE INDEX "Card_factId_idx" ON "Card"("factId");

-- CreateIndex
CREATE INDEX "Card_termId_idx" ON "Card"("termId");

-- CreateIndex
CREATE INDEX "Deck_sourceId_idx" ON "Deck"("sourceId");

-- CreateIndex
CREATE INDEX "LiveSession_quizId_idx" ON "LiveSession"("quizId");

-- CreateIndex
CREATE INDEX "Player_userId_idx" ON "Player"("userId");

-- CreateIndex
CREATE INDEX "Quiz_ownerId_idx" ON "Quiz"("ownerId");

-- CreateIndex
CREATE INDEX "QuizAnswer_factId_idx" ON "QuizAnswer"("factId");

-- CreateIndex
CREATE INDEX "QuizAnswer_termId_idx" ON "QuizAnswer"("termId");

-- CreateIndex
CREATE INDEX "ReviewLog_undoesId_idx" ON "ReviewLog"("undoesId");

-- CreateIndex
CREATE INDEX "Term_sourceId_idx" ON "Term"("sourceId");

-- AddForeignKey
ALTER TABLE "FactTag" ADD CONSTRAINT "FactTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactTag" ADD CONSTRAINT "FactTag_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermTag" ADD CONSTRAINT "TermTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TermTag" ADD CONSTRAINT "TermTag_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Card" ADD CONSTRAINT "Card_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_undoesId_fkey" FOREIGN KEY ("undoesId") REFERENCES "ReviewLog"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAnswer" ADD CONSTRAINT "QuizAnswer_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAnswer" ADD CONSTRAINT "QuizAnswer_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Player" ADD CONSTRAINT "Player_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
