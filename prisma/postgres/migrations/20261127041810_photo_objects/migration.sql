-- CreateTable
CREATE TABLE "PhotoObject" (
    "storageKey" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhotoObject_pkey" PRIMARY KEY ("storageKey","variant")
);

-- Photo bytes are already compressed (JPEG, PNG, WebP, GIF): store them out of line without
-- TOAST's pglz pass, which would only burn CPU.
ALTER TABLE "PhotoObject" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
