-- The trigram index on vn_fold("Model"."personName") has had no reader since the model search moved to
-- "Model"."searchText" (20261202041733_search_text, which includes the person's name): every model write
-- still maintained it (GIN, one of three trigram indexes on "Model"; ADR 0056 measured index upkeep as a
-- large part of an import's write time).
DROP INDEX IF EXISTS "Model_personName_fold_trgm_idx";
