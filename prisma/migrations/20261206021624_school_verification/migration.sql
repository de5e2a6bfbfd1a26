-- CreateTable
CREATE TABLE "SchoolEmailDomain" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolId" INTEGER NOT NULL,
    "domain" TEXT NOT NULL,
    CONSTRAINT "SchoolEmailDomain_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailVerification" (
    "userId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schoolEmail" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerificationDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "storageKey" TEXT,
    "mimeType" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "reason" TEXT,
    "decidedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "VerificationDocument_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- School.emailDomain moves to SchoolEmailDomain (one school may have several domains).
INSERT INTO "SchoolEmailDomain" ("schoolId", "domain")
SELECT MIN("id"), lower(trim("emailDomain")) FROM "School"
WHERE "emailDomain" IS NOT NULL AND trim("emailDomain") <> ''
GROUP BY lower(trim("emailDomain"));

-- ADD/DROP COLUMN rather than Prisma's table rebuild (as in the social migration): no copy of a
-- big User table, and nothing that points at these tables is dropped and made again.
ALTER TABLE "School" DROP COLUMN "emailDomain";
ALTER TABLE "User" ADD COLUMN "verification" TEXT NOT NULL DEFAULT 'NONE';
ALTER TABLE "User" ADD COLUMN "verifiedAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "verificationMethod" TEXT;
ALTER TABLE "User" ADD COLUMN "schoolEmail" TEXT;
ALTER TABLE "User" ADD COLUMN "tokensValidFrom" DATETIME;
ALTER TABLE "User" ADD COLUMN "deletedAt" DATETIME;
CREATE UNIQUE INDEX "User_schoolEmail_key" ON "User"("schoolEmail");

-- Accounts made before 학교 인증 existed joined under the old rules: they stay students
-- ("MIGRATION", verified as of joining) rather than being locked out on deploy
-- (docs/DECISIONS.md, "학교 인증"). New accounts start at NONE.
UPDATE "User" SET "verification" = 'STUDENT', "verificationMethod" = 'MIGRATION', "verifiedAt" = "createdAt";

-- CreateIndex
CREATE UNIQUE INDEX "SchoolEmailDomain_domain_key" ON "SchoolEmailDomain"("domain");

-- CreateIndex
CREATE INDEX "SchoolEmailDomain_schoolId_idx" ON "SchoolEmailDomain"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationDocument_storageKey_key" ON "VerificationDocument"("storageKey");

-- CreateIndex
CREATE INDEX "VerificationDocument_schoolId_status_id_idx" ON "VerificationDocument"("schoolId", "status", "id");

-- CreateIndex
CREATE INDEX "VerificationDocument_userId_idx" ON "VerificationDocument"("userId");
