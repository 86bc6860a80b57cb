import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";
import type { ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { answersForSql } from "@/lib/org/scope-sql";
import type { DashboardFilter } from "./filter";

/**
 * Where a dashboard's figures come from (ADR 0053): the summary rows of one scope — models whose owner's
 * lineage holds the unit (the reviewer scope of lib/permissions; 0 = every model, the administrator at
 * its own unit) — or, for a unit cadre (models owned by its unit only), the facts of that unit's models.
 * The summaries are kept exact by database triggers (migration dashboard_summaries).
 */
export type SummarySource = { scope: number } | { owner: number };

/**
 * The source that counts what `unitModelsWhere(actor, unit)` selects. A unit in the actor's scope has
 * the actor in its lineage, and lineages are closed (ADR 0025), so "actor's scope ∩ unit's scope" is
 * the unit's scope.
 */
export function summarySource(actor: Actor, unit: Pick<Unit, "id">): SummarySource {
  if (actor.role === "UNIT_CADRE") return { owner: actor.unitId };
  if (actor.role === "ADMIN" && unit.id === actor.unitId) return { scope: 0 };
  return { scope: unit.id };
}

/** Per-row measures of DashSummary, in the order they are read. */
export const INT_MEASURES = [
  "registered",
  "recognized",
  "typical",
  "notRecognized",
  "awaiting",
  "needsRevision",
  "withdrawn",
  "replications",
  "recP",
  "recD",
  "recC",
  "typP",
  "typD",
  "typC",
  "regP",
  "regPRec",
  "regPTyp",
  "regD",
  "regDRec",
  "regDTyp",
  "regC",
  "regCRec",
  "regCTyp",
  "honC",
  "honI",
  "reports",
  "workdays",
  "households",
] as const;
export const DECIMAL_MEASURES = ["money", "land", "road"] as const;

export type SummaryRow = { yr: number; qtr: number; fieldId: number; kind: ModelKind } & Record<
  (typeof INT_MEASURES)[number],
  number
> &
  Record<(typeof DECIMAL_MEASURES)[number], Prisma.Decimal>;

const sums = Prisma.raw(
  [
    ...INT_MEASURES.map((m) => `sum(r."${m}")::float8 AS "${m}"`),
    ...DECIMAL_MEASURES.map((m) => `sum(r."${m}")::text AS "${m}"`),
  ].join(", "),
);

/** The summary rows of a source for a campaign (or all), per quarter of first submission, field and kind. */
function summaryRowsSql(source: SummarySource, campaign: number | undefined): Prisma.Sql {
  return "scope" in source
    ? Prisma.sql`
        SELECT r.yr, r.qtr, r."fieldId", r.kind::text AS kind, ${sums}
        FROM "DashSummary" r
        WHERE r."scopeId" = ${source.scope} ${campaign ? Prisma.sql`AND r."campaignId" = ${campaign}` : Prisma.empty}
        GROUP BY 1, 2, 3, 4`
    : Prisma.sql`
        SELECT r.yr, r.qtr, r."fieldId", r.kind::text AS kind, ${sums}
        FROM "DashFact" f, dash_rows(f, 1, ARRAY[0]) r
        WHERE f."ownerUnitId" = ${source.owner} ${campaign ? Prisma.sql`AND f."campaignId" = ${campaign}` : Prisma.empty}
        GROUP BY 1, 2, 3, 4`;
}

function toSummaryRow(r: Record<string, unknown>): SummaryRow {
  const out: Record<string, unknown> = { yr: r.yr, qtr: r.qtr, fieldId: r.fieldId, kind: r.kind };
  for (const m of INT_MEASURES) out[m] = Number(r[m]);
  for (const m of DECIMAL_MEASURES) out[m] = new Prisma.Decimal(String(r[m] ?? "0"));
  return out as SummaryRow;
}

/** The period part of the summaries' key: campaign, year and quarter of first submission. */
function periodSql(f: Pick<DashboardFilter, "campaign" | "year" | "quarter">, alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  const parts: Prisma.Sql[] = [];
  if (f.campaign) parts.push(Prisma.sql`AND ${a}."campaignId" = ${f.campaign}`);
  if (f.year) parts.push(Prisma.sql`AND ${a}.yr = ${f.year}`);
  if (f.year && f.quarter) parts.push(Prisma.sql`AND ${a}.qtr = ${f.quarter}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

export type ScopeCounts = {
  registered: number;
  recognized: number;
  typical: number;
  awaiting: number;
  notRecognized: number;
};

export type CommitteeCounts = {
  pending: number;
  heldReviewed: number;
  movedOn: number;
  proposed: number;
  recognizedAbove: number;
};

export type ChildUnit = {
  id: number;
  name: string;
  level: UnitLevel;
  /** The ranked table's counts (the unit's own scope) and its committee's review progress, for the period. */
  counts: ScopeCounts | null;
  committee: CommitteeCounts | null;
  /** The committee answers for closed committees merged into it (lib/org/scope-sql.ts answersForSql). */
  merged: boolean;
};

export type DashboardData = {
  /** Summary rows for the campaign (every period: the trend needs every quarter). */
  rows: SummaryRow[];
  fields: { id: number; name: string }[];
  /** Units directly below in today's tree (none for a unit cadre). */
  children: ChildUnit[];
  /** Grassroots units of today's tree under the unit, and how many own at least one registered model of the period. */
  coverage: { grassroots: number; withModel: number };
  trail: { id: number; name: string }[];
  campaign: { startYear: number; endYear: number } | null;
  /** The first year of first submission with a registered model in the source, any campaign (null: none). */
  firstYear: number | null;
};

/**
 * The answers of recent dashboard statements, each with the database snapshot it was read in (ADR 0059).
 * A snapshot (`pg_current_snapshot()`: xmin, xmax and the transactions in progress) decides exactly which
 * committed rows a statement sees; while the current snapshot is the same text, no transaction has
 * committed or started writing since, so the statement would return the same answer. Any commit anywhere
 * in the database changes it, and the next request reads again: figures stay exact at once (ADR 0053).
 * Per process, at most CACHE_MAX answers (the oldest goes first).
 */
const CACHE_MAX = 64;
const answers = new Map<string, { snapshot: string; value: unknown }>();
const cacheStats = { hits: 0, misses: 0 };

/** For tests: how often the cache answered, and a way to empty it. */
export const dashboardCache = {
  stats: () => ({ ...cacheStats }),
  clear: () => {
    answers.clear();
    cacheStats.hits = 0;
    cacheStats.misses = 0;
  },
};

/**
 * The statement's answer as `derive` turns it into what the page shows, kept with the snapshot: a hit
 * costs one snapshot read and none of the mapping (decimals, sums), which a page view would otherwise
 * repeat for every request. `key` names what the answer is derived for beside the statement (a value
 * derived for one filter is not another's); derived values are shared between requests, never mutated.
 */
async function readCached<T>(
  statement: Prisma.Sql,
  key: string,
  derive: (d: Record<string, unknown>) => T,
): Promise<T> {
  const full = JSON.stringify([statement.text, statement.values, key]);
  const [{ s }] = await prisma.$queryRaw<{ s: string }[]>`SELECT pg_current_snapshot()::text AS s`;
  const hit = answers.get(full);
  if (hit && hit.snapshot === s) {
    cacheStats.hits += 1;
    return hit.value as T;
  }
  cacheStats.misses += 1;
  // The snapshot is read in the same statement as the figures, so it is the one they were read in.
  const [row] = await prisma.$queryRaw<{ d: Record<string, unknown>; s: string }[]>(
    Prisma.sql`SELECT q.d, pg_current_snapshot()::text AS s FROM (${statement}) q`,
  );
  const value = derive(row.d);
  answers.delete(full);
  answers.set(full, { snapshot: row.s, value });
  if (answers.size > CACHE_MAX) answers.delete(answers.keys().next().value!);
  return value;
}

/** dashboardData's one statement (also the bench's SQL floor of the dashboard pages, bench/scale.ts). */
export function dashboardSql(
  actor: Pick<Actor, "role" | "unitId">,
  unit: Pick<Unit, "id" | "path">,
  source: SummarySource,
  f: DashboardFilter,
  trailIds: number[],
  now: Date,
): Prisma.Sql {
  // As currentUnitWhere: validFrom and validTo are dates, compared with today's date in UTC.
  const today = now.toISOString().slice(0, 10);
  const current = (a: string) =>
    Prisma.sql`${Prisma.raw(a)}."validFrom" <= ${today}::date AND (${Prisma.raw(a)}."validTo" IS NULL OR ${Prisma.raw(a)}."validTo" >= ${today}::date)`;
  const cadre = actor.role === "UNIT_CADRE";
  const prefix = `${unit.path.replace(/[\\%_]/g, "\\$&")}%`;
  const own = cadre ? Prisma.sql`AND u.id = ${actor.unitId}` : Prisma.empty;
  const period = (a: string) =>
    Prisma.sql`${Prisma.raw(a)}."campaignId" = ${f.campaign ?? 0} AND ${Prisma.raw(a)}.yr = ${f.year ?? 0}
      AND ${Prisma.raw(a)}.qtr = ${f.year ? (f.quarter ?? 0) : 0} AND ${Prisma.raw(a)}.registered > 0`;
  return Prisma.sql`
    WITH kids AS (
      SELECT k.id, k.name, k.level::text AS level FROM "Unit" k
      WHERE k."parentId" = ${unit.id} AND ${current("k")} AND ${!cadre}
    )
    SELECT json_build_object(
      'rows', (SELECT coalesce(json_agg(r), '[]'::json) FROM (${summaryRowsSql(source, f.campaign)}) r),
      'fields', (SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x."sortOrder", x.id), '[]'::json) FROM "Field" x),
      'children', (SELECT coalesce(json_agg(json_build_object('id', k.id, 'name', k.name, 'level', k.level,
          -- Answers for closed committees merged into it: its summed "reviewed" is then not listed (scope.ts).
          'merged', EXISTS (SELECT 1 FROM "Unit" x WHERE x.id <> k.id AND ${answersForSql("x", "k")}),
          'counts', (SELECT json_build_object('registered', sum(s.registered), 'recognized', sum(s.recognized),
              'typical', sum(s.typical), 'awaiting', sum(s.awaiting), 'notRecognized', sum(s."notRecognized"))
            FROM "DashSummary" s WHERE s."scopeId" = k.id ${periodSql(f, "s")} HAVING count(*) > 0),
          'committee', (SELECT json_build_object('pending', sum(c.pending), 'heldReviewed', sum(c."heldReviewed"),
              'movedOn', sum(c."movedOn"), 'proposed', sum(c.proposed), 'recognizedAbove', sum(c."recognizedAbove"))
            FROM "DashCommittee" c WHERE c."unitId" IN (SELECT x.id FROM "Unit" x WHERE ${answersForSql("x", "k")})
              ${periodSql(f, "c")} HAVING count(*) > 0))), '[]'::json)
        FROM kids k),
      'coverage', json_build_object(
        'grassroots', (SELECT count(*) FROM "Unit" u WHERE u.path LIKE ${prefix} AND u.level = 'GRASSROOTS' AND ${current("u")}),
        -- Today's cells with a model in the period: owned by the cell itself, or by a closed cell whose lineage
        -- holds it (merged into it: imported history is often owned by cells merged since; answersForSql's
        -- rule, written as a set of ids so that open owners, nearly all of them, cost no lineage walk).
        'withModel', (SELECT count(*) FROM "Unit" u
          WHERE u.path LIKE ${prefix} AND u.level = 'GRASSROOTS' AND ${current("u")} ${own}
            AND u.id IN (
              SELECT p."unitId" FROM "DashUnitPeriod" p WHERE ${period("p")}
              UNION ALL
              SELECT l.id FROM "DashUnitPeriod" p
                JOIN "Unit" x ON x.id = p."unitId" AND x."validTo" IS NOT NULL AND x.level = 'GRASSROOTS'
                CROSS JOIN LATERAL unnest(x.lineage) AS l(id)
              WHERE ${period("p")}))),
      'trail', (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name)), '[]'::json)
        FROM "Unit" t WHERE t.id = ANY (${trailIds}::int[])),
      'campaign', (SELECT json_build_object('startYear', extract(year FROM g."startDate")::int, 'endYear', extract(year FROM g."endDate")::int)
        FROM "Campaign" g WHERE g.id = ${f.campaign ?? 0}),
      -- The first year with a registered model, any campaign: where the year select starts without a campaign.
      'firstYear', (SELECT min(y.yr) FROM (${summaryRowsSql(source, undefined)}) y WHERE y.yr > 0 AND y.registered > 0)
    ) AS d`;
}

/**
 * Everything the dashboard reads, in one statement (ADR 0053, 0057): the summary rows of the source, the
 * fields, the units below with their ranked counts and committee progress (DashSummary of each unit's
 * scope, DashCommittee), the grassroots coverage (a join of today's grassroots units with DashUnitPeriod:
 * one row per unit and period key, bounded by the number of units), the drill-down trail and the
 * campaign's span. A few hundred summary rows whatever the number of models.
 *
 * `figures` turns the data into what the page shows; its result is what is cached per snapshot, for the
 * filter `f` (so the mapping and sums run once per snapshot, not once per request).
 */
export async function dashboardData<T>(
  actor: Actor,
  unit: Pick<Unit, "id" | "path">,
  source: SummarySource,
  f: DashboardFilter,
  trailIds: number[],
  now: Date,
  figures: (data: DashboardData) => T,
): Promise<T> {
  return readCached(dashboardSql(actor, unit, source, f, trailIds, now), JSON.stringify(f), (d) =>
    figures(toDashboardData(d, trailIds)),
  );
}

function toDashboardData(answer: Record<string, unknown>, trailIds: number[]): DashboardData {
  const d = answer as {
    rows: Record<string, unknown>[];
    fields: { id: number; name: string }[];
    children: {
      id: number;
      name: string;
      level: UnitLevel;
      counts: Record<string, unknown> | null;
      committee: Record<string, unknown> | null;
      merged: boolean;
    }[];
    coverage: { grassroots: number; withModel: number };
    trail: { id: number; name: string }[];
    campaign: { startYear: number; endYear: number } | null;
    firstYear: number | null;
  };
  const nums = <T>(o: Record<string, unknown> | null): T | null =>
    o ? (Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v ?? 0)])) as T) : null;
  return {
    rows: d.rows.map(toSummaryRow),
    fields: d.fields.map((x) => ({ ...x })),
    children: d.children.map((c) => ({
      id: c.id,
      name: c.name,
      level: c.level,
      counts: nums<ScopeCounts>(c.counts),
      committee: nums<CommitteeCounts>(c.committee),
      merged: Boolean(c.merged),
    })),
    coverage: { grassroots: Number(d.coverage.grassroots), withModel: Number(d.coverage.withModel) },
    trail: trailIds
      .map((id) => d.trail.find((t) => t.id === id))
      .filter((t): t is { id: number; name: string } => !!t)
      .map((t) => ({ ...t })),
    campaign: d.campaign && { ...d.campaign },
    firstYear: d.firstYear === null ? null : Number(d.firstYear),
  };
}
