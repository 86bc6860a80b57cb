-- CreateTable
CREATE TABLE "DashFact" (
    "modelId" INTEGER NOT NULL,
    "ownerUnitId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "yr" SMALLINT NOT NULL,
    "qtr" SMALLINT NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "kind" "ModelKind" NOT NULL,
    "state" "ModelState" NOT NULL,
    "registeredLevel" "UnitLevel" NOT NULL,
    "recognized" BOOLEAN NOT NULL,
    "typical" BOOLEAN NOT NULL,
    "replica" BOOLEAN NOT NULL,
    "recMask" SMALLINT NOT NULL,
    "typMask" SMALLINT NOT NULL,
    "reviewUnitId" INTEGER NOT NULL,
    "recUnits" INTEGER[],
    "proposeUnits" INTEGER[],
    "proposeAbove" INTEGER[],
    "honC" INTEGER NOT NULL,
    "honI" INTEGER NOT NULL,
    "reports" INTEGER NOT NULL,
    "money" DECIMAL(30,0) NOT NULL,
    "land" DECIMAL(20,2) NOT NULL,
    "road" DECIMAL(20,2) NOT NULL,
    "workdays" BIGINT NOT NULL,
    "households" BIGINT NOT NULL,

    CONSTRAINT "DashFact_pkey" PRIMARY KEY ("modelId")
);

-- CreateTable
CREATE TABLE "DashSummary" (
    "scopeId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "yr" SMALLINT NOT NULL,
    "qtr" SMALLINT NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "kind" "ModelKind" NOT NULL,
    "registered" INTEGER NOT NULL DEFAULT 0,
    "recognized" INTEGER NOT NULL DEFAULT 0,
    "typical" INTEGER NOT NULL DEFAULT 0,
    "notRecognized" INTEGER NOT NULL DEFAULT 0,
    "awaiting" INTEGER NOT NULL DEFAULT 0,
    "needsRevision" INTEGER NOT NULL DEFAULT 0,
    "withdrawn" INTEGER NOT NULL DEFAULT 0,
    "replications" INTEGER NOT NULL DEFAULT 0,
    "recP" INTEGER NOT NULL DEFAULT 0,
    "recD" INTEGER NOT NULL DEFAULT 0,
    "recC" INTEGER NOT NULL DEFAULT 0,
    "typP" INTEGER NOT NULL DEFAULT 0,
    "typD" INTEGER NOT NULL DEFAULT 0,
    "typC" INTEGER NOT NULL DEFAULT 0,
    "regP" INTEGER NOT NULL DEFAULT 0,
    "regPRec" INTEGER NOT NULL DEFAULT 0,
    "regPTyp" INTEGER NOT NULL DEFAULT 0,
    "regD" INTEGER NOT NULL DEFAULT 0,
    "regDRec" INTEGER NOT NULL DEFAULT 0,
    "regDTyp" INTEGER NOT NULL DEFAULT 0,
    "regC" INTEGER NOT NULL DEFAULT 0,
    "regCRec" INTEGER NOT NULL DEFAULT 0,
    "regCTyp" INTEGER NOT NULL DEFAULT 0,
    "honC" INTEGER NOT NULL DEFAULT 0,
    "honI" INTEGER NOT NULL DEFAULT 0,
    "reports" INTEGER NOT NULL DEFAULT 0,
    "money" DECIMAL(30,0) NOT NULL DEFAULT 0,
    "land" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "road" DECIMAL(20,2) NOT NULL DEFAULT 0,
    "workdays" BIGINT NOT NULL DEFAULT 0,
    "households" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DashSummary_pkey" PRIMARY KEY ("scopeId","campaignId","yr","qtr","fieldId","kind")
);

-- CreateTable
CREATE TABLE "DashCommittee" (
    "unitId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "yr" SMALLINT NOT NULL,
    "qtr" SMALLINT NOT NULL,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "heldReviewed" INTEGER NOT NULL DEFAULT 0,
    "movedOn" INTEGER NOT NULL DEFAULT 0,
    "proposed" INTEGER NOT NULL DEFAULT 0,
    "recognizedAbove" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashCommittee_pkey" PRIMARY KEY ("unitId","campaignId","yr","qtr")
);

-- CreateTable
CREATE TABLE "DashUnitPeriod" (
    "campaignId" INTEGER NOT NULL,
    "yr" SMALLINT NOT NULL,
    "qtr" SMALLINT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "registered" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashUnitPeriod_pkey" PRIMARY KEY ("campaignId","yr","qtr","unitId")
);

-- CreateIndex
CREATE INDEX "DashFact_ownerUnitId_idx" ON "DashFact"("ownerUnitId");

-- CreateIndex
CREATE INDEX "Honoree_modelId_idx" ON "Honoree"("modelId");

-- ---------------------------------------------------------------------------------------------
-- Hand-written (ADR 0053): the dashboard summaries, kept exact by triggers in the same transaction
-- as every write that changes a figure. DashFact holds each model's part as last counted; a change
-- of a model or of what hangs on it (recognitions, typical designations, proposals, honorees of
-- issued decisions, progress reports) recounts that model's fact and adds (new - old) to the
-- summary rows of its scopes: 0 (every model) and each unit of its owner's lineage (the successor
-- rule of ADR 0025, so a dashboard's scope is one scopeId). A change of a unit's lineage (a merge,
-- a move) moves its models' parts between scopes. dash_rebuild() recounts everything (this
-- migration's backfill; bench/scale-data.ts after a bulk load with dvk.dash_defer = on).
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION dash_level_rank(l "UnitLevel") RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE l WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2 WHEN 'COMMUNE' THEN 3 ELSE 4 END $$;
CREATE OR REPLACE FUNCTION dash_level_bit(l "UnitLevel") RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE l WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2 WHEN 'COMMUNE' THEN 4 ELSE 0 END $$;
-- Year and quarter of the first submission in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), 0 when none.
CREATE OR REPLACE FUNCTION dash_vn_year(t timestamptz) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(EXTRACT(YEAR FROM (t AT TIME ZONE 'UTC') + interval '7 hours'), 0)::smallint $$;
CREATE OR REPLACE FUNCTION dash_vn_quarter(t timestamptz) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(EXTRACT(QUARTER FROM (t AT TIME ZONE 'UTC') + interval '7 hours'), 0)::smallint $$;

-- The facts of some models, recounted from the tables (a model that no longer exists gives no row).
CREATE OR REPLACE FUNCTION dash_compute(ids integer[]) RETURNS SETOF "DashFact" LANGUAGE sql STABLE AS $$
  SELECT m.id, m."ownerUnitId", m."campaignId", dash_vn_year(m."submittedAt"), dash_vn_quarter(m."submittedAt"),
    m."fieldId", m.kind, m.state, m."registeredLevel", m."recognizedLevel" IS NOT NULL, m."typicalLevel" IS NOT NULL,
    m."replicatedFromId" IS NOT NULL, rec.mask, typ.mask, m."reviewUnitId", rec.units, prop.units, prop.above,
    hon.c, hon.i, pr.n, pr.money, pr.land, pr.road, pr.workdays, pr.households
  FROM "Model" m
  CROSS JOIN LATERAL (
    SELECT COALESCE(bit_or(dash_level_bit(r.level)), 0)::smallint AS mask,
      COALESCE(array_agg(DISTINCT r."unitId" ORDER BY r."unitId"), '{}') AS units,
      COALESCE(min(dash_level_rank(r.level)), 99) AS best
    FROM "Recognition" r WHERE r."modelId" = m.id) rec
  CROSS JOIN LATERAL (
    SELECT COALESCE(bit_or(dash_level_bit(t.level)), 0)::smallint AS mask
    FROM "TypicalDesignation" t WHERE t."modelId" = m.id) typ
  CROSS JOIN LATERAL (
    SELECT COALESCE(array_agg(DISTINCT e."unitId" ORDER BY e."unitId"), '{}') AS units,
      COALESCE(array_agg(DISTINCT e."unitId" ORDER BY e."unitId") FILTER (WHERE rec.best < dash_level_rank(u.level)), '{}') AS above
    FROM "ReviewEvent" e JOIN "Unit" u ON u.id = e."unitId"
    WHERE e."modelId" = m.id AND e.action = 'PROPOSE' AND e."undoneById" IS NULL) prop
  CROSS JOIN LATERAL (
    SELECT (count(*) FILTER (WHERE h.kind = 'COLLECTIVE'))::int AS c, (count(*) FILTER (WHERE h.kind = 'INDIVIDUAL'))::int AS i
    FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" WHERE h."modelId" = m.id AND d.status = 'ISSUED') hon
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS n, COALESCE(sum(p."moneyVnd"), 0)::numeric(30, 0) AS money,
      COALESCE(sum(p."landM2"), 0)::numeric(20, 2) AS land, COALESCE(sum(p."roadKm"), 0)::numeric(20, 2) AS road,
      COALESCE(sum(p.workdays), 0)::bigint AS workdays, COALESCE(sum(p.households), 0)::bigint AS households
    FROM "ProgressReport" p WHERE p."modelId" = m.id) pr
  WHERE m.id = ANY (ids)
$$;

-- A fact's part of the summary, times s (1 or -1), in each scope of `scopes`. Drafts count nowhere.
CREATE OR REPLACE FUNCTION dash_rows(f "DashFact", s integer, scopes integer[]) RETURNS SETOF "DashSummary"
LANGUAGE sql IMMUTABLE AS $$
  SELECT sc, f."campaignId", f.yr, f.qtr, f."fieldId", f.kind,
    s * (r)::int,
    s * (r AND f.recognized)::int,
    s * (r AND f.typical)::int,
    s * (f.state = 'NOT_RECOGNIZED')::int,
    s * (f.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED'))::int,
    s * (f.state = 'NEEDS_REVISION')::int,
    s * (f.state = 'WITHDRAWN')::int,
    s * (r AND f.replica)::int,
    s * (r AND f."recMask" & 1 <> 0)::int,
    s * (r AND f."recMask" & 2 <> 0)::int,
    s * (r AND f."recMask" & 4 <> 0)::int,
    s * (r AND f."typMask" & 1 <> 0)::int,
    s * (r AND f."typMask" & 2 <> 0)::int,
    s * (r AND f."typMask" & 4 <> 0)::int,
    s * (r AND f."registeredLevel" = 'PROVINCE')::int,
    s * (r AND f."registeredLevel" = 'PROVINCE' AND f.recognized)::int,
    s * (r AND f."registeredLevel" = 'PROVINCE' AND f.typical)::int,
    s * (r AND f."registeredLevel" = 'DISTRICT')::int,
    s * (r AND f."registeredLevel" = 'DISTRICT' AND f.recognized)::int,
    s * (r AND f."registeredLevel" = 'DISTRICT' AND f.typical)::int,
    s * (r AND f."registeredLevel" = 'COMMUNE')::int,
    s * (r AND f."registeredLevel" = 'COMMUNE' AND f.recognized)::int,
    s * (r AND f."registeredLevel" = 'COMMUNE' AND f.typical)::int,
    s * f."honC" * r::int,
    s * f."honI" * r::int,
    s * f.reports * r::int,
    s * f.money * r::int,
    s * f.land * r::int,
    s * f.road * r::int,
    s * f.workdays * r::int,
    s * f.households * r::int
  FROM unnest(scopes) sc, (SELECT f.state NOT IN ('DRAFT', 'WITHDRAWN') AS r) x
  WHERE f.state <> 'DRAFT'
$$;

-- A fact's part of review progress: held by its committee; recognized by a committee that no longer
-- holds it; proposed upward by a committee, and recognized above that committee's level since.
CREATE OR REPLACE FUNCTION dash_committee_rows(f "DashFact", s integer) RETURNS SETOF "DashCommittee"
LANGUAGE sql IMMUTABLE AS $$
  SELECT x.u, f."campaignId", f.yr, f.qtr,
    s * (x.role = 0 AND f.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED'))::int,
    s * (x.role = 0 AND f.state IN ('RECOGNIZED', 'NOT_RECOGNIZED', 'NEEDS_REVISION'))::int,
    s * (x.role = 1)::int, s * (x.role = 2)::int, s * (x.role = 2 AND x.u = ANY (f."proposeAbove"))::int
  FROM unnest(ARRAY[f."reviewUnitId"] || f."recUnits" || f."proposeUnits",
              ARRAY[0] || array_fill(1, ARRAY[cardinality(f."recUnits")]) || array_fill(2, ARRAY[cardinality(f."proposeUnits")])) x(u, role)
  WHERE (x.role = 0 AND f.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED', 'RECOGNIZED', 'NOT_RECOGNIZED', 'NEEDS_REVISION'))
     OR (x.role = 1 AND x.u <> f."reviewUnitId") OR x.role = 2
$$;

-- A registered model's owner unit has a model in these period keys (0 = any campaign / year / quarter).
CREATE OR REPLACE FUNCTION dash_unit_rows(f "DashFact", s integer) RETURNS SETOF "DashUnitPeriod"
LANGUAGE sql IMMUTABLE AS $$
  SELECT v.c, v.y, v.q, f."ownerUnitId", s
  FROM (VALUES (f."campaignId", 0::smallint, 0::smallint, false), (0, 0::smallint, 0::smallint, false),
               (f."campaignId", f.yr, 0::smallint, true), (f."campaignId", f.yr, f.qtr, true),
               (0, f.yr, 0::smallint, true), (0, f.yr, f.qtr, true)) v(c, y, q, dated)
  WHERE f.state NOT IN ('DRAFT', 'WITHDRAWN') AND (NOT v.dated OR f.yr <> 0)
$$;

-- Adds delta rows to a summary: summed per key first (one upsert per row), in key order (locks taken in one order).
CREATE OR REPLACE FUNCTION dash_add_summary(d "DashSummary"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashSummary" AS t ("scopeId", "campaignId", "yr", "qtr", "fieldId", "kind", "registered", "recognized", "typical", "notRecognized", "awaiting", "needsRevision", "withdrawn", "replications", "recP", "recD", "recC", "typP", "typD", "typC", "regP", "regPRec", "regPTyp", "regD", "regDRec", "regDTyp", "regC", "regCRec", "regCTyp", "honC", "honI", "reports", "money", "land", "road", "workdays", "households")
  SELECT "scopeId", "campaignId", "yr", "qtr", "fieldId", "kind", sum("registered")::int, sum("recognized")::int, sum("typical")::int, sum("notRecognized")::int, sum("awaiting")::int, sum("needsRevision")::int, sum("withdrawn")::int, sum("replications")::int, sum("recP")::int, sum("recD")::int, sum("recC")::int, sum("typP")::int, sum("typD")::int, sum("typC")::int, sum("regP")::int, sum("regPRec")::int, sum("regPTyp")::int, sum("regD")::int, sum("regDRec")::int, sum("regDTyp")::int, sum("regC")::int, sum("regCRec")::int, sum("regCTyp")::int, sum("honC")::int, sum("honI")::int, sum("reports")::int, sum("money"), sum("land"), sum("road"), sum("workdays")::bigint, sum("households")::bigint
  FROM unnest(d) GROUP BY "scopeId", "campaignId", "yr", "qtr", "fieldId", "kind" HAVING sum("registered") <> 0 OR sum("recognized") <> 0 OR sum("typical") <> 0 OR sum("notRecognized") <> 0 OR sum("awaiting") <> 0 OR sum("needsRevision") <> 0 OR sum("withdrawn") <> 0 OR sum("replications") <> 0 OR sum("recP") <> 0 OR sum("recD") <> 0 OR sum("recC") <> 0 OR sum("typP") <> 0 OR sum("typD") <> 0 OR sum("typC") <> 0 OR sum("regP") <> 0 OR sum("regPRec") <> 0 OR sum("regPTyp") <> 0 OR sum("regD") <> 0 OR sum("regDRec") <> 0 OR sum("regDTyp") <> 0 OR sum("regC") <> 0 OR sum("regCRec") <> 0 OR sum("regCTyp") <> 0 OR sum("honC") <> 0 OR sum("honI") <> 0 OR sum("reports") <> 0 OR sum("money") <> 0 OR sum("land") <> 0 OR sum("road") <> 0 OR sum("workdays") <> 0 OR sum("households") <> 0 ORDER BY "scopeId", "campaignId", "yr", "qtr", "fieldId", "kind"
  ON CONFLICT ("scopeId", "campaignId", "yr", "qtr", "fieldId", "kind") DO UPDATE SET
    "registered" = t."registered" + EXCLUDED."registered",
    "recognized" = t."recognized" + EXCLUDED."recognized",
    "typical" = t."typical" + EXCLUDED."typical",
    "notRecognized" = t."notRecognized" + EXCLUDED."notRecognized",
    "awaiting" = t."awaiting" + EXCLUDED."awaiting",
    "needsRevision" = t."needsRevision" + EXCLUDED."needsRevision",
    "withdrawn" = t."withdrawn" + EXCLUDED."withdrawn",
    "replications" = t."replications" + EXCLUDED."replications",
    "recP" = t."recP" + EXCLUDED."recP",
    "recD" = t."recD" + EXCLUDED."recD",
    "recC" = t."recC" + EXCLUDED."recC",
    "typP" = t."typP" + EXCLUDED."typP",
    "typD" = t."typD" + EXCLUDED."typD",
    "typC" = t."typC" + EXCLUDED."typC",
    "regP" = t."regP" + EXCLUDED."regP",
    "regPRec" = t."regPRec" + EXCLUDED."regPRec",
    "regPTyp" = t."regPTyp" + EXCLUDED."regPTyp",
    "regD" = t."regD" + EXCLUDED."regD",
    "regDRec" = t."regDRec" + EXCLUDED."regDRec",
    "regDTyp" = t."regDTyp" + EXCLUDED."regDTyp",
    "regC" = t."regC" + EXCLUDED."regC",
    "regCRec" = t."regCRec" + EXCLUDED."regCRec",
    "regCTyp" = t."regCTyp" + EXCLUDED."regCTyp",
    "honC" = t."honC" + EXCLUDED."honC",
    "honI" = t."honI" + EXCLUDED."honI",
    "reports" = t."reports" + EXCLUDED."reports",
    "money" = t."money" + EXCLUDED."money",
    "land" = t."land" + EXCLUDED."land",
    "road" = t."road" + EXCLUDED."road",
    "workdays" = t."workdays" + EXCLUDED."workdays",
    "households" = t."households" + EXCLUDED."households"
$$;

CREATE OR REPLACE FUNCTION dash_add_committee(d "DashCommittee"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashCommittee" AS t ("unitId", "campaignId", "yr", "qtr", "pending", "heldReviewed", "movedOn", "proposed", "recognizedAbove")
  SELECT "unitId", "campaignId", "yr", "qtr", sum("pending")::int, sum("heldReviewed")::int, sum("movedOn")::int, sum("proposed")::int, sum("recognizedAbove")::int
  FROM unnest(d) GROUP BY "unitId", "campaignId", "yr", "qtr" HAVING sum("pending") <> 0 OR sum("heldReviewed") <> 0 OR sum("movedOn") <> 0 OR sum("proposed") <> 0 OR sum("recognizedAbove") <> 0 ORDER BY "unitId", "campaignId", "yr", "qtr"
  ON CONFLICT ("unitId", "campaignId", "yr", "qtr") DO UPDATE SET
    "pending" = t."pending" + EXCLUDED."pending",
    "heldReviewed" = t."heldReviewed" + EXCLUDED."heldReviewed",
    "movedOn" = t."movedOn" + EXCLUDED."movedOn",
    "proposed" = t."proposed" + EXCLUDED."proposed",
    "recognizedAbove" = t."recognizedAbove" + EXCLUDED."recognizedAbove"
$$;

CREATE OR REPLACE FUNCTION dash_add_unit_period(d "DashUnitPeriod"[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DashUnitPeriod" AS t ("campaignId", "yr", "qtr", "unitId", "registered")
  SELECT "campaignId", "yr", "qtr", "unitId", sum("registered")::int
  FROM unnest(d) GROUP BY "campaignId", "yr", "qtr", "unitId" HAVING sum("registered") <> 0 ORDER BY "campaignId", "yr", "qtr", "unitId"
  ON CONFLICT ("campaignId", "yr", "qtr", "unitId") DO UPDATE SET
    "registered" = t."registered" + EXCLUDED."registered"
$$;

-- Recounts the facts of some models and moves the summaries by the difference. The fact rows are locked
-- first, so two transactions touching one model apply their differences one after the other.
CREATE OR REPLACE FUNCTION dash_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  olds "DashFact"[];
  news "DashFact"[];
  o_c "DashFact"[];
  n_c "DashFact"[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR current_setting('dvk.dash_defer', true) = 'on' THEN RETURN; END IF;
  olds := ARRAY(SELECT f FROM "DashFact" f WHERE f."modelId" = ANY (ids) ORDER BY f."modelId" FOR UPDATE);
  news := ARRAY(SELECT f FROM dash_compute(ids) f);
  o_c := ARRAY(SELECT o FROM unnest(olds) o WHERE NOT EXISTS (SELECT 1 FROM unnest(news) n WHERE n IS NOT DISTINCT FROM o));
  n_c := ARRAY(SELECT n FROM unnest(news) n WHERE NOT EXISTS (SELECT 1 FROM unnest(olds) o WHERE n IS NOT DISTINCT FROM o));
  IF cardinality(o_c) = 0 AND cardinality(n_c) = 0 THEN RETURN; END IF;
  PERFORM dash_add_summary(ARRAY(
    SELECT r FROM unnest(o_c) o, dash_rows(o, -1, 0 || (SELECT u.lineage FROM "Unit" u WHERE u.id = o."ownerUnitId")) r
    UNION ALL
    SELECT r FROM unnest(n_c) n, dash_rows(n, 1, 0 || (SELECT u.lineage FROM "Unit" u WHERE u.id = n."ownerUnitId")) r));
  PERFORM dash_add_committee(ARRAY(
    SELECT r FROM unnest(o_c) o, dash_committee_rows(o, -1) r
    UNION ALL SELECT r FROM unnest(n_c) n, dash_committee_rows(n, 1) r));
  PERFORM dash_add_unit_period(ARRAY(
    SELECT r FROM unnest(o_c) o, dash_unit_rows(o, -1) r
    UNION ALL SELECT r FROM unnest(n_c) n, dash_unit_rows(n, 1) r));
  DELETE FROM "DashFact" WHERE "modelId" = ANY (ids) AND NOT ("modelId" = ANY (ARRAY(SELECT n."modelId" FROM unnest(news) n)));
  INSERT INTO "DashFact" SELECT * FROM unnest(n_c)
  ON CONFLICT ("modelId") DO UPDATE SET ("ownerUnitId", "campaignId", "yr", "qtr", "fieldId", "kind", "state", "registeredLevel", "recognized", "typical", "replica", "recMask", "typMask", "reviewUnitId", "recUnits", "proposeUnits", "proposeAbove", "honC", "honI", "reports", "money", "land", "road", "workdays", "households") = (EXCLUDED."ownerUnitId", EXCLUDED."campaignId", EXCLUDED."yr", EXCLUDED."qtr", EXCLUDED."fieldId", EXCLUDED."kind", EXCLUDED."state", EXCLUDED."registeredLevel", EXCLUDED."recognized", EXCLUDED."typical", EXCLUDED."replica", EXCLUDED."recMask", EXCLUDED."typMask", EXCLUDED."reviewUnitId", EXCLUDED."recUnits", EXCLUDED."proposeUnits", EXCLUDED."proposeAbove", EXCLUDED."honC", EXCLUDED."honI", EXCLUDED."reports", EXCLUDED."money", EXCLUDED."land", EXCLUDED."road", EXCLUDED."workdays", EXCLUDED."households");
END $$;

-- Statement-level triggers (one recount per statement, so a bulk import recounts its rows together).
CREATE OR REPLACE FUNCTION dash_model_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dash_refresh(ARRAY(SELECT id FROM dash_new));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dash_refresh(ARRAY(SELECT id FROM dash_old));
  ELSE
    PERFORM dash_refresh(ARRAY(
      SELECT n.id FROM dash_new n JOIN dash_old o ON o.id = n.id
      WHERE (o."ownerUnitId", o."campaignId", o."submittedAt", o."fieldId", o.kind, o.state, o."registeredLevel",
             o."recognizedLevel", o."typicalLevel", o."replicatedFromId", o."reviewUnitId")
        IS DISTINCT FROM (n."ownerUnitId", n."campaignId", n."submittedAt", n."fieldId", n.kind, n.state, n."registeredLevel",
             n."recognizedLevel", n."typicalLevel", n."replicatedFromId", n."reviewUnitId")));
  END IF;
  RETURN NULL;
END $$;

-- Recognition, TypicalDesignation, Honoree, ProgressReport: the models of the changed rows.
CREATE OR REPLACE FUNCTION dash_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dash_refresh(ARRAY(SELECT DISTINCT "modelId" FROM dash_new WHERE "modelId" IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dash_refresh(ARRAY(SELECT DISTINCT "modelId" FROM dash_old WHERE "modelId" IS NOT NULL));
  ELSE
    PERFORM dash_refresh(ARRAY(SELECT "modelId" FROM dash_new WHERE "modelId" IS NOT NULL
                               UNION SELECT "modelId" FROM dash_old WHERE "modelId" IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

-- ReviewEvent: only proposals (and undoing them) change a figure.
CREATE OR REPLACE FUNCTION dash_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dash_refresh(ARRAY(SELECT DISTINCT "modelId" FROM dash_new WHERE action = 'PROPOSE'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dash_refresh(ARRAY(SELECT DISTINCT "modelId" FROM dash_old WHERE action = 'PROPOSE'));
  ELSE
    PERFORM dash_refresh(ARRAY(
      SELECT n."modelId" FROM dash_new n JOIN dash_old o ON o.id = n.id
      WHERE (n.action = 'PROPOSE' OR o.action = 'PROPOSE')
        AND (o."undoneById", o."unitId", o.action, o."modelId") IS DISTINCT FROM (n."undoneById", n."unitId", n.action, n."modelId")
      UNION SELECT o."modelId" FROM dash_new n JOIN dash_old o ON o.id = n.id
      WHERE o.action = 'PROPOSE' AND o."modelId" <> n."modelId"));
  END IF;
  RETURN NULL;
END $$;

-- Decision: issuing or reopening one changes its honorees' models (deleting one deletes its honorees).
CREATE OR REPLACE FUNCTION dash_decision_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dash_refresh(ARRAY(
    SELECT DISTINCT h."modelId" FROM dash_new n JOIN dash_old o ON o.id = n.id JOIN "Honoree" h ON h."decisionId" = n.id
    WHERE n.status IS DISTINCT FROM o.status AND h."modelId" IS NOT NULL));
  RETURN NULL;
END $$;

-- Unit: a new lineage (merge, move) moves the parts of the models it owns between scopes; a new level
-- changes which proposals count as recognized above.
CREATE OR REPLACE FUNCTION dash_unit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved integer[];
  leveled integer[];
BEGIN
  IF current_setting('dvk.dash_defer', true) = 'on' THEN RETURN NULL; END IF;
  moved := ARRAY(SELECT n.id FROM dash_new n JOIN dash_old o ON o.id = n.id WHERE n.lineage IS DISTINCT FROM o.lineage);
  IF cardinality(moved) > 0 THEN
    PERFORM 1 FROM "DashFact" f WHERE f."ownerUnitId" = ANY (moved) ORDER BY f."modelId" FOR UPDATE;
    PERFORM dash_add_summary(ARRAY(
      SELECT r FROM dash_new n JOIN dash_old o ON o.id = n.id JOIN "DashFact" f ON f."ownerUnitId" = n.id,
        dash_rows(f, -1, ARRAY(SELECT unnest(o.lineage) EXCEPT SELECT unnest(n.lineage))) r
      WHERE n.id = ANY (moved)
      UNION ALL
      SELECT r FROM dash_new n JOIN dash_old o ON o.id = n.id JOIN "DashFact" f ON f."ownerUnitId" = n.id,
        dash_rows(f, 1, ARRAY(SELECT unnest(n.lineage) EXCEPT SELECT unnest(o.lineage))) r
      WHERE n.id = ANY (moved)));
  END IF;
  leveled := ARRAY(SELECT n.id FROM dash_new n JOIN dash_old o ON o.id = n.id WHERE n.level IS DISTINCT FROM o.level);
  IF cardinality(leveled) > 0 THEN
    PERFORM dash_refresh(ARRAY(SELECT "modelId" FROM "DashFact" WHERE "proposeUnits" && leveled));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Model_dash_insert" AFTER INSERT ON "Model" REFERENCING NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_model_changed();
CREATE TRIGGER "Model_dash_update" AFTER UPDATE ON "Model" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_model_changed();
CREATE TRIGGER "Model_dash_delete" AFTER DELETE ON "Model" REFERENCING OLD TABLE AS dash_old
  FOR EACH STATEMENT EXECUTE FUNCTION dash_model_changed();
CREATE TRIGGER "Recognition_dash_insert" AFTER INSERT ON "Recognition" REFERENCING NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "Recognition_dash_update" AFTER UPDATE ON "Recognition" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "Recognition_dash_delete" AFTER DELETE ON "Recognition" REFERENCING OLD TABLE AS dash_old
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "TypicalDesignation_dash_insert" AFTER INSERT ON "TypicalDesignation" REFERENCING NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "TypicalDesignation_dash_update" AFTER UPDATE ON "TypicalDesignation" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "TypicalDesignation_dash_delete" AFTER DELETE ON "TypicalDesignation" REFERENCING OLD TABLE AS dash_old
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "Honoree_dash_insert" AFTER INSERT ON "Honoree" REFERENCING NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "Honoree_dash_update" AFTER UPDATE ON "Honoree" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "Honoree_dash_delete" AFTER DELETE ON "Honoree" REFERENCING OLD TABLE AS dash_old
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "ProgressReport_dash_insert" AFTER INSERT ON "ProgressReport" REFERENCING NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "ProgressReport_dash_update" AFTER UPDATE ON "ProgressReport" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "ProgressReport_dash_delete" AFTER DELETE ON "ProgressReport" REFERENCING OLD TABLE AS dash_old
  FOR EACH STATEMENT EXECUTE FUNCTION dash_child_changed();
CREATE TRIGGER "ReviewEvent_dash_insert" AFTER INSERT ON "ReviewEvent" REFERENCING NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_event_changed();
CREATE TRIGGER "ReviewEvent_dash_update" AFTER UPDATE ON "ReviewEvent" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_event_changed();
CREATE TRIGGER "ReviewEvent_dash_delete" AFTER DELETE ON "ReviewEvent" REFERENCING OLD TABLE AS dash_old
  FOR EACH STATEMENT EXECUTE FUNCTION dash_event_changed();
CREATE TRIGGER "Decision_dash_update" AFTER UPDATE ON "Decision" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_decision_changed();
CREATE TRIGGER "Unit_dash_update" AFTER UPDATE ON "Unit" REFERENCING OLD TABLE AS dash_old NEW TABLE AS dash_new
  FOR EACH STATEMENT EXECUTE FUNCTION dash_unit_changed();

-- Recounts every fact and summary from the tables, set-based (the backfill; after a bulk load).
CREATE OR REPLACE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "DashFact", "DashSummary", "DashCommittee", "DashUnitPeriod";
  INSERT INTO "DashFact"
  SELECT m.id, m."ownerUnitId", m."campaignId", dash_vn_year(m."submittedAt"), dash_vn_quarter(m."submittedAt"),
    m."fieldId", m.kind, m.state, m."registeredLevel", m."recognizedLevel" IS NOT NULL, m."typicalLevel" IS NOT NULL,
    m."replicatedFromId" IS NOT NULL, COALESCE(rec.mask, 0), COALESCE(typ.mask, 0), m."reviewUnitId",
    COALESCE(rec.units, '{}'), COALESCE(prop.units, '{}'), COALESCE(prop.above, '{}'),
    COALESCE(hon.c, 0), COALESCE(hon.i, 0), COALESCE(pr.n, 0), COALESCE(pr.money, 0), COALESCE(pr.land, 0),
    COALESCE(pr.road, 0), COALESCE(pr.workdays, 0), COALESCE(pr.households, 0)
  FROM "Model" m
  LEFT JOIN (
    SELECT r."modelId", bit_or(dash_level_bit(r.level))::smallint AS mask,
      array_agg(DISTINCT r."unitId" ORDER BY r."unitId") AS units, min(dash_level_rank(r.level)) AS best
    FROM "Recognition" r GROUP BY 1) rec ON rec."modelId" = m.id
  LEFT JOIN (
    SELECT t."modelId", bit_or(dash_level_bit(t.level))::smallint AS mask FROM "TypicalDesignation" t GROUP BY 1
  ) typ ON typ."modelId" = m.id
  LEFT JOIN (
    SELECT e."modelId", array_agg(DISTINCT e."unitId" ORDER BY e."unitId") AS units,
      COALESCE(array_agg(DISTINCT e."unitId" ORDER BY e."unitId") FILTER (WHERE COALESCE(rb.best, 99) < dash_level_rank(u.level)), '{}') AS above
    FROM "ReviewEvent" e JOIN "Unit" u ON u.id = e."unitId"
    LEFT JOIN (SELECT "modelId", min(dash_level_rank(level)) AS best FROM "Recognition" GROUP BY 1) rb ON rb."modelId" = e."modelId"
    WHERE e.action = 'PROPOSE' AND e."undoneById" IS NULL GROUP BY 1) prop ON prop."modelId" = m.id
  LEFT JOIN (
    SELECT h."modelId", (count(*) FILTER (WHERE h.kind = 'COLLECTIVE'))::int AS c, (count(*) FILTER (WHERE h.kind = 'INDIVIDUAL'))::int AS i
    FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" WHERE d.status = 'ISSUED' AND h."modelId" IS NOT NULL GROUP BY 1
  ) hon ON hon."modelId" = m.id
  LEFT JOIN (
    SELECT p."modelId", count(*)::int AS n, COALESCE(sum(p."moneyVnd"), 0)::numeric(30, 0) AS money,
      COALESCE(sum(p."landM2"), 0)::numeric(20, 2) AS land, COALESCE(sum(p."roadKm"), 0)::numeric(20, 2) AS road,
      COALESCE(sum(p.workdays), 0)::bigint AS workdays, COALESCE(sum(p.households), 0)::bigint AS households
    FROM "ProgressReport" p GROUP BY 1) pr ON pr."modelId" = m.id;
  INSERT INTO "DashSummary"
  SELECT r."scopeId", r."campaignId", r."yr", r."qtr", r."fieldId", r."kind", sum(r."registered")::int, sum(r."recognized")::int, sum(r."typical")::int, sum(r."notRecognized")::int, sum(r."awaiting")::int, sum(r."needsRevision")::int, sum(r."withdrawn")::int, sum(r."replications")::int, sum(r."recP")::int, sum(r."recD")::int, sum(r."recC")::int, sum(r."typP")::int, sum(r."typD")::int, sum(r."typC")::int, sum(r."regP")::int, sum(r."regPRec")::int, sum(r."regPTyp")::int, sum(r."regD")::int, sum(r."regDRec")::int, sum(r."regDTyp")::int, sum(r."regC")::int, sum(r."regCRec")::int, sum(r."regCTyp")::int, sum(r."honC")::int, sum(r."honI")::int, sum(r."reports")::int, sum(r."money"), sum(r."land"), sum(r."road"), sum(r."workdays")::bigint, sum(r."households")::bigint
  FROM "DashFact" f LEFT JOIN "Unit" u ON u.id = f."ownerUnitId", dash_rows(f, 1, 0 || u.lineage) r
  GROUP BY r."scopeId", r."campaignId", r."yr", r."qtr", r."fieldId", r."kind";
  INSERT INTO "DashCommittee"
  SELECT r."unitId", r."campaignId", r.yr, r.qtr, sum(r."pending")::int, sum(r."heldReviewed")::int, sum(r."movedOn")::int, sum(r."proposed")::int, sum(r."recognizedAbove")::int
  FROM "DashFact" f, dash_committee_rows(f, 1) r GROUP BY 1, 2, 3, 4;
  INSERT INTO "DashUnitPeriod"
  SELECT r."campaignId", r.yr, r.qtr, r."unitId", sum(r.registered)::int
  FROM "DashFact" f, dash_unit_rows(f, 1) r GROUP BY 1, 2, 3, 4;
  ANALYZE "DashFact";
  ANALYZE "DashSummary";
  ANALYZE "DashCommittee";
  ANALYZE "DashUnitPeriod";
END $$;

-- Review progress: each committee's oldest waiting model in one index probe.
CREATE INDEX "Model_pending_review_idx" ON "Model" ("reviewUnitId", "stateChangedAt")
  WHERE state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED');

SELECT dash_rebuild();

