-- QueueCount's triggers fire before the dashboard's (PostgreSQL fires a table's triggers by name): every
-- transaction then locks its QueueCount rows before its Dash* rows. An import defers the dashboard triggers
-- (dvk.dash_defer) but not these, and recounts the dashboard at its end; with the old order a review step
-- at the same committee could hold a Dash* row while waiting for the import's QueueCount row, and the
-- import's recount then wait for that Dash* row (a deadlock). Now the step waits for the import instead.
ALTER TRIGGER "Model_queue_insert" ON "Model" RENAME TO "Model_aqueue_insert";
ALTER TRIGGER "Model_queue_update" ON "Model" RENAME TO "Model_aqueue_update";
ALTER TRIGGER "Model_queue_delete" ON "Model" RENAME TO "Model_aqueue_delete";

-- A key whose count comes back to 0 is deleted, so the table holds what a fresh count would (a restored copy,
-- filled by the triggers from the models, is then row for row the same).
CREATE OR REPLACE FUNCTION queue_count_add(d "QueueCount"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "QueueCount" AS q ("reviewUnitId", state, "recLevel", "typLevel", n)
  SELECT x."reviewUnitId", x.state, x."recLevel", x."typLevel", sum(x.n)::int
  FROM unnest(d) x WHERE x."reviewUnitId" IS NOT NULL
  GROUP BY 1, 2, 3, 4 HAVING sum(x.n) <> 0
  -- Sorted: two statements touching the same committees lock its rows in the same order (no deadlock).
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("reviewUnitId", state, "recLevel", "typLevel") DO UPDATE SET n = q.n + EXCLUDED.n;
  DELETE FROM "QueueCount" q
  USING (SELECT DISTINCT x."reviewUnitId", x.state, x."recLevel", x."typLevel" FROM unnest(d) x) k
  WHERE q.n = 0 AND (q."reviewUnitId", q.state, q."recLevel", q."typLevel") = (k."reviewUnitId", k.state, k."recLevel", k."typLevel");
$$;
DELETE FROM "QueueCount" WHERE n = 0;
