-- CreateTable
CREATE TABLE "TimetableEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "timetableId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TimetableEvent_timetableId_fkey" FOREIGN KEY ("timetableId") REFERENCES "Timetable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimetableEventTime" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    CONSTRAINT "TimetableEventTime_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimetableEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "timetableId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarLink_timetableId_fkey" FOREIGN KEY ("timetableId") REFERENCES "Timetable" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SemesterDates" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "semester" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "GradeEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "semester" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "credits" REAL NOT NULL,
    "grade" TEXT NOT NULL,
    "isMajor" BOOLEAN NOT NULL DEFAULT false
);

-- CreateIndex
CREATE INDEX "TimetableEvent_timetableId_idx" ON "TimetableEvent"("timetableId");

-- CreateIndex
CREATE INDEX "TimetableEventTime_eventId_idx" ON "TimetableEventTime"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarLink_timetableId_key" ON "CalendarLink"("timetableId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarLink_tokenHash_key" ON "CalendarLink"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SemesterDates_schoolId_semester_key" ON "SemesterDates"("schoolId", "semester");

-- CreateIndex
CREATE INDEX "GradeEntry_userId_semester_idx" ON "GradeEntry"("userId", "semester");
