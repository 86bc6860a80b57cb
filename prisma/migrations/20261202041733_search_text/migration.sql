-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the searchable text of a model, folded, kept by triggers so one trigram index
-- answers a search in any column (ADR 0046). Today's owner unit name is part of it, so a unit's
-- rename rewrites its models' text in the same transaction.
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION model_search_text(m "Model", unit_name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT vn_fold(concat_ws(' ', m."title", m."code", m."personName", m."ownerUnitName", unit_name,
                                 m."ownerAddress")) $$;

CREATE OR REPLACE FUNCTION model_search_text_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := model_search_text(NEW, (SELECT u."name" FROM "Unit" u WHERE u."id" = NEW."ownerUnitId"));
  RETURN NEW;
END $$;

CREATE TRIGGER "Model_search_text"
  BEFORE INSERT OR UPDATE OF "title", "code", "personName", "ownerUnitName", "ownerAddress", "ownerUnitId", "searchText"
  ON "Model" FOR EACH ROW EXECUTE FUNCTION model_search_text_trigger();

CREATE OR REPLACE FUNCTION unit_name_search_text_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Model" m SET "searchText" = model_search_text(m, NEW."name") WHERE m."ownerUnitId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Unit_name_search_text"
  AFTER UPDATE OF "name" ON "Unit" FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION unit_name_search_text_trigger();

UPDATE "Model" m SET "searchText" = model_search_text(m, u."name") FROM "Unit" u WHERE u."id" = m."ownerUnitId";

-- CreateIndex
CREATE INDEX "Model_searchText_idx" ON "Model" USING GIN ("searchText" gin_trgm_ops);
