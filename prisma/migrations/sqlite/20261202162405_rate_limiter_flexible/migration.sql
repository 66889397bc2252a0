-- RateLimit takes the shape rate-limiter-flexible's Prisma store uses (points, expire). The rows are
-- short-lived counters (the longest window is a day), not data anyone keeps: the upgrade starts them
-- afresh rather than guessing each old row's window.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);
DROP TABLE "RateLimit";
ALTER TABLE "new_RateLimit" RENAME TO "RateLimit";
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
