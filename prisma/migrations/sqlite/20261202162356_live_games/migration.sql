/*
  Warnings:

  - Player.nicknameKey is filled from the lower-cased nickname (the old unique index was on the nickname,
    so the folded keys of existing seats stay unique in practice); LiveAnswer.verdict from `correct`.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "response" TEXT NOT NULL,
    "verdict" TEXT NOT NULL DEFAULT 'wrong',
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'ja',
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveAnswer_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LiveAnswer" ("answeredAt", "correct", "verdict", "elapsedMs", "id", "playerId", "points", "questionIndex", "response", "sessionId") SELECT "answeredAt", "correct", CASE WHEN "correct" THEN 'correct' ELSE 'wrong' END, "elapsedMs", "id", "playerId", "points", "questionIndex", "response", "sessionId" FROM "LiveAnswer";
DROP TABLE "LiveAnswer";
ALTER TABLE "new_LiveAnswer" RENAME TO "LiveAnswer";
CREATE INDEX "LiveAnswer_sessionId_questionIndex_idx" ON "LiveAnswer"("sessionId", "questionIndex");
CREATE UNIQUE INDEX "LiveAnswer_playerId_questionIndex_key" ON "LiveAnswer"("playerId", "questionIndex");
CREATE TABLE "new_LiveSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT,
    "hostId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "joinCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'lobby',
    "currentIndex" INTEGER NOT NULL DEFAULT -1,
    "questionStartedAt" DATETIME,
    "timerSeconds" INTEGER,
    "speedScoring" BOOLEAN NOT NULL DEFAULT true,
    "lateJoin" BOOLEAN NOT NULL DEFAULT true,
    "hostLocale" TEXT NOT NULL DEFAULT 'ja',
    "questions" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "joinCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    CONSTRAINT "LiveSession_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LiveSession_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LiveSession" ("createdAt", "currentIndex", "hostId", "id", "joinCode", "questionStartedAt", "questions", "quizId", "speedScoring", "status", "timerSeconds", "updatedAt", "version") SELECT "createdAt", "currentIndex", "hostId", "id", "joinCode", "questionStartedAt", "questions", "quizId", "speedScoring", "status", "timerSeconds", "updatedAt", "version" FROM "LiveSession";
DROP TABLE "LiveSession";
ALTER TABLE "new_LiveSession" RENAME TO "LiveSession";
CREATE UNIQUE INDEX "LiveSession_joinCode_key" ON "LiveSession"("joinCode");
CREATE INDEX "LiveSession_hostId_createdAt_idx" ON "LiveSession"("hostId", "createdAt");
CREATE INDEX "LiveSession_quizId_idx" ON "LiveSession"("quizId");
CREATE TABLE "new_Player" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "seatHash" TEXT NOT NULL,
    "userId" TEXT,
    "score" INTEGER NOT NULL DEFAULT 0,
    "joinOrder" INTEGER NOT NULL DEFAULT 0,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Player_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Player_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Player" ("id", "joinedAt", "locale", "nickname", "nicknameKey", "score", "seatHash", "sessionId", "userId") SELECT "id", "joinedAt", "locale", "nickname", lower("nickname"), "score", "seatHash", "sessionId", "userId" FROM "Player";
DROP TABLE "Player";
ALTER TABLE "new_Player" RENAME TO "Player";
CREATE UNIQUE INDEX "Player_seatHash_key" ON "Player"("seatHash");
CREATE INDEX "Player_sessionId_score_idx" ON "Player"("sessionId", "score");
CREATE INDEX "Player_userId_idx" ON "Player"("userId");
CREATE UNIQUE INDEX "Player_sessionId_nicknameKey_key" ON "Player"("sessionId", "nicknameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
