-- AlterTable
ALTER TABLE "CalendarLink" ADD COLUMN     "passwordVersion" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "keptAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "withheld" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "MessageThread" ADD COLUMN     "userALastId" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "userBLastId" INTEGER NOT NULL DEFAULT 0;

-- Before withheld messages, both sides saw every message: each side's newest is the thread's.
UPDATE "MessageThread" SET "userALastId" = "lastMessageId", "userBLastId" = "lastMessageId";

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "keptAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "UserBlock" (
    "blockerId" INTEGER NOT NULL,
    "blockedId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserBlock_pkey" PRIMARY KEY ("blockerId","blockedId")
);

-- CreateTable
CREATE TABLE "NotificationStream" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationStream_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NotificationStream_userId_id_idx" ON "NotificationStream"("userId", "id");

-- CreateIndex
CREATE INDEX "MessageThread_userAId_userALastId_idx" ON "MessageThread"("userAId", "userALastId");

-- CreateIndex
CREATE INDEX "MessageThread_userBId_userBLastId_idx" ON "MessageThread"("userBId", "userBLastId");
