import "server-only";
import type { Actor } from "@/lib/auth/types";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";
import type { ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { fail, forbidden, notFound, zodFieldErrors, type Result } from "@/lib/result";
import { DASHBOARD_MESSAGES } from "./messages";
import type { CommitteeLevel } from "@/lib/workflow/state-machine";
import { DashboardFilterInput, type DashboardFilter } from "./filter";
import { canViewDashboard, resolveDashboardUnit } from "./scope";
import { dashboardData, summarySource, type DashboardData, type SummaryRow } from "./summary";
import { committeeProgress, type CommitteeProgressReport } from "./committee-progress";
import { compareVi } from "@/lib/format";

export type Counts = {
  registered: number;
  collective: number;
  individual: number;
  recognized: number;
  typical: number;
  notRecognized: number;
  awaiting: number;
  needsRevision: number;
  withdrawn: number;
};

export type UnitRow = { id: number; name: string; level: UnitLevel } & Pick<
  Counts,
  "registered" | "recognized" | "typical" | "awaiting" | "notRecognized"
>;

export type Dashboard = {
  unit: { id: number; name: string; level: UnitLevel };
  /** From the actor's unit down to the shown unit (drill-down trail). */
  trail: { id: number; name: string }[];
  filter: DashboardFilter;
  cards: Counts & { replications: number };
  recognizedByLevel: Record<CommitteeLevel, number>;
  typicalByLevel: Record<CommitteeLevel, number>;
  byRegistrationLevel: { level: UnitLevel; registered: number; recognized: number; typical: number }[];
  byField: { id: number; name: string; registered: number; collective: number; individual: number }[];
  /** Registered per quarter of first submission (years are the sums of their quarters). */
  trend: { year: number; quarter: number; registered: number }[];
  honorees: { collective: number; individual: number };
  /** Totals of the progress reports of the counted (registered) models; decimals as strings, money as a string. */
  results: { reports: number; moneyVnd: string; landM2: string; roadKm: string; workdays: number; households: number };
  children: UnitRow[];
  progress: CommitteeProgressReport;
  /** Grassroots units of today's tree under the unit, and how many own at least one registered model. */
  coverage: { grassroots: number; withModel: number };
  /** The first year with a registered model in the unit's figures, any campaign (the year select's start). */
  firstYear: number | null;
  generatedAt: Date;
};

const MAX_TREND_YEARS = 10;

/** Today's tree: units valid now (validTo null or not yet past). */
export function currentUnitWhere(now: Date): Prisma.UnitWhereInput {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
}

const inPeriod = (f: DashboardFilter) => (r: SummaryRow) =>
  (!f.year || r.yr === f.year) && (!f.year || !f.quarter || r.qtr === f.quarter);

function countsOf(rows: SummaryRow[]): Counts {
  const sum = (pick: (r: SummaryRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return {
    registered: sum((r) => r.registered),
    collective: sum((r) => (r.kind === "COLLECTIVE" ? r.registered : 0)),
    individual: sum((r) => (r.kind === "INDIVIDUAL" ? r.registered : 0)),
    recognized: sum((r) => r.recognized),
    typical: sum((r) => r.typical),
    notRecognized: sum((r) => r.notRecognized),
    awaiting: sum((r) => r.awaiting),
    needsRevision: sum((r) => r.needsRevision),
    withdrawn: sum((r) => r.withdrawn),
  };
}

/** Years to show in the trend: the chosen year, the campaign's span, or the span of first submissions. */
function trendYears(
  f: DashboardFilter,
  campaign: { startYear: number; endYear: number } | null,
  rows: SummaryRow[],
): number[] {
  if (f.year) return [f.year];
  let from: number | undefined;
  let to: number | undefined;
  if (f.campaign && campaign) [from, to] = [campaign.startYear, campaign.endYear];
  if (from === undefined || to === undefined) {
    const dated = rows.filter((r) => r.registered > 0 && r.yr > 0).map((r) => r.yr);
    if (dated.length === 0) return [];
    [from, to] = [Math.min(...dated), Math.max(...dated)];
  }
  const years: number[] = [];
  for (let y = Math.max(from, to - MAX_TREND_YEARS + 1); y <= to; y++) years.push(y);
  return years;
}

/** From the actor's unit down to the shown unit (ids along the unit's path). */
function trailIds(actor: Actor, unit: Unit): number[] {
  const ids = unit.path.split("/").filter(Boolean).map(Number);
  const start = ids.indexOf(actor.unitId);
  return start >= 0 ? ids.slice(start) : [unit.id];
}

/**
 * The movement figures of one unit (the actor's own, or one below it in today's tree) for a campaign
 * and/or a year or quarter of registration. Every figure is counted with the where-fragments of
 * ./filter.ts, the same ones the model list filters by.
 */
export async function getDashboard(actor: Actor, input: unknown): Promise<Result<{ dashboard: Dashboard }>> {
  if (!canViewDashboard(actor)) return forbidden();
  const parsed = DashboardFilterInput.safeParse(input ?? {});
  if (!parsed.success) return fail("invalid", DASHBOARD_MESSAGES.invalidFilter, zodFieldErrors(parsed.error));
  const f = parsed.data;
  const unit = await resolveDashboardUnit(actor, f.unit);
  if (!unit) return notFound(DASHBOARD_MESSAGES.unitNotFound);

  const now = new Date();
  // Every figure is a sum over summary rows (ADR 0053), all read in one statement: a few hundred rows,
  // whatever the number of models; the figures are computed once per database snapshot (summary.ts).
  const figures = await dashboardData(actor, unit, summarySource(actor, unit), f, trailIds(actor, unit), now, (d) =>
    figuresOf(d, f),
  );
  return {
    ok: true,
    dashboard: { unit: { id: unit.id, name: unit.name, level: unit.level }, filter: f, ...figures, generatedAt: now },
  };
}

type Figures = Omit<Dashboard, "unit" | "filter" | "generatedAt">;

function figuresOf(data: DashboardData, f: DashboardFilter): Figures {
  const { fields, coverage, trail } = data;
  const all = data.rows;
  const progress = committeeProgress(data.children.filter((u) => u.level === "COMMUNE" || u.level === "DISTRICT"));
  const rows = all.filter(inPeriod(f));
  const sum = (pick: (r: SummaryRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const dec = (pick: (r: SummaryRow) => Prisma.Decimal) =>
    rows.reduce((s, r) => s.plus(pick(r)), new Prisma.Decimal(0)).toString();

  const years = trendYears(f, data.campaign, all);
  const quarters = years.flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })));
  const trend = quarters.map((q) => ({
    ...q,
    // The trend's quarters carry their own dates: only the campaign of the view applies.
    registered: all.filter((r) => r.yr === q.year && r.qtr === q.quarter).reduce((s, r) => s + r.registered, 0),
  }));

  const cards = { ...countsOf(rows), replications: sum((r) => r.replications) };
  const byField = fields
    .map((fld) => {
      const mine = rows.filter((r) => r.fieldId === fld.id);
      const n = (k?: ModelKind) => mine.filter((r) => !k || r.kind === k).reduce((s, r) => s + r.registered, 0);
      return { id: fld.id, name: fld.name, registered: n(), collective: n("COLLECTIVE"), individual: n("INDIVIDUAL") };
    })
    .filter((r) => r.registered > 0);

  const byRegistrationLevel = (
    [
      ["PROVINCE", "regP", "regPRec", "regPTyp"],
      ["DISTRICT", "regD", "regDRec", "regDTyp"],
      ["COMMUNE", "regC", "regCRec", "regCTyp"],
    ] as const
  )
    .map(([level, reg, rec, typ]) => ({
      level,
      registered: sum((r) => r[reg]),
      recognized: sum((r) => r[rec]),
      typical: sum((r) => r[typ]),
    }))
    .filter((r) => r.registered > 0);

  const children: UnitRow[] = data.children.map((child) => {
    const c = child.counts;
    return {
      id: child.id,
      name: child.name,
      level: child.level,
      registered: c?.registered ?? 0,
      recognized: c?.recognized ?? 0,
      typical: c?.typical ?? 0,
      awaiting: c?.awaiting ?? 0,
      notRecognized: c?.notRecognized ?? 0,
    };
  });
  children.sort((a, b) => b.registered - a.registered || compareVi(a.name, b.name));

  return {
    trail,
    cards,
    recognizedByLevel: { PROVINCE: sum((r) => r.recP), DISTRICT: sum((r) => r.recD), COMMUNE: sum((r) => r.recC) },
    typicalByLevel: { PROVINCE: sum((r) => r.typP), DISTRICT: sum((r) => r.typD), COMMUNE: sum((r) => r.typC) },
    byRegistrationLevel,
    byField,
    trend,
    honorees: { collective: sum((r) => r.honC), individual: sum((r) => r.honI) },
    results: {
      reports: sum((r) => r.reports),
      moneyVnd: dec((r) => r.money),
      landM2: dec((r) => r.land),
      roadKm: dec((r) => r.road),
      workdays: sum((r) => r.workdays),
      households: sum((r) => r.households),
    },
    children,
    progress,
    coverage,
    firstYear: data.firstYear,
  };
}
