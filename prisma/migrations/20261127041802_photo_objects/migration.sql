-- CreateTable
CREATE TABLE "PhotoObject" (
    "storageKey" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("storageKey", "variant")
);
