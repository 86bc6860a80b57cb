import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";
import type { ModelKind } from "@/lib/generated/prisma/enums";
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

/**
 * The summary of a source for a campaign (or all), per quarter of first submission, field and kind: a
 * few hundred rows at most whatever the number of models. The caller picks the period's rows (the trend
 * needs every quarter of the campaign).
 */
export async function summaryRows(source: SummarySource, campaign: number | undefined): Promise<SummaryRow[]> {
  const rows =
    "scope" in source
      ? await prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
          SELECT r.yr, r.qtr, r."fieldId", r.kind::text AS kind, ${sums}
          FROM "DashSummary" r
          WHERE r."scopeId" = ${source.scope} ${campaign ? Prisma.sql`AND r."campaignId" = ${campaign}` : Prisma.empty}
          GROUP BY 1, 2, 3, 4`)
      : await prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
          SELECT r.yr, r.qtr, r."fieldId", r.kind::text AS kind, ${sums}
          FROM "DashFact" f, dash_rows(f, 1, ARRAY[0]) r
          WHERE f."ownerUnitId" = ${source.owner} ${campaign ? Prisma.sql`AND f."campaignId" = ${campaign}` : Prisma.empty}
          GROUP BY 1, 2, 3, 4`);
  return rows.map((r) => {
    const out: Record<string, unknown> = { yr: r.yr, qtr: r.qtr, fieldId: r.fieldId, kind: r.kind };
    for (const m of INT_MEASURES) out[m] = Number(r[m]);
    for (const m of DECIMAL_MEASURES) out[m] = new Prisma.Decimal(String(r[m] ?? "0"));
    return out as SummaryRow;
  });
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
  scopeId: number;
  registered: number;
  recognized: number;
  typical: number;
  awaiting: number;
  notRecognized: number;
};

/** The ranked table's counts of several units (each its own scope) in one query. */
export async function scopeCounts(scopes: number[], f: DashboardFilter): Promise<Map<number, ScopeCounts>> {
  if (scopes.length === 0) return new Map();
  const rows = await prisma.$queryRaw<ScopeCounts[]>(Prisma.sql`
    SELECT s."scopeId", sum(s.registered)::float8 AS registered, sum(s.recognized)::float8 AS recognized,
      sum(s.typical)::float8 AS typical, sum(s.awaiting)::float8 AS awaiting, sum(s."notRecognized")::float8 AS "notRecognized"
    FROM "DashSummary" s
    WHERE s."scopeId" = ANY (${scopes}::int[]) ${periodSql(f, "s")}
    GROUP BY 1`);
  return new Map(rows.map((r) => [r.scopeId, r]));
}

export type CommitteeCounts = {
  unitId: number;
  pending: number;
  heldReviewed: number;
  movedOn: number;
  proposed: number;
  recognizedAbove: number;
};

/** Review progress counts of committees (DashCommittee), for a period. */
export async function committeeCounts(
  units: number[],
  f: Pick<DashboardFilter, "campaign" | "year" | "quarter">,
): Promise<Map<number, CommitteeCounts>> {
  if (units.length === 0) return new Map();
  const rows = await prisma.$queryRaw<CommitteeCounts[]>(Prisma.sql`
    SELECT c."unitId", sum(c.pending)::float8 AS pending, sum(c."heldReviewed")::float8 AS "heldReviewed",
      sum(c."movedOn")::float8 AS "movedOn", sum(c.proposed)::float8 AS proposed,
      sum(c."recognizedAbove")::float8 AS "recognizedAbove"
    FROM "DashCommittee" c
    WHERE c."unitId" = ANY (${units}::int[]) ${periodSql(f, "c")}
    GROUP BY 1`);
  return new Map(rows.map((r) => [r.unitId, r]));
}

/**
 * Grassroots units of today's tree under a unit, and how many own at least one registered model of the
 * period (DashUnitPeriod: one row per unit and period key). Bounded by the number of units.
 */
export async function coverageCounts(
  actor: Actor,
  unit: Pick<Unit, "path">,
  f: DashboardFilter,
  now: Date,
): Promise<{ grassroots: number; withModel: number }> {
  // As currentUnitWhere: validFrom and validTo are dates, compared with today's date in UTC.
  const today = now.toISOString().slice(0, 10);
  const prefix = `${unit.path.replace(/[\\%_]/g, "\\$&")}%`;
  const own = actor.role === "UNIT_CADRE" ? Prisma.sql`AND u.id = ${actor.unitId}` : Prisma.empty;
  const [row] = await prisma.$queryRaw<{ grassroots: number; withModel: number }[]>(Prisma.sql`
    SELECT count(*)::float8 AS grassroots,
      count(*) FILTER (WHERE ${Prisma.raw("true")} ${own} AND EXISTS (
        SELECT 1 FROM "DashUnitPeriod" p
        WHERE p."campaignId" = ${f.campaign ?? 0} AND p.yr = ${f.year ?? 0} AND p.qtr = ${f.year ? (f.quarter ?? 0) : 0}
          AND p."unitId" = u.id AND p.registered > 0))::float8 AS "withModel"
    FROM "Unit" u
    WHERE u.path LIKE ${prefix} AND u.level = 'GRASSROOTS' AND u."validFrom" <= ${today}::date
      AND (u."validTo" IS NULL OR u."validTo" >= ${today}::date)`);
  return { grassroots: Number(row?.grassroots ?? 0), withModel: Number(row?.withModel ?? 0) };
}
