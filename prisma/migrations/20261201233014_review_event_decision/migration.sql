-- DropIndex
DROP INDEX "ReviewEvent_requestKey_key";

-- AlterTable
ALTER TABLE "ReviewEvent" ADD COLUMN     "decisionId" INTEGER;

-- CreateIndex
CREATE INDEX "ReviewEvent_decisionId_idx" ON "ReviewEvent"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewEvent_actorId_requestKey_key" ON "ReviewEvent"("actorId", "requestKey");

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: commendations written before this migration carried their decision in the request key
-- ("decision-<id>-v<version>-model-<id>"); move it to the foreign key and free the key.
UPDATE "ReviewEvent" e
SET "decisionId" = d."id", "requestKey" = NULL
FROM "Decision" d
WHERE e."action" = 'COMMEND'
  AND e."requestKey" ~ '^decision-[0-9]+-v'
  AND d."id" = substring(e."requestKey" from '^decision-([0-9]+)-v')::int;
