-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "guidanceRef" TEXT,
ADD COLUMN     "registrationDeadline" DATE,
ADD COLUMN     "targets" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

