-- CreateEnum
CREATE TYPE "VerificationLevel" AS ENUM ('NONE', 'STUDENT', 'FRESHMAN', 'GRADUATE');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "schoolEmail" TEXT,
ADD COLUMN     "tokensValidFrom" TIMESTAMP(3),
ADD COLUMN     "verification" "VerificationLevel" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "verificationMethod" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SchoolEmailDomain" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "domain" TEXT NOT NULL,

    CONSTRAINT "SchoolEmailDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailVerification" (
    "userId" INTEGER NOT NULL,
    "schoolEmail" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailVerification_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationDocument" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "kind" "VerificationLevel" NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'PENDING',
    "storageKey" TEXT,
    "mimeType" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "reason" TEXT,
    "decidedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "VerificationDocument_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "User_schoolEmail_key" ON "User"("schoolEmail");

-- School.emailDomain moves to SchoolEmailDomain (one school may have several domains).
INSERT INTO "SchoolEmailDomain" ("schoolId", "domain")
SELECT MIN("id"), lower(trim("emailDomain")) FROM "School"
WHERE "emailDomain" IS NOT NULL AND trim("emailDomain") <> ''
GROUP BY lower(trim("emailDomain"));

ALTER TABLE "School" DROP COLUMN "emailDomain";

-- Accounts made before 학교 인증 existed joined under the old rules: they stay students
-- ("MIGRATION", verified as of joining) rather than being locked out on deploy
-- (docs/DECISIONS.md, "학교 인증"). New accounts start at NONE.
UPDATE "User" SET "verification" = 'STUDENT', "verificationMethod" = 'MIGRATION', "verifiedAt" = "createdAt";

-- AddForeignKey
ALTER TABLE "SchoolEmailDomain" ADD CONSTRAINT "SchoolEmailDomain_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailVerification" ADD CONSTRAINT "EmailVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationDocument" ADD CONSTRAINT "VerificationDocument_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
