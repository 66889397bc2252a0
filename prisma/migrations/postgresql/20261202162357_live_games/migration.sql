-- DropIndex
DROP INDEX "LiveSession_hostId_idx";

-- DropIndex
DROP INDEX "Player_sessionId_nickname_key";

-- AlterTable
ALTER TABLE "LiveAnswer" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'ja',
ADD COLUMN     "verdict" "Verdict" NOT NULL DEFAULT 'wrong';
-- Existing answers keep how they were graded.
UPDATE "LiveAnswer" SET "verdict" = 'correct' WHERE "correct";

-- AlterTable
ALTER TABLE "LiveSession" ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "hostLocale" TEXT NOT NULL DEFAULT 'ja',
ADD COLUMN     "joinCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lateJoin" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Player" ADD COLUMN     "joinOrder" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nicknameKey" TEXT,
ADD COLUMN     "removed" BOOLEAN NOT NULL DEFAULT false;
-- Existing seats: the folded key from the nickname (which was unique per game), then required.
UPDATE "Player" SET "nicknameKey" = lower("nickname");
ALTER TABLE "Player" ALTER COLUMN "nicknameKey" SET NOT NULL;

-- CreateIndex
CREATE INDEX "LiveSession_hostId_createdAt_idx" ON "LiveSession"("hostId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Player_seatHash_key" ON "Player"("seatHash");

-- CreateIndex
CREATE UNIQUE INDEX "Player_sessionId_nicknameKey_key" ON "Player"("sessionId", "nicknameKey");


