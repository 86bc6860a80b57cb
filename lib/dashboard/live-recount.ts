/**
 * Test reference (ADR 0053): the dashboard figures and review progress counted live from the tables, as
 * getDashboard and reviewProgress did before the summaries (ADR 0035: the where-fragments of ./filter.ts,
 * the ones the model list filters by). The property test lib/dashboard/summaries.test.ts checks that
 * the summary-based figures equal these after random sequences of steps. Not used by the application.
 */
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import { Prisma, type Unit } from "@/lib/generated/prisma/client";
import type { ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { can, modelScopeWhere } from "@/lib/permissions";
import { isCurrent } from "@/lib/org/eras";
import type { ReviewProgress, CommitteeProgress } from "@/lib/review/review-progress";
import { fail, forbidden, notFound, zodFieldErrors, type Result } from "@/lib/result";
import { DASHBOARD_MESSAGES } from "./messages";
import { registeredWhere as registered } from "@/lib/models/registered";
import {
  AWAITING_DECISION_STATES,
  COMMITTEE_LEVELS_TOP_FIRST,
  type CommitteeLevel,
} from "@/lib/workflow/state-machine";
import { DashboardFilterInput, periodRange, periodWhere, type DashboardFilter } from "./filter";
import { canViewDashboard, resolveDashboardUnit, unitModelsWhere } from "./scope";
import type { CommitteeProgressReport, CommitteeRow } from "./committee-progress";
import type { Counts, Dashboard, UnitRow } from "./get-dashboard";
import { compareVi } from "@/lib/format";

const MAX_TREND_YEARS = 10;

/** Today's tree: units valid now (validTo null or not yet past). */
function currentUnitWhere(now: Date): Prisma.UnitWhereInput {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
}

type StateGroup = {
  state: string;
  kind: ModelKind;
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
  _count: { _all: number };
};

function countsOf(
  groups: Pick<StateGroup, "state" | "kind" | "recognizedLevel" | "typicalLevel" | "_count">[],
): Counts {
  const c: Counts = {
    registered: 0,
    collective: 0,
    individual: 0,
    recognized: 0,
    typical: 0,
    notRecognized: 0,
    awaiting: 0,
    needsRevision: 0,
    withdrawn: 0,
  };
  for (const g of groups) {
    const n = g._count._all;
    if (g.state === "WITHDRAWN") c.withdrawn += n;
    if (g.state === "DRAFT" || g.state === "WITHDRAWN") continue;
    c.registered += n;
    if (g.kind === "COLLECTIVE") c.collective += n;
    else c.individual += n;
    if (g.recognizedLevel) c.recognized += n;
    if (g.typicalLevel) c.typical += n;
    if (g.state === "NOT_RECOGNIZED") c.notRecognized += n;
    if (g.state === "NEEDS_REVISION") c.needsRevision += n;
    if ((AWAITING_DECISION_STATES as readonly string[]).includes(g.state)) c.awaiting += n;
  }
  return c;
}

/** Years to show in the trend: the campaign's span, the chosen year, or the span of first submissions. */
async function trendYears(f: DashboardFilter, base: Prisma.ModelWhereInput): Promise<number[]> {
  if (f.year) return [f.year];
  let from: number | undefined;
  let to: number | undefined;
  if (f.campaign) {
    const c = await prisma.campaign.findUnique({
      where: { id: f.campaign },
      select: { startDate: true, endDate: true },
    });
    if (c) [from, to] = [c.startDate.getUTCFullYear(), c.endDate.getUTCFullYear()];
  }
  if (from === undefined || to === undefined) {
    const span = await prisma.model.aggregate({
      where: base,
      _min: { submittedAt: true },
      _max: { submittedAt: true },
    });
    if (!span._min.submittedAt || !span._max.submittedAt) return [];
    // +7 h: the year in Vietnam time, as periodRange counts it.
    const vn = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).getUTCFullYear();
    [from, to] = [vn(span._min.submittedAt), vn(span._max.submittedAt)];
  }
  const years: number[] = [];
  for (let y = Math.max(from, to - MAX_TREND_YEARS + 1); y <= to; y++) years.push(y);
  return years;
}

async function unitTrail(actor: Actor, unit: Unit): Promise<{ id: number; name: string }[]> {
  const ids = unit.path.split("/").filter(Boolean).map(Number);
  const start = ids.indexOf(actor.unitId);
  const wanted = start >= 0 ? ids.slice(start) : [unit.id];
  const rows = await prisma.unit.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return wanted.map((id) => rows.find((r) => r.id === id)).filter((r): r is { id: number; name: string } => !!r);
}

/**
 * The movement figures of one unit (the actor's own, or one below it in today's tree) for a campaign
 * and/or a year or quarter of registration. Every figure is counted with the where-fragments of
 * ./filter.ts, the same ones the model list filters by.
 */
export async function liveDashboard(actor: Actor, input: unknown): Promise<Result<{ dashboard: Dashboard }>> {
  if (!canViewDashboard(actor)) return forbidden();
  const parsed = DashboardFilterInput.safeParse(input ?? {});
  if (!parsed.success) return fail("invalid", DASHBOARD_MESSAGES.invalidFilter, zodFieldErrors(parsed.error));
  const f = parsed.data;
  const unit = await resolveDashboardUnit(actor, f.unit);
  if (!unit) return notFound(DASHBOARD_MESSAGES.unitNotFound);

  const now = new Date();
  const base: Prisma.ModelWhereInput = { AND: [...unitModelsWhere(actor, unit), ...periodWhere(f)] };
  const reg: Prisma.ModelWhereInput = { AND: [base, registered] };
  // The trend's quarters carry their own dates: only the campaign of the view applies.
  const trendBase: Prisma.ModelWhereInput = {
    AND: [...unitModelsWhere(actor, unit), ...periodWhere({ campaign: f.campaign }), registered],
  };

  const childUnits =
    actor.role === "UNIT_CADRE"
      ? []
      : await prisma.unit.findMany({
          where: { AND: [{ parentId: unit.id }, currentUnitWhere(now)] },
          select: { id: true, name: true, level: true, path: true, lineage: true },
        });

  const [groups, fieldGroups, regLevelGroups, recognizedBy, typicalBy, replications, honorees, results, fields, years] =
    await Promise.all([
      prisma.model.groupBy({
        by: ["state", "kind", "recognizedLevel", "typicalLevel"],
        where: base,
        _count: { _all: true },
      }),
      prisma.model.groupBy({ by: ["fieldId", "kind"], where: reg, _count: { _all: true } }),
      prisma.model.groupBy({
        by: ["registeredLevel", "recognizedLevel", "typicalLevel"],
        where: reg,
        _count: { _all: true },
      }),
      Promise.all(
        COMMITTEE_LEVELS_TOP_FIRST.map((level) =>
          prisma.model.count({ where: { AND: [reg, { recognitions: { some: { level } } }] } }),
        ),
      ),
      Promise.all(
        COMMITTEE_LEVELS_TOP_FIRST.map((level) =>
          prisma.model.count({ where: { AND: [reg, { typicals: { some: { level } } }] } }),
        ),
      ),
      prisma.model.count({ where: { AND: [reg, { replicatedFromId: { not: null } }] } }),
      // Honorees, not honoree lines: a model in two issued decisions counts once.
      prisma.model.groupBy({
        by: ["kind"],
        where: { AND: [reg, { honorees: { some: { decision: { status: "ISSUED" } } } }] },
        _count: { _all: true },
      }),
      prisma.progressReport.aggregate({
        where: { model: reg },
        _count: { _all: true },
        _sum: { moneyVnd: true, landM2: true, roadKm: true, workdays: true, households: true },
      }),
      prisma.field.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
      trendYears(f, trendBase),
    ]);
  // The year select's start: the first submission of a registered model, any campaign, in Vietnam time.
  const first = await prisma.model.aggregate({
    where: { AND: [...unitModelsWhere(actor, unit), registered] },
    _min: { submittedAt: true },
  });
  const firstAt = first._min.submittedAt;

  const quarters = years.flatMap((year) => [1, 2, 3, 4].map((quarter) => ({ year, quarter })));
  // A cell of today's tree is covered by the models of the closed cells merged into it, too.
  const mergedCellHeirs = (
    await prisma.unit.findMany({
      where: { validTo: { not: null }, level: "GRASSROOTS", ownedModels: { some: reg } },
      select: { lineage: true },
    })
  ).flatMap((x) => x.lineage);
  const [trendCounts, childCounts, progress, coverage] = await Promise.all([
    Promise.all(
      quarters.map(({ year, quarter }) =>
        prisma.model.count({ where: { AND: [trendBase, { submittedAt: periodRange(year, quarter) }] } }),
      ),
    ),
    Promise.all(
      childUnits.map((child) =>
        prisma.model.groupBy({
          by: ["state", "kind", "recognizedLevel", "typicalLevel"],
          where: { AND: [...unitModelsWhere(actor, child), ...periodWhere(f)] },
          _count: { _all: true },
        }),
      ),
    ),
    liveCommitteeProgress(
      actor,
      childUnits.filter((u) => u.level === "COMMUNE" || u.level === "DISTRICT"),
      f,
    ),
    Promise.all([
      prisma.unit.count({
        where: { AND: [{ path: { startsWith: unit.path } }, { level: "GRASSROOTS" }, currentUnitWhere(now)] },
      }),
      prisma.unit.count({
        where: {
          AND: [
            { path: { startsWith: unit.path } },
            { level: "GRASSROOTS" },
            currentUnitWhere(now),
            { OR: [{ ownedModels: { some: reg } }, { id: { in: mergedCellHeirs } }] },
          ],
        },
      }),
    ]),
  ]);

  const cards = { ...countsOf(groups), replications };
  const byLevel = (counts: number[]) =>
    Object.fromEntries(COMMITTEE_LEVELS_TOP_FIRST.map((l, i) => [l, counts[i]])) as Record<CommitteeLevel, number>;

  const byField = fields
    .map((fld) => {
      const rows = fieldGroups.filter((g) => g.fieldId === fld.id);
      const n = (k?: ModelKind) => rows.filter((g) => !k || g.kind === k).reduce((s, g) => s + g._count._all, 0);
      return { id: fld.id, name: fld.name, registered: n(), collective: n("COLLECTIVE"), individual: n("INDIVIDUAL") };
    })
    .filter((r) => r.registered > 0);

  const byRegistrationLevel = COMMITTEE_LEVELS_TOP_FIRST.map((level) => {
    const rows = regLevelGroups.filter((g) => g.registeredLevel === level);
    const sum = (pred: (g: (typeof rows)[number]) => boolean) =>
      rows.filter(pred).reduce((s, g) => s + g._count._all, 0);
    return {
      level,
      registered: sum(() => true),
      recognized: sum((g) => !!g.recognizedLevel),
      typical: sum((g) => !!g.typicalLevel),
    };
  }).filter((r) => r.registered > 0);

  const children: UnitRow[] = childUnits.map((child, i) => {
    const c = countsOf(childCounts[i]);
    return {
      id: child.id,
      name: child.name,
      level: child.level,
      registered: c.registered,
      recognized: c.recognized,
      typical: c.typical,
      awaiting: c.awaiting,
      notRecognized: c.notRecognized,
    };
  });
  children.sort((a, b) => b.registered - a.registered || compareVi(a.name, b.name));

  const sum = results._sum;
  return {
    ok: true,
    dashboard: {
      unit: { id: unit.id, name: unit.name, level: unit.level },
      trail: await unitTrail(actor, unit),
      filter: f,
      cards,
      recognizedByLevel: byLevel(recognizedBy),
      typicalByLevel: byLevel(typicalBy),
      byRegistrationLevel,
      byField,
      trend: quarters.map((q, i) => ({ ...q, registered: trendCounts[i] })),
      honorees: {
        collective: honorees.find((h) => h.kind === "COLLECTIVE")?._count._all ?? 0,
        individual: honorees.find((h) => h.kind === "INDIVIDUAL")?._count._all ?? 0,
      },
      results: {
        reports: results._count._all,
        moneyVnd: (sum.moneyVnd ?? BigInt(0)).toString(),
        landM2: sum.landM2?.toString() ?? "0",
        roadKm: sum.roadKm?.toString() ?? "0",
        workdays: sum.workdays ?? 0,
        households: sum.households ?? 0,
      },
      children,
      progress,
      coverage: { grassroots: coverage[0], withModel: coverage[1] },
      firstYear: firstAt ? new Date(firstAt.getTime() + 7 * 3_600_000).getUTCFullYear() : null,
      generatedAt: now,
    },
  };
}

/** Per unit, the units it answers for: itself and the closed units of its level merged into it (answersForSql). */
async function answeringFor(units: { id: number; level: UnitLevel }[]): Promise<Map<number, number[]>> {
  const ids = units.map((u) => u.id);
  const closed = await prisma.unit.findMany({
    where: { validTo: { not: null }, lineage: { hasSome: ids } },
    select: { id: true, level: true, lineage: true },
  });
  return new Map(
    units.map((k) => [
      k.id,
      [...new Set([k.id, ...closed.filter((x) => x.level === k.level && x.lineage.includes(k.id)).map((x) => x.id)])],
    ]),
  );
}

const ABOVE: Record<UnitLevel, UnitLevel[]> = {
  GRASSROOTS: ["COMMUNE", "DISTRICT", "PROVINCE"],
  COMMUNE: ["DISTRICT", "PROVINCE"],
  DISTRICT: ["PROVINCE"],
  PROVINCE: [],
};

/**
 * Review progress of the committees directly below a unit, for the dashboard's period. The models are
 * those of the actor's scope in the period, wherever they are owned (after a merger a committee may hold
 * a model owned under an abolished unit).
 */
async function liveCommitteeProgress(
  actor: Actor,
  committees: { id: number; name: string; level: UnitLevel }[],
  f: DashboardFilter,
): Promise<CommitteeProgressReport> {
  const base: Prisma.ModelWhereInput[] = [modelScopeWhere(actor), ...periodWhere(f)];
  if (committees.length === 0) return { committees: [], doneCount: 0, total: 0, proposed: 0, recognizedAbove: 0 };
  const groups = await answeringFor(committees);
  const ids = [...groups.values()].flat();
  const [held, perCommittee] = await Promise.all([
    prisma.model.groupBy({
      by: ["reviewUnitId", "state"],
      where: { AND: [...base, { reviewUnitId: { in: ids } }] },
      _count: { _all: true },
    }),
    Promise.all(
      committees.map((c) =>
        Promise.all(
          groups.get(c.id)!.map((unitId) => {
            const proposedHere: Prisma.ModelWhereInput = {
              events: { some: { action: "PROPOSE", unitId, undoneById: null } },
            };
            return Promise.all([
              prisma.model.count({
                where: { AND: [...base, { recognitions: { some: { unitId } } }, { reviewUnitId: { not: unitId } }] },
              }),
              prisma.model.count({ where: { AND: [...base, proposedHere] } }),
              prisma.model.count({
                where: { AND: [...base, proposedHere, { recognitions: { some: { level: { in: ABOVE[c.level] } } } }] },
              }),
            ]);
          }),
        ).then((per) => per.reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0])),
      ),
    ),
  ]);

  const rows = committees.map((c, i): CommitteeRow => {
    const mine = held.filter((h) => groups.get(c.id)!.includes(h.reviewUnitId));
    const n = (states: readonly string[]) =>
      mine.filter((h) => states.includes(h.state)).reduce((s, h) => s + h._count._all, 0);
    const pending = n(AWAITING_DECISION_STATES);
    const [movedOn, proposed, recognizedAbove] = perCommittee[i];
    const reviewed = n(["RECOGNIZED", "NOT_RECOGNIZED", "NEEDS_REVISION"]) + movedOn;
    return {
      unitId: c.id,
      unitName: c.name,
      level: c.level,
      pending,
      reviewed,
      proposed,
      recognizedAbove,
      done: pending + reviewed > 0 && pending === 0,
      answersForMerged: groups.get(c.id)!.length > 1,
    };
  });
  // Committees still working first (most pending on top), then by name.
  rows.sort((a, b) => Number(a.done) - Number(b.done) || b.pending - a.pending || compareVi(a.unitName, b.unitName));
  return {
    committees: rows,
    doneCount: rows.filter((r) => r.done).length,
    total: rows.length,
    proposed: rows.reduce((s, r) => s + r.proposed, 0),
    recognizedAbove: rows.reduce((s, r) => s + r.recognizedAbove, 0),
  };
}

const DAY_MS = 86_400_000;
const ProgressInput = z.object({
  campaignId: z.preprocess((v) => (v === "" || v == null ? undefined : v), dbId().optional()),
});

/**
 * Review progress of the committees directly below the actor's unit in today's tree (a province sees
 * its communes and district-level units: "13/14 đã thẩm định"), for one campaign or all.
 */
export async function liveReviewProgress(
  actor: Actor,
  input: { campaignId?: number | string } = {},
): Promise<ReviewProgress> {
  const empty: ReviewProgress = { committees: [], reviewedCount: 0, total: 0 };
  if (!can(actor, "view:review-progress:subtree")) return empty;
  const parsed = ProgressInput.safeParse(input);
  if (!parsed.success) return empty;
  const { campaignId } = parsed.data;

  const now = new Date();
  const children = (
    await prisma.unit.findMany({
      where: { parentId: actor.unitId, level: { in: ["COMMUNE", "DISTRICT"] } },
      select: { id: true, name: true, level: true, kind: true, validFrom: true, validTo: true },
    })
  ).filter((u) => isCurrent(u, now));
  if (children.length === 0) return empty;
  const groups = await answeringFor(children);
  const ids = [...groups.values()].flat();
  const campaign = campaignId ? Prisma.sql`AND m."campaignId" = ${campaignId}` : Prisma.empty;

  const [held, proposedOn] = await Promise.all([
    prisma.$queryRaw<{ unitId: number; pending: bigint; decided: bigint; oldest: Date | null }[]>(Prisma.sql`
      SELECT m."reviewUnitId" AS "unitId",
             count(*) FILTER (WHERE m.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED')) AS pending,
             count(*) FILTER (WHERE m.state IN ('RECOGNIZED', 'NOT_RECOGNIZED', 'NEEDS_REVISION')) AS decided,
             min(m."stateChangedAt") FILTER (WHERE m.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED')) AS oldest
      FROM "Model" m
      WHERE m."reviewUnitId" IN (${Prisma.join(ids)}) ${campaign}
      GROUP BY m."reviewUnitId"`),
    // Recognized by the committee and since proposed upward: reviewed here, held elsewhere now.
    prisma.$queryRaw<{ unitId: number; n: bigint }[]>(Prisma.sql`
      SELECT r."unitId" AS "unitId", count(DISTINCT r."modelId") AS n
      FROM "Recognition" r JOIN "Model" m ON m.id = r."modelId"
      WHERE r."unitId" IN (${Prisma.join(ids)}) AND m."reviewUnitId" <> r."unitId" ${campaign}
      GROUP BY r."unitId"`),
  ]);

  const committees = children
    .map((c): CommitteeProgress => {
      const group = groups.get(c.id)!;
      const mine = held.filter((x) => group.includes(x.unitId));
      const oldest = mine.map((x) => x.oldest).filter((d): d is Date => !!d);
      const h = {
        pending: mine.reduce((s, x) => s + Number(x.pending), 0),
        decided: mine.reduce((s, x) => s + Number(x.decided), 0),
        oldest: oldest.length ? new Date(Math.min(...oldest.map((d) => new Date(d).getTime()))) : null,
      };
      const movedOn = proposedOn.filter((x) => group.includes(x.unitId)).reduce((s, x) => s + Number(x.n), 0);
      const pending = h.pending;
      const reviewed = h.decided + movedOn;
      const received = pending + reviewed;
      return {
        unitId: c.id,
        unitName: c.name,
        level: c.level,
        kind: c.kind,
        received,
        reviewed,
        pending,
        oldestPendingDays: h.oldest ? Math.max(0, Math.floor((now.getTime() - h.oldest.getTime()) / DAY_MS)) : null,
        done: received > 0 && pending === 0,
        answersForMerged: group.length > 1,
      };
    })
    // Latest first: the committee with the oldest waiting model on top, then the others by name.
    .sort((a, b) => (b.oldestPendingDays ?? -1) - (a.oldestPendingDays ?? -1) || compareVi(a.unitName, b.unitName));
  return { committees, reviewedCount: committees.filter((c) => c.done).length, total: committees.length };
}
