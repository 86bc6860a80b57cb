-- AlterTable
ALTER TABLE "Field" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Issuer" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
