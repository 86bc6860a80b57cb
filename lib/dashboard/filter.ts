/**
 * The filters a dashboard figure and the list behind it share. One definition of every figure as a
 * Prisma where-fragment: the dashboard counts with it and the model list (/mo-hinh) filters with it, so
 * the card and the list cannot disagree (lib/dashboard/figure-list.test.ts checks it on random filters).
 *
 * URL keys (a figure link reproduces the view): campaign, year, quarter, unit (drill-down unit),
 * fig (which figure, FIGURES or a committee's COMMITTEE_FIGURES), level (the level of a by-level figure), kind, field, reglevel.
 */
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { registeredWhere } from "@/lib/models/registered";
import { AWAITING_DECISION_STATES, COMMITTEE_LEVELS, MODEL_KINDS, UNIT_LEVELS } from "@/lib/workflow/state-machine";

export const FIGURES = [
  "registered",
  "recognized",
  "typical",
  "not-recognized",
  "awaiting",
  "needs-revision",
  "withdrawn",
  "replications",
] as const;
export type Figure = (typeof FIGURES)[number];

/**
 * The review progress figures of one committee (/tham-dinh/tien-do), `unit` being the committee: the
 * models it holds and has to decide on (pending), the models it decided on, held or since proposed upward
 * (reviewed), and both (received). The same definition as the committee summaries (DashCommittee,
 * dash_committee_rows) for a committee that answers for no merged committee; lib/dashboard/scope.ts
 * committeeFigureWhere.
 */
export const COMMITTEE_FIGURES = ["committee-pending", "committee-reviewed", "committee-received"] as const;
export type CommitteeFigure = (typeof COMMITTEE_FIGURES)[number];

export function isCommitteeFigure(fig: string | undefined): fig is CommitteeFigure {
  return (COMMITTEE_FIGURES as readonly (string | undefined)[]).includes(fig);
}

export const LEVELS = UNIT_LEVELS;

const emptyToUndefined = (v: unknown) => (v === "" || v == null ? undefined : v);
const optInt = (min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).optional());

export const DashboardFilterInput = z
  .object({
    campaign: optInt(1, 2_147_483_647),
    year: optInt(2000, 2100),
    quarter: optInt(1, 4),
    unit: optInt(1, 2_147_483_647),
    fig: z.preprocess(emptyToUndefined, z.enum([...FIGURES, ...COMMITTEE_FIGURES]).optional()),
    level: z.preprocess(emptyToUndefined, z.enum(LEVELS).optional()),
    reglevel: z.preprocess(emptyToUndefined, z.enum(COMMITTEE_LEVELS).optional()),
    kind: z.preprocess(emptyToUndefined, z.enum(MODEL_KINDS).optional()),
    field: optInt(1, 2_147_483_647),
  })
  .refine((f) => f.quarter === undefined || f.year !== undefined, {
    message: "Chọn năm trước khi chọn quý.",
    path: ["quarter"],
  });
export type DashboardFilter = z.output<typeof DashboardFilterInput>;

/** Keys of the period and unit (what the dashboard page itself is filtered by). */
export const VIEW_KEYS = ["campaign", "year", "quarter", "unit"] as const;

/** Reads the filter from URL search params; invalid values are dropped rather than failing the page. */
export function parseDashboardFilter(params: Record<string, string | string[] | undefined>): DashboardFilter {
  const raw: Record<string, string | undefined> = {};
  for (const key of ["campaign", "year", "quarter", "unit", "fig", "level", "reglevel", "kind", "field"]) {
    const v = params[key];
    raw[key] = Array.isArray(v) ? v[0] : v;
  }
  const parsed = DashboardFilterInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep the valid keys: an old bookmark with one bad value still shows the rest of the view.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const one = DashboardFilterInput.safeParse({ [key]: value });
    if (one.success && value !== undefined) out[key] = (one.data as Record<string, unknown>)[key];
  }
  if (out.quarter !== undefined && out.year === undefined) delete out.quarter;
  return out as DashboardFilter;
}

/** True when the params carry any dashboard filter (the model list then shows "filtered from the dashboard"). */
export function hasDashboardFilter(f: DashboardFilter): boolean {
  return Object.values(f).some((v) => v !== undefined);
}

/** [start, end) in UTC of a year or a quarter, in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function periodRange(year: number, quarter?: number): { gte: Date; lt: Date } {
  const startMonth = quarter ? (quarter - 1) * 3 : 0;
  const months = quarter ? 3 : 12;
  const offsetMs = 7 * 3_600_000;
  return {
    gte: new Date(Date.UTC(year, startMonth, 1) - offsetMs),
    lt: new Date(Date.UTC(year, startMonth + months, 1) - offsetMs),
  };
}

/** The period part: campaign and the year/quarter of registration (first submission). */
export function periodWhere(f: Pick<DashboardFilter, "campaign" | "year" | "quarter">): Prisma.ModelWhereInput[] {
  const and: Prisma.ModelWhereInput[] = [];
  if (f.campaign) and.push({ campaignId: f.campaign });
  if (f.year) and.push({ submittedAt: periodRange(f.year, f.quarter) });
  return and;
}

const registeredOnly = registeredWhere;

/** The figure part. By-level figures count a model at every level that recognized (or designated) it. */
export function figureWhere(fig: Figure | undefined, level?: UnitLevel): Prisma.ModelWhereInput[] {
  switch (fig) {
    case undefined:
      return [];
    case "registered":
      return [registeredOnly];
    case "recognized":
      return [registeredOnly, level ? { recognitions: { some: { level } } } : { recognizedLevel: { not: null } }];
    case "typical":
      return [registeredOnly, level ? { typicals: { some: { level } } } : { typicalLevel: { not: null } }];
    case "not-recognized":
      return [{ state: "NOT_RECOGNIZED" }];
    case "awaiting":
      return [{ state: { in: [...AWAITING_DECISION_STATES] } }];
    case "needs-revision":
      return [{ state: "NEEDS_REVISION" }];
    case "withdrawn":
      return [{ state: "WITHDRAWN" }];
    case "replications":
      return [registeredOnly, { replicatedFromId: { not: null } }];
  }
}

/** Breakdown part: kind, field, registration level. */
export function breakdownWhere(f: Pick<DashboardFilter, "kind" | "field" | "reglevel">): Prisma.ModelWhereInput[] {
  const and: Prisma.ModelWhereInput[] = [];
  if (f.kind) and.push({ kind: f.kind });
  if (f.field) and.push({ fieldId: f.field });
  if (f.reglevel) and.push({ registeredLevel: f.reglevel });
  return and;
}

export { filterQuery } from "./filter-query";
