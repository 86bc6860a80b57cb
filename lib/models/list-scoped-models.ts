import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { pageByRank, rankModelMatches } from "@/lib/db/search";
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

export type ScopedModelPage = { rows: ScopedModelRow[]; total: number; page: number; totalPages: number };

/**
 * The model list of reviewers, province officers and administrators: every model of their subtree
 * (modelScopeWhere; a committee keeps seeing what it proposed upward, since the owner stays in its
 * subtree), filtered by state and field, searched by words like the cadre's list (best matches first),
 * otherwise most recently changed first.
 */
export async function listScopedModels(
  actor: Actor,
  input: { page?: number; status?: ModelState; fieldId?: number; q?: string | null },
  /** Extra filter of a dashboard figure link (lib/dashboard/scope.ts dashboardModelWhere, already scoped). */
  extra?: Prisma.ModelWhereInput,
): Promise<Result<ScopedModelPage>> {
  if (!(can(actor, "view:model:subtree") || can(actor, "view:model:all"))) return forbidden();
  const and: Prisma.ModelWhereInput[] = [modelScopeWhere(actor)];
  if (input.status) and.push({ state: input.status });
  if (input.fieldId) and.push({ fieldId: input.fieldId });
  if (extra) and.push(extra);
  // The SQL is not the authorization: the Prisma scope above still applies to every id it returns.
  const ranks = await rankModelMatches(prisma, input.q, Prisma.sql`TRUE`);
  if (ranks) and.push({ id: { in: [...ranks.keys()] } });
  const where: Prisma.ModelWhereInput = { AND: and };

  const total = await prisma.model.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / SCOPED_LIST_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page ?? 1), totalPages);
  const orderBy: Prisma.ModelOrderByWithRelationInput[] = [{ updatedAt: "desc" }, { id: "desc" }];
  if (!ranks) {
    const rows = await prisma.model.findMany({
      where,
      select: row,
      orderBy,
      skip: (page - 1) * SCOPED_LIST_PAGE_SIZE,
      take: SCOPED_LIST_PAGE_SIZE,
    });
    return { ok: true, rows, total, page, totalPages };
  }
  const ids = (await prisma.model.findMany({ where, orderBy, select: { id: true } })).map((r) => r.id);
  const pageIds = pageByRank(ids, ranks, page, SCOPED_LIST_PAGE_SIZE);
  const found = await prisma.model.findMany({ where: { id: { in: pageIds } }, select: row });
  const rows = pageIds.map((id) => found.find((r) => r.id === id)!).filter(Boolean);
  return { ok: true, rows, total, page, totalPages };
}
