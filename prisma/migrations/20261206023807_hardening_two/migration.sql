-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "keptAt" DATETIME;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "keptAt" DATETIME;

-- CreateTable
CREATE TABLE "UserBlock" (
    "blockerId" INTEGER NOT NULL,
    "blockedId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("blockerId", "blockedId")
);

-- CreateTable
CREATE TABLE "NotificationStream" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables (none of these tables has triggers; "Post" and "Comment" got ADD COLUMN above)
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CalendarLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "timetableId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "passwordVersion" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarLink_timetableId_fkey" FOREIGN KEY ("timetableId") REFERENCES "Timetable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CalendarLink" ("createdAt", "id", "timetableId", "tokenHash") SELECT "createdAt", "id", "timetableId", "tokenHash" FROM "CalendarLink";
DROP TABLE "CalendarLink";
ALTER TABLE "new_CalendarLink" RENAME TO "CalendarLink";
CREATE UNIQUE INDEX "CalendarLink_timetableId_key" ON "CalendarLink"("timetableId");
CREATE UNIQUE INDEX "CalendarLink_tokenHash_key" ON "CalendarLink"("tokenHash");
CREATE TABLE "new_Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "threadId" INTEGER NOT NULL,
    "senderId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "withheld" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "MessageThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Message" ("content", "createdAt", "id", "senderId", "threadId") SELECT "content", "createdAt", "id", "senderId", "threadId" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE INDEX "Message_threadId_id_idx" ON "Message"("threadId", "id");
CREATE TABLE "new_MessageThread" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "userAId" INTEGER NOT NULL,
    "userBId" INTEGER NOT NULL,
    "originKind" TEXT NOT NULL,
    "originPostId" INTEGER,
    "originCommentId" INTEGER,
    "originKey" TEXT NOT NULL,
    "isAnonymous" BOOLEAN NOT NULL DEFAULT false,
    "userAUnread" INTEGER NOT NULL DEFAULT 0,
    "userBUnread" INTEGER NOT NULL DEFAULT 0,
    "userABlockedAt" DATETIME,
    "userBBlockedAt" DATETIME,
    "lastMessageId" INTEGER NOT NULL DEFAULT 0,
    "userALastId" INTEGER NOT NULL DEFAULT 0,
    "userBLastId" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Before withheld messages, both sides saw every message: each side's newest is the thread's.
INSERT INTO "new_MessageThread" ("createdAt", "id", "isAnonymous", "lastMessageId", "userALastId", "userBLastId", "originCommentId", "originKey", "originKind", "originPostId", "schoolId", "userABlockedAt", "userAId", "userAUnread", "userBBlockedAt", "userBId", "userBUnread") SELECT "createdAt", "id", "isAnonymous", "lastMessageId", "lastMessageId", "lastMessageId", "originCommentId", "originKey", "originKind", "originPostId", "schoolId", "userABlockedAt", "userAId", "userAUnread", "userBBlockedAt", "userBId", "userBUnread" FROM "MessageThread";
DROP TABLE "MessageThread";
ALTER TABLE "new_MessageThread" RENAME TO "MessageThread";
CREATE UNIQUE INDEX "MessageThread_originKey_key" ON "MessageThread"("originKey");
CREATE INDEX "MessageThread_userAId_lastMessageId_idx" ON "MessageThread"("userAId", "lastMessageId");
CREATE INDEX "MessageThread_userBId_lastMessageId_idx" ON "MessageThread"("userBId", "lastMessageId");
CREATE INDEX "MessageThread_userAId_userALastId_idx" ON "MessageThread"("userAId", "userALastId");
CREATE INDEX "MessageThread_userBId_userBLastId_idx" ON "MessageThread"("userBId", "userBLastId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "NotificationStream_userId_id_idx" ON "NotificationStream"("userId", "id");
