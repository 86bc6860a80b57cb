import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { pageByRank, rankModelIds, searchTextWhere, searchWords } from "@/lib/db/search";
import { COUNT_CAP, keysetPage, keysetQuery, parseCursor } from "@/lib/db/keyset";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, type Result } from "@/lib/result";

export const SCOPED_LIST_PAGE_SIZE = 20;

const row = {
  id: true,
  code: true,
  title: true,
  kind: true,
  state: true,
  recognizedLevel: true,
  typicalLevel: true,
  historic: true,
  registeredOnBehalf: true,
  ownerUnitName: true,
  reviewLevel: true,
  submittedAt: true,
  updatedAt: true,
  field: { select: { name: true } },
} satisfies Prisma.ModelSelect;

export type ScopedModelRow = Prisma.ModelGetPayload<{ select: typeof row }>;

export type ScopedModelPage = {
  rows: ScopedModelRow[];
  /** Matching models; without a dashboard filter counted up to COUNT_CAP + 1 (1,001; then `totalCapped`). */
  total: number;
  totalCapped: boolean;
  /** Cursors of the next and previous pages (`?after=` / `?before=`), null at either end. */
  after: string | null;
  before: string | null;
};

/**
 * modelScopeWhere, without its owner-unit join when the actor's unit is the only top of the tree (the only
 * unit with neither parent nor successor): every unit's lineage then holds it (ADR 0025: a lineage is the
 * unit ∪ its parent's ∪ its successor's, and every chain of those ends at a top), so the filter admits
 * every model and would only cost a hash of every unit per query (ADR 0058). One lookup on the parentId
 * index; with a second top (another province, a unit not yet placed) the usual filter applies.
 */
export async function listScopeWhere(actor: Actor, db: Pick<Tx, "unit"> = prisma): Promise<Prisma.ModelWhereInput> {
  const where = modelScopeWhere(actor);
  if (actor.role === "ADMIN" || actor.role === "UNIT_CADRE") return where;
  const tops = await db.unit.findMany({
    where: { parentId: null, successorId: null },
    select: { id: true },
    take: 2,
  });
  return tops.length === 1 && tops[0].id === actor.unitId ? {} : where;
}

/**
 * The model list of reviewers, province officers and administrators: every model of their subtree
 * (modelScopeWhere; a committee keeps seeing what it proposed upward, since the owner stays in its
 * subtree), filtered by state and field, searched by words without diacritics (searchTextWhere, on the
 * trigram index), most recently changed first, paged by keyset on the (updatedAt, id) index; a search with
 * at most RANKED_MAX matches lists the best match first instead, paged by position.
 * A plain list counts up to "hơn 1.000" (COUNT_CAP, walking the page's order); a list behind a dashboard figure is counted exactly, so it
 * shows the figure's number.
 */
export async function listScopedModels(
  actor: Actor,
  input: {
    status?: ModelState;
    fieldId?: number;
    q?: string | null;
    after?: string | string[];
    before?: string | string[];
  },
  /** Extra filter of a dashboard figure link (lib/dashboard/scope.ts dashboardModelWhere, already scoped). */
  extra?: Prisma.ModelWhereInput,
): Promise<Result<ScopedModelPage>> {
  if (!(can(actor, "view:model:subtree") || can(actor, "view:model:all"))) return forbidden();
  const and: Prisma.ModelWhereInput[] = [await listScopeWhere(actor)];
  if (input.status) and.push({ state: input.status });
  if (input.fieldId) and.push({ fieldId: input.fieldId });
  if (extra) and.push(extra);
  const search = searchTextWhere(input.q);
  if (search) and.push(search);
  const where: Prisma.ModelWhereInput = { AND: and };

  const cursor = { after: parseCursor(input.after), before: parseCursor(input.before) };
  const page = keysetQuery("updatedAt", "desc", cursor, SCOPED_LIST_PAGE_SIZE);
  // Both walks read only the (updatedAt DESC, id DESC) index, which carries the search text, state, field and
  // owner unit (migration model_list_covering_index, ADR 0058): the page's keys first, its rows after.
  const [total, keys] = await Promise.all([
    // The capped count walks the page's own order and stops at the cap; without an order Prisma sorts every
    // match by id first. A dashboard figure's list is counted exactly.
    extra
      ? prisma.model.count({ where })
      : prisma.model.count({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: COUNT_CAP + 1 }),
    prisma.model.findMany({
      where: page.where ? { AND: [...and, page.where] } : where,
      select: { id: true, updatedAt: true },
      orderBy: page.orderBy,
      take: page.take,
    }),
  ]);
  const {
    rows: pageKeys,
    after,
    before,
  } = keysetPage(keys, page, (r) => r.updatedAt, Boolean(cursor.after ?? cursor.before));
  const loaded = pageKeys.length
    ? await prisma.model.findMany({ where: { id: { in: pageKeys.map((k) => k.id) } }, select: row })
    : [];
  const byId = new Map(loaded.map((r) => [r.id, r]));
  // In the keys' order; a draft deleted between the two reads is simply not shown.
  const rows = pageKeys.flatMap((k) => byId.get(k.id) ?? []);
  const capped = !extra && total > COUNT_CAP;
  if (search && searchWords(input.q).length && total <= RANKED_MAX) {
    return { ok: true, total, totalCapped: false, ...(await rankedPage(where, input)) };
  }
  return { ok: true, rows, total: capped ? COUNT_CAP : total, totalCapped: capped, after, before };
}

/**
 * Up to this many matches (the capped count's cap, so the count decides) a search is listed best match first
 * (words in the title, then the title's similarity: rankModelIds), paged by position (`r40` = from the 41st);
 * past it, newest first by keyset, since ranking every match of a broad word ("thon": 77k at 1M) would read
 * them all (ADR 0058). Ranking 1,000 matches at 1M: 3–7 ms for the ranks, after the keys' index-only walk.
 */
export const RANKED_MAX = COUNT_CAP;

/** The position a ranked page starts at (`r40`), from either cursor of the URL; else the first page. */
function rankedOffset(raw: string | string[] | undefined): number | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  const m = typeof v === "string" ? /^r(\d{1,4})$/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

async function rankedPage(
  where: Prisma.ModelWhereInput,
  input: { q?: string | null; after?: string | string[]; before?: string | string[] },
): Promise<Pick<ScopedModelPage, "rows" | "after" | "before">> {
  const matches = await prisma.model.findMany({
    where,
    select: { id: true },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: RANKED_MAX,
  });
  const ids = matches.map((m) => m.id);
  const ordered = pageByRank(ids, await rankModelIds(prisma, input.q, ids), 1, ids.length);
  const size = SCOPED_LIST_PAGE_SIZE;
  const wanted = rankedOffset(input.after) ?? rankedOffset(input.before) ?? 0;
  // A position past the end (the matches shrank since the link was made) shows the last page.
  const offset = Math.min(wanted - (wanted % size), Math.max(0, (Math.ceil(ordered.length / size) - 1) * size));
  const pageIds = ordered.slice(offset, offset + size);
  const loaded = pageIds.length ? await prisma.model.findMany({ where: { id: { in: pageIds } }, select: row }) : [];
  const byId = new Map(loaded.map((r) => [r.id, r]));
  return {
    rows: pageIds.flatMap((id) => byId.get(id) ?? []),
    after: offset + size < ordered.length ? `r${offset + size}` : null,
    before: offset > 0 ? `r${offset - size}` : null,
  };
}
