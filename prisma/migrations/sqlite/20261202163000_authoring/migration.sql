-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "userId" TEXT,
    "changes" TEXT NOT NULL DEFAULT '{}',
    "before" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisherJa" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "seriesJa" TEXT NOT NULL DEFAULT '',
    "seriesEn" TEXT NOT NULL DEFAULT '',
    "number" TEXT NOT NULL DEFAULT '',
    "publishedOn" TEXT NOT NULL,
    "authorJa" TEXT NOT NULL,
    "authorEn" TEXT NOT NULL,
    "authorRoleJa" TEXT NOT NULL DEFAULT '',
    "authorRoleEn" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "paragraphs" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Source" ("authorEn", "authorJa", "authorRoleEn", "authorRoleJa", "createdAt", "id", "key", "number", "publishedOn", "publisherEn", "publisherJa", "seriesEn", "seriesJa", "titleEn", "titleJa", "updatedAt", "url") SELECT "authorEn", "authorJa", "authorRoleEn", "authorRoleJa", "createdAt", "id", "key", "number", "publishedOn", "publisherEn", "publisherJa", "seriesEn", "seriesJa", "titleEn", "titleJa", "updatedAt", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");
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
    "published" BOOLEAN NOT NULL DEFAULT true,
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
    "published" BOOLEAN NOT NULL DEFAULT true,
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
CREATE INDEX "Revision_kind_recordKey_createdAt_idx" ON "Revision"("kind", "recordKey", "createdAt");


