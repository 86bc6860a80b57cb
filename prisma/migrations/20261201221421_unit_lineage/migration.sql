-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "lineage" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateIndex
-- fastupdate off: tree changes are rare, and a pending list would make the planner avoid the index.
CREATE INDEX "Unit_lineage_idx" ON "Unit" USING GIN ("lineage") WITH (fastupdate = off);


-- Successor rule (ADR 0025): lineage = the unit itself ∪ lineage(parent) ∪ lineage(successor).
-- An officer of B reads every unit whose lineage contains B: B's subtree and, recursively, the history of
-- every unit that merged into B (and their subtrees). Kept exact here, not in application code, so that
-- every writer (seed, fixtures, imports, tree administration) gets it.

-- Full recomputation from parentId/successorId; UNION (not UNION ALL) terminates even on a bad cycle.
CREATE OR REPLACE FUNCTION unit_recompute_lineage(start_ids integer[]) RETURNS integer AS $$
DECLARE n integer;
BEGIN
  WITH RECURSIVE up(start, anc) AS (
    SELECT id, id FROM "Unit" WHERE start_ids IS NULL OR id = ANY (start_ids)
    UNION
    SELECT up.start, x.anc
    FROM up JOIN "Unit" u ON u.id = up.anc
    CROSS JOIN LATERAL (VALUES (u."parentId"), (u."successorId")) AS x(anc)
    WHERE x.anc IS NOT NULL
  ), agg AS (
    SELECT start, array_agg(anc ORDER BY anc) AS l FROM up GROUP BY start
  )
  UPDATE "Unit" SET lineage = agg.l FROM agg
  WHERE "Unit".id = agg.start AND "Unit".lineage IS DISTINCT FROM agg.l;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$ LANGUAGE plpgsql;

-- A new row: its parent's and successor's lineage are already exact (rows earlier in the same
-- statement are visible to a row-level BEFORE trigger).
CREATE OR REPLACE FUNCTION unit_lineage_before() RETURNS trigger AS $$
BEGIN
  SELECT array_agg(DISTINCT a ORDER BY a) INTO NEW.lineage FROM (
    SELECT NEW.id AS a
    UNION SELECT unnest(lineage) FROM "Unit" WHERE id = NEW."parentId" AND NEW."parentId" <> NEW.id
    UNION SELECT unnest(lineage) FROM "Unit" WHERE id = NEW."successorId" AND NEW."successorId" <> NEW.id
  ) s;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

-- A moved or merged unit: every unit whose lineage went through it is recomputed (GIN-indexed lookup).
CREATE OR REPLACE FUNCTION unit_lineage_after() RETURNS trigger AS $$
BEGIN
  PERFORM unit_recompute_lineage(ARRAY(SELECT id FROM "Unit" WHERE lineage @> ARRAY[NEW.id] AND id <> NEW.id));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER unit_lineage_insert BEFORE INSERT ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION unit_lineage_before();
CREATE TRIGGER unit_lineage_update BEFORE UPDATE OF "parentId", "successorId" ON "Unit"
  FOR EACH ROW WHEN (OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."successorId" IS DISTINCT FROM NEW."successorId")
  EXECUTE FUNCTION unit_lineage_before();
CREATE TRIGGER unit_lineage_propagate AFTER UPDATE OF "parentId", "successorId" ON "Unit"
  FOR EACH ROW WHEN (OLD."parentId" IS DISTINCT FROM NEW."parentId" OR OLD."successorId" IS DISTINCT FROM NEW."successorId")
  EXECUTE FUNCTION unit_lineage_after();

SELECT unit_recompute_lineage(NULL);
