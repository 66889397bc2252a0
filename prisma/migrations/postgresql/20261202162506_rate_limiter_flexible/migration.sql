-- RateLimit takes the shape rate-limiter-flexible's Prisma store uses (points, expire). The rows are
-- short-lived counters (the longest window is a day), not data anyone keeps: the upgrade starts them
-- afresh rather than guessing each old row's window.
DELETE FROM "RateLimit";

-- AlterTable
ALTER TABLE "RateLimit" DROP COLUMN "count",
DROP COLUMN "windowStart",
ADD COLUMN     "expire" TIMESTAMP(3),
ADD COLUMN     "points" INTEGER NOT NULL;

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
