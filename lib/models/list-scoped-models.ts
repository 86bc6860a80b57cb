import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { searchTextWhere } from "@/lib/db/search";
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
  /** Matching models; without a dashboard filter counted up to COUNT_CAP + 1 (then `totalCapped`). */
  total: number;
  totalCapped: boolean;
  /** Cursors of the next and previous pages (`?after=` / `?before=`), null at either end. */
  after: string | null;
  before: string | null;
};

/**
 * The model list of reviewers, province officers and administrators: every model of their subtree
 * (modelScopeWhere; a committee keeps seeing what it proposed upward, since the owner stays in its
 * subtree), filtered by state and field, searched by words without diacritics (searchTextWhere, on the
 * trigram index), most recently changed first, paged by keyset on the (updatedAt, id) index.
 * A plain list counts up to "hơn 10.000"; a list behind a dashboard figure is counted exactly, so it
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
  const and: Prisma.ModelWhereInput[] = [modelScopeWhere(actor)];
  if (input.status) and.push({ state: input.status });
  if (input.fieldId) and.push({ fieldId: input.fieldId });
  if (extra) and.push(extra);
  const search = searchTextWhere(input.q);
  if (search) and.push(search);
  const where: Prisma.ModelWhereInput = { AND: and };

  const cursor = { after: parseCursor(input.after), before: parseCursor(input.before) };
  const page = keysetQuery("updatedAt", "desc", cursor, SCOPED_LIST_PAGE_SIZE);
  const [total, fetched] = await Promise.all([
    prisma.model.count({ where, take: extra ? undefined : COUNT_CAP + 1 }),
    prisma.model.findMany({
      where: page.where ? { AND: [...and, page.where] } : where,
      select: row,
      orderBy: page.orderBy,
      take: page.take,
    }),
  ]);
  const { rows, after, before } = keysetPage(fetched, page, (r) => r.updatedAt, Boolean(cursor.after ?? cursor.before));
  const capped = !extra && total > COUNT_CAP;
  return { ok: true, rows, total: capped ? COUNT_CAP : total, totalCapped: capped, after, before };
}
