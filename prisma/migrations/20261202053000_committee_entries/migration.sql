-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "historic" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "registeredOnBehalf" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReviewEvent" ADD COLUMN     "historic" BOOLEAN NOT NULL DEFAULT false;
