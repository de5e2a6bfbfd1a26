-- AlterTable
ALTER TABLE "MessageThread" ADD COLUMN "originBookId" INTEGER;

-- CreateTable
CREATE TABLE "BoardFavorite" (
    "userId" INTEGER NOT NULL,
    "boardId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "boardId"),
    CONSTRAINT "BoardFavorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BoardFavorite_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Book" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "sellerId" INTEGER NOT NULL,
    "lectureId" INTEGER,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "isbn" TEXT,
    "price" INTEGER NOT NULL,
    "condition" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'ON_SALE',
    "photoCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenAt" DATETIME,
    CONSTRAINT "Book_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Book_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Book_lectureId_fkey" FOREIGN KEY ("lectureId") REFERENCES "Lecture" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Board" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL DEFAULT 'FREE',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "managerId" INTEGER,
    "anonymousOnly" BOOLEAN NOT NULL DEFAULT false,
    "closedAt" DATETIME,
    "activity" REAL NOT NULL DEFAULT 0,
    CONSTRAINT "Board_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Board_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Board" ("createdAt", "description", "id", "kind", "name", "position", "schoolId") SELECT "createdAt", "description", "id", "kind", "name", "position", "schoolId" FROM "Board";
DROP TABLE "Board";
ALTER TABLE "new_Board" RENAME TO "Board";
CREATE INDEX "Board_schoolId_position_idx" ON "Board"("schoolId", "position");
CREATE INDEX "Board_schoolId_kind_closedAt_id_idx" ON "Board"("schoolId", "kind", "closedAt", "id");
CREATE INDEX "Board_schoolId_kind_closedAt_activity_idx" ON "Board"("schoolId", "kind", "closedAt", "activity");
CREATE INDEX "Board_managerId_idx" ON "Board"("managerId");
CREATE UNIQUE INDEX "Board_schoolId_name_key" ON "Board"("schoolId", "name");
CREATE UNIQUE INDEX "Board_schoolId_nameKey_key" ON "Board"("schoolId", "nameKey");
CREATE TABLE "new_Photo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "postId" INTEGER,
    "bookId" INTEGER,
    "ownerId" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Photo_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Photo_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Photo_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Photo" ("byteSize", "createdAt", "height", "id", "mimeType", "ownerId", "position", "postId", "storageKey", "width") SELECT "byteSize", "createdAt", "height", "id", "mimeType", "ownerId", "position", "postId", "storageKey", "width" FROM "Photo";
DROP TABLE "Photo";
ALTER TABLE "new_Photo" RENAME TO "Photo";
CREATE UNIQUE INDEX "Photo_storageKey_key" ON "Photo"("storageKey");
CREATE INDEX "Photo_postId_position_idx" ON "Photo"("postId", "position");
CREATE INDEX "Photo_bookId_position_idx" ON "Photo"("bookId", "position");
CREATE INDEX "Photo_ownerId_idx" ON "Photo"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "BoardFavorite_boardId_idx" ON "BoardFavorite"("boardId");

-- CreateIndex
CREATE INDEX "Book_schoolId_deletedAt_id_idx" ON "Book"("schoolId", "deletedAt", "id");

-- CreateIndex
CREATE INDEX "Book_schoolId_status_deletedAt_id_idx" ON "Book"("schoolId", "status", "deletedAt", "id");

-- CreateIndex
CREATE INDEX "Book_lectureId_status_deletedAt_idx" ON "Book"("lectureId", "status", "deletedAt");

-- CreateIndex
CREATE INDEX "Book_sellerId_id_idx" ON "Book"("sellerId", "id");

-- Fixed boards get their uniqueness key too (boardNameKey in lib/community/board-schemas.ts, on plain seeded names)
UPDATE "Board" SET "nameKey" = lower(replace("name", ' ', ''));
