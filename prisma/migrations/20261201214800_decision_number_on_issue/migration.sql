-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "plannedNumber" INTEGER,
ALTER COLUMN "number" DROP NOT NULL,
ALTER COLUMN "numberText" DROP NOT NULL;


-- Drafts that were never issued give their number back to the register; it stays as the planned number.
UPDATE "Decision" d SET "plannedNumber" = d."number", "number" = NULL, "numberText" = NULL
WHERE d."status" = 'DRAFT'
  AND NOT EXISTS (
    SELECT 1 FROM "AuditLog" a WHERE a."entity" = 'Decision' AND a."entityId" = d."id"::text AND a."action" = 'decision.issue'
  );
