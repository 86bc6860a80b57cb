-- CreateIndex
CREATE INDEX "Model_updatedAt_id_idx" ON "Model"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Model_reviewUnitId_stateChangedAt_id_idx" ON "Model"("reviewUnitId", "stateChangedAt", "id");

