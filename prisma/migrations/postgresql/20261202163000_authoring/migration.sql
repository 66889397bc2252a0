-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "paragraphs" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Term" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "userId" TEXT,
    "changes" TEXT NOT NULL DEFAULT '{}',
    "before" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Revision_kind_recordKey_createdAt_idx" ON "Revision"("kind", "recordKey", "createdAt");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
