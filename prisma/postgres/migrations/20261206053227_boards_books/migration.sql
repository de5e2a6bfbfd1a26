/*
  Warnings:

  - A unique constraint covering the columns `[schoolId,nameKey]` on the table `Board` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "BookCondition" AS ENUM ('NEW', 'LIKE_NEW', 'GOOD', 'WORN');

-- CreateEnum
CREATE TYPE "BookStatus" AS ENUM ('ON_SALE', 'RESERVED', 'SOLD');

-- AlterEnum
ALTER TYPE "BoardKind" ADD VALUE 'USER';

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "activity" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "anonymousOnly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "managerId" INTEGER,
ADD COLUMN     "nameKey" TEXT;

-- AlterTable
ALTER TABLE "MessageThread" ADD COLUMN     "originBookId" INTEGER;

-- AlterTable
ALTER TABLE "Photo" ADD COLUMN     "bookId" INTEGER;

-- CreateTable
CREATE TABLE "BoardFavorite" (
    "userId" INTEGER NOT NULL,
    "boardId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardFavorite_pkey" PRIMARY KEY ("userId","boardId")
);

-- CreateTable
CREATE TABLE "Book" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "sellerId" INTEGER NOT NULL,
    "lectureId" INTEGER,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "isbn" TEXT,
    "price" INTEGER NOT NULL,
    "condition" "BookCondition" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "BookStatus" NOT NULL DEFAULT 'ON_SALE',
    "photoCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenAt" TIMESTAMP(3),

    CONSTRAINT "Book_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "Board_schoolId_kind_closedAt_id_idx" ON "Board"("schoolId", "kind", "closedAt", "id");

-- CreateIndex
CREATE INDEX "Board_schoolId_kind_closedAt_activity_idx" ON "Board"("schoolId", "kind", "closedAt", "activity");

-- CreateIndex
CREATE INDEX "Board_managerId_idx" ON "Board"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "Board_schoolId_nameKey_key" ON "Board"("schoolId", "nameKey");

-- CreateIndex
CREATE INDEX "Photo_bookId_position_idx" ON "Photo"("bookId", "position");

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardFavorite" ADD CONSTRAINT "BoardFavorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardFavorite" ADD CONSTRAINT "BoardFavorite_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Book" ADD CONSTRAINT "Book_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Book" ADD CONSTRAINT "Book_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Book" ADD CONSTRAINT "Book_lectureId_fkey" FOREIGN KEY ("lectureId") REFERENCES "Lecture"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Fixed boards get their uniqueness key too (boardNameKey in lib/community/board-schemas.ts, on plain seeded names)
UPDATE "Board" SET "nameKey" = lower(replace("name", ' ', ''));
