-- CreateTable
CREATE TABLE "TimetableEvent" (
    "id" SERIAL NOT NULL,
    "timetableId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimetableEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimetableEventTime" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "day" "Weekday" NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "TimetableEventTime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarLink" (
    "id" SERIAL NOT NULL,
    "timetableId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SemesterDates" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "semester" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,

    CONSTRAINT "SemesterDates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeEntry" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "semester" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "credits" DOUBLE PRECISION NOT NULL,
    "grade" TEXT NOT NULL,
    "isMajor" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "GradeEntry_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "TimetableEvent" ADD CONSTRAINT "TimetableEvent_timetableId_fkey" FOREIGN KEY ("timetableId") REFERENCES "Timetable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimetableEventTime" ADD CONSTRAINT "TimetableEventTime_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimetableEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarLink" ADD CONSTRAINT "CalendarLink_timetableId_fkey" FOREIGN KEY ("timetableId") REFERENCES "Timetable"("id") ON DELETE CASCADE ON UPDATE CASCADE;
