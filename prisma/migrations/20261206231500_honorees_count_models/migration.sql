-- "Được khen thưởng" counts honorees, not honoree lines: a model commended in two issued decisions (a
-- district's Giấy khen, then the province's Bằng khen) is one collective or one individual. A model's fact
-- now holds 1 or 0 per kind instead of its number of lines, in dash_compute (incremental) and dash_rebuild
-- (full); the models listed in more than one issued decision are recounted (their summaries move by the
-- difference).
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
    SELECT (count(*) FILTER (WHERE h.kind = 'COLLECTIVE') > 0)::int AS c, (count(*) FILTER (WHERE h.kind = 'INDIVIDUAL') > 0)::int AS i
    FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId" WHERE h."modelId" = m.id AND d.status = 'ISSUED') hon
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS n, COALESCE(sum(p."moneyVnd"), 0)::numeric(30, 0) AS money,
      COALESCE(sum(p."landM2"), 0)::numeric(20, 2) AS land, COALESCE(sum(p."roadKm"), 0)::numeric(20, 2) AS road,
      COALESCE(sum(p.workdays), 0)::bigint AS workdays, COALESCE(sum(p.households), 0)::bigint AS households
    FROM "ProgressReport" p WHERE p."modelId" = m.id) pr
  WHERE m.id = ANY (ids)
$$;

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
    SELECT h."modelId", (count(*) FILTER (WHERE h.kind = 'COLLECTIVE') > 0)::int AS c, (count(*) FILTER (WHERE h.kind = 'INDIVIDUAL') > 0)::int AS i
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

SELECT dash_refresh(ARRAY(
  SELECT h."modelId" FROM "Honoree" h JOIN "Decision" d ON d.id = h."decisionId"
  WHERE d.status = 'ISSUED' AND h."modelId" IS NOT NULL
  GROUP BY h."modelId" HAVING count(*) > 1));
