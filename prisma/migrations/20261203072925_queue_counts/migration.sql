-- CreateTable
CREATE TABLE "QueueCount" (
    "reviewUnitId" INTEGER NOT NULL,
    "state" "ModelState" NOT NULL,
    "recLevel" SMALLINT NOT NULL,
    "typLevel" SMALLINT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QueueCount_pkey" PRIMARY KEY ("reviewUnitId","state","recLevel","typLevel")
);

-- Kept exact by statement-level triggers on Model (ADR 0063): each statement adds its new rows' keys and
-- takes away its old rows' keys, in one upsert per key, in the statement's own transaction. Not deferred
-- during an import (dvk.dash_defer): the delta is one aggregate over the statement's rows.
CREATE OR REPLACE FUNCTION queue_count_add(d "QueueCount"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "QueueCount" AS q ("reviewUnitId", state, "recLevel", "typLevel", n)
  SELECT x."reviewUnitId", x.state, x."recLevel", x."typLevel", sum(x.n)::int
  FROM unnest(d) x WHERE x."reviewUnitId" IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(x.n) <> 0
  -- Sorted: two statements touching the same committees lock its rows in the same order (no deadlock).
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("reviewUnitId", state, "recLevel", "typLevel") DO UPDATE SET n = q.n + EXCLUDED.n;
$$;

CREATE OR REPLACE FUNCTION queue_count_model_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM queue_count_add(ARRAY(
      SELECT ROW(n."reviewUnitId", n.state, CASE WHEN n."recognizedLevel" IS NULL THEN 0 ELSE dash_level_rank(n."recognizedLevel") END,
                 CASE WHEN n."typicalLevel" IS NULL THEN 0 ELSE dash_level_rank(n."typicalLevel") END, 1)::"QueueCount"
      FROM queue_new n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM queue_count_add(ARRAY(
      SELECT ROW(o."reviewUnitId", o.state, CASE WHEN o."recognizedLevel" IS NULL THEN 0 ELSE dash_level_rank(o."recognizedLevel") END,
                 CASE WHEN o."typicalLevel" IS NULL THEN 0 ELSE dash_level_rank(o."typicalLevel") END, -1)::"QueueCount"
      FROM queue_old o));
  ELSE
    PERFORM queue_count_add(ARRAY(
      SELECT ROW(o."reviewUnitId", o.state, CASE WHEN o."recognizedLevel" IS NULL THEN 0 ELSE dash_level_rank(o."recognizedLevel") END,
                 CASE WHEN o."typicalLevel" IS NULL THEN 0 ELSE dash_level_rank(o."typicalLevel") END, -1)::"QueueCount"
      FROM queue_old o JOIN queue_new n ON n.id = o.id
      WHERE (o."reviewUnitId", o.state, o."recognizedLevel", o."typicalLevel")
            IS DISTINCT FROM (n."reviewUnitId", n.state, n."recognizedLevel", n."typicalLevel")
      UNION ALL
      SELECT ROW(n."reviewUnitId", n.state, CASE WHEN n."recognizedLevel" IS NULL THEN 0 ELSE dash_level_rank(n."recognizedLevel") END,
                 CASE WHEN n."typicalLevel" IS NULL THEN 0 ELSE dash_level_rank(n."typicalLevel") END, 1)::"QueueCount"
      FROM queue_old o JOIN queue_new n ON n.id = o.id
      WHERE (o."reviewUnitId", o.state, o."recognizedLevel", o."typicalLevel")
            IS DISTINCT FROM (n."reviewUnitId", n.state, n."recognizedLevel", n."typicalLevel")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Model_queue_insert" AFTER INSERT ON "Model" REFERENCING NEW TABLE AS queue_new
  FOR EACH STATEMENT EXECUTE FUNCTION queue_count_model_changed();
CREATE TRIGGER "Model_queue_update" AFTER UPDATE ON "Model" REFERENCING OLD TABLE AS queue_old NEW TABLE AS queue_new
  FOR EACH STATEMENT EXECUTE FUNCTION queue_count_model_changed();
CREATE TRIGGER "Model_queue_delete" AFTER DELETE ON "Model" REFERENCING OLD TABLE AS queue_old
  FOR EACH STATEMENT EXECUTE FUNCTION queue_count_model_changed();

-- The models already there.
INSERT INTO "QueueCount" ("reviewUnitId", state, "recLevel", "typLevel", n)
SELECT "reviewUnitId", state, CASE WHEN "recognizedLevel" IS NULL THEN 0 ELSE dash_level_rank("recognizedLevel") END,
       CASE WHEN "typicalLevel" IS NULL THEN 0 ELSE dash_level_rank("typicalLevel") END, count(*)::int
FROM "Model" WHERE "reviewUnitId" IS NOT NULL GROUP BY 1, 2, 3, 4;
