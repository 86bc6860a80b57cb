import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId, normalizeLine } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelKind, ModelState, UnitLevel } from "@/lib/generated/prisma/enums";
import { searchTextWhere } from "@/lib/db/search";
import { emptyStateCounts, heldCounts, type HeldCounts } from "./held-counts";
import { keysetPage, keysetQuery, parseCursor } from "@/lib/db/keyset";
import { can, unitSubtreeWhere } from "@/lib/permissions";
import { AWAITING_DECISION_STATES, MODEL_KINDS, MODEL_STATES, canTransition } from "@/lib/workflow/state-machine";
import { BULK_REVIEW_ACTIONS, type BulkReviewAction } from "./bulk-actions";

export const REVIEW_QUEUE_PAGE_SIZE = 20;
const DAY_MS = 86_400_000;

export type ReviewQueueItem = {
  id: number;
  code: string;
  title: string;
  kind: ModelKind;
  fieldName: string;
  ownerUnitName: string;
  ownerAddress: string;
  campaignId: number;
  state: ModelState;
  reviewLevel: UnitLevel;
  /** Highest level at which the model is typical (the queue shows it as a badge). */
  typicalLevel: UnitLevel | null;
  submittedAt: Date | null;
  stateChangedAt: Date;
  /** Whole days since the model entered its current state. */
  waitingDays: number;
  version: number;
  /** The bulk steps the state machine allows the committee on this model now (the queue offers only these). */
  bulkActions: BulkReviewAction[];
};

export type ReviewQueue = {
  items: ReviewQueueItem[];
  /** Matching models, exact (summed from countsByState's groups, ADR 0058). */
  total: number;
  /** Always false: kept for the page's "hơn …" wording, which the queue no longer needs. */
  totalCapped: false;
  pageSize: 20;
  /** Cursors of the next and previous pages (`?after=` / `?before=`), null at either end. */
  after: string | null;
  before: string | null;
  /** Models held by the committee per state, with every filter except the state one. */
  countsByState: Record<ModelState, number>;
  /** Scoring criteria of the campaigns of the models on this page. */
  criteriaByCampaign?: Record<number, { id: number; name: string; maxScore: number }[]>;
};

/** "ACTIONABLE" (default): what the committee can act on now; "ALL": every state. */
export type QueueStateFilter = ModelState | "ACTIONABLE" | "ALL";

const id = z.preprocess((v) => (v === "" || v == null ? undefined : v), dbId().optional()).catch(undefined);
const QueueInput = z.object({
  q: z.preprocess(
    (v) => (typeof v === "string" ? normalizeLine(v).slice(0, 200) || undefined : undefined),
    z.string().optional(),
  ),
  campaignId: id,
  fieldId: id,
  unitId: id,
  kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(MODEL_KINDS).optional()),
  state: z.preprocess(
    (v) => (v === "" || v == null ? "ACTIONABLE" : v),
    z.enum([...MODEL_STATES, "ACTIONABLE", "ALL"]).catch("ACTIONABLE"),
  ),
  waitingDays: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.coerce.number().int().min(0).max(3650).optional(),
  ),
  after: z.unknown().optional().transform(parseCursor),
  before: z.unknown().optional().transform(parseCursor),
});

export type ReviewQueueInput = {
  q?: string;
  campaignId?: number | string;
  fieldId?: number | string;
  kind?: ModelKind | "";
  unitId?: number | string;
  state?: QueueStateFilter | "";
  waitingDays?: number | string;
  /** Keyset cursors from the URL (lib/db/keyset.ts); malformed ones show the first page. */
  after?: string;
  before?: string;
};

/**
 * Where-fragment of "the committee can act on it now": submitted or proposed to it, under review,
 * or recognized at its level and still open to a typical designation or a proposal upward.
 * (Holding means recognized here: a committee only holds a RECOGNIZED model it recognized itself.)
 */
export function actionableWhere(level: UnitLevel): Prisma.ModelWhereInput {
  return { OR: [{ state: { in: [...AWAITING_DECISION_STATES] } }, recognizedActionableWhere(level)] };
}

/** The recognized part of actionableWhere: recognized at the committee's level, still open to it. */
function recognizedActionableWhere(level: UnitLevel): Prisma.ModelWhereInput {
  return level === "PROVINCE"
    ? { state: "RECOGNIZED", recognizedLevel: level, OR: [{ typicalLevel: null }, { typicalLevel: { not: level } }] }
    : { state: "RECOGNIZED", recognizedLevel: level };
}

/**
 * The one holding-committee rule: models registered with or proposed to the actor's committee
 * (Model.reviewUnitId), received (a draft carries the committee it will go to but is not received yet).
 * The review queue and the home card both count from it.
 */
export function heldByCommitteeWhere(actor: Pick<Actor, "unitId">): Prisma.ModelWhereInput {
  return { reviewUnitId: actor.unitId, state: { not: "DRAFT" } };
}

/**
 * The review queue of the actor's committee: models registered with or proposed to it
 * (Model.reviewUnitId = actor.unitId), filtered, searched without diacritics (searchTextWhere), oldest
 * waiting first, paged by keyset.
 * Anyone who does not review gets an empty queue.
 */
export async function listReviewQueue(actor: Actor, input: ReviewQueueInput = {}): Promise<ReviewQueue> {
  const empty: ReviewQueue = {
    items: [],
    total: 0,
    totalCapped: false,
    pageSize: REVIEW_QUEUE_PAGE_SIZE,
    after: null,
    before: null,
    countsByState: emptyStateCounts(),
  };
  if (!can(actor, "review:model:subtree")) return empty;
  const parsed = QueueInput.safeParse(input);
  if (!parsed.success) return empty;
  const f = parsed.data;

  const base: Prisma.ModelWhereInput[] = [heldByCommitteeWhere(actor)];
  if (f.campaignId) base.push({ campaignId: f.campaignId });
  if (f.fieldId) base.push({ fieldId: f.fieldId });
  if (f.kind) base.push({ kind: f.kind });
  if (f.unitId) {
    const unit = await prisma.unit.findFirst({
      where: { id: f.unitId, ...unitSubtreeWhere(actor) },
      select: { path: true },
    });
    // A unit outside the actor's subtree matches nothing rather than widening the view.
    base.push(unit ? { ownerUnit: { path: { startsWith: unit.path } } } : { id: -1 });
  }
  if (f.waitingDays !== undefined)
    base.push({ stateChangedAt: { lte: new Date(Date.now() - f.waitingDays * DAY_MS) } });
  const search = searchTextWhere(f.q);
  if (search) base.push(search);

  const level = actor.unitLevel;
  const stateWhere: Prisma.ModelWhereInput =
    f.state === "ALL" ? {} : f.state === "ACTIONABLE" ? actionableWhere(level) : { state: f.state };
  const where: Prisma.ModelWhereInput = { AND: [...base, stateWhere] };
  // Longest waiting first, by keyset on the (reviewUnitId, stateChangedAt, id) index.
  const page = keysetQuery("stateChangedAt", "asc", { after: f.after, before: f.before }, REVIEW_QUEUE_PAGE_SIZE);

  // The chips and the exact total come from one count per state over the committee's held models and, for
  // the default view, the recognized models still open to it; no separate count of the rows (ADR 0058).
  // Without any other filter the counts come from the QueueCount summary (ADR 0063): constant per committee.
  const unfiltered = base.length === 1;
  const counts: Promise<HeldCounts> = unfiltered
    ? heldCounts(actor.unitId, level)
    : Promise.all([
        prisma.model.groupBy({ by: ["state"], where: { AND: base }, _count: { _all: true } }),
        f.state === "ACTIONABLE"
          ? prisma.model.count({ where: { AND: [...base, recognizedActionableWhere(level)] } })
          : Promise.resolve(0),
      ]).then(([groups, recognizedOpen]) => {
        const byState = emptyStateCounts();
        for (const g of groups) byState[g.state] = g._count._all;
        return { byState, recognizedOpen };
      });
  const [{ byState: countsByState, recognizedOpen }, fetched] = await Promise.all([
    counts,
    prisma.model.findMany({
      where: page.where ? { AND: [where, page.where] } : where,
      orderBy: page.orderBy,
      take: page.take,
      select: {
        id: true,
        code: true,
        title: true,
        kind: true,
        field: { select: { name: true } },
        ownerUnitName: true,
        ownerAddress: true,
        campaignId: true,
        state: true,
        reviewLevel: true,
        recognizedLevel: true,
        typicalLevel: true,
        submittedAt: true,
        stateChangedAt: true,
        version: true,
      },
    }),
  ]);
  const total =
    f.state === "ALL"
      ? MODEL_STATES.reduce((n, st) => n + countsByState[st], 0)
      : f.state === "ACTIONABLE"
        ? AWAITING_DECISION_STATES.reduce((n, st) => n + countsByState[st], recognizedOpen)
        : countsByState[f.state];
  const { rows, after, before } = keysetPage(fetched, page, (r) => r.stateChangedAt, Boolean(f.after ?? f.before));
  const now = Date.now();
  // The scoring criteria of the campaigns on this page (a bulk recognition asks for them).
  const campaignIds = [...new Set(rows.map((r) => r.campaignId))];
  const criteria = campaignIds.length
    ? await prisma.criterion.findMany({
        where: { campaignId: { in: campaignIds } },
        select: { id: true, campaignId: true, name: true, maxScore: true },
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      })
    : [];
  return {
    criteriaByCampaign: Object.fromEntries(
      campaignIds.map((c) => [
        c,
        criteria.filter((x) => x.campaignId === c).map(({ id, name, maxScore }) => ({ id, name, maxScore })),
      ]),
    ),
    items: rows.map(({ field, recognizedLevel, ...m }) => ({
      ...m,
      fieldName: field.name,
      waitingDays: Math.max(0, Math.floor((now - m.stateChangedAt.getTime()) / DAY_MS)),
      // Every row is held by the actor's committee (heldByCommitteeWhere); a comment is asked by the form.
      bulkActions: BULK_REVIEW_ACTIONS.filter((a) =>
        canTransition(m.state, a, {
          role: actor.role,
          holdingLevel: m.reviewLevel,
          isOwnerUnit: false,
          isHoldingCommittee: true,
          recognizedLevel,
          typicalLevel: m.typicalLevel,
          comment: "…",
        }),
      ),
    })),
    total,
    totalCapped: false,
    pageSize: REVIEW_QUEUE_PAGE_SIZE,
    after,
    before,
    countsByState,
  };
}
