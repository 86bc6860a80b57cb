import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { modelScopeWhere } from "@/lib/permissions";
import { PAGE_SIZE, pageCount } from "./scope";

const modelRow = {
  id: true,
  code: true,
  title: true,
  kind: true,
  state: true,
  recognizedLevel: true,
  typicalLevel: true,
  ownerUnitName: true,
  reviewLevel: true,
  submittedAt: true,
  updatedAt: true,
  field: { select: { name: true } },
} satisfies Prisma.ModelSelect;

export type ModelRow = Prisma.ModelGetPayload<{ select: typeof modelRow }>;

export type Page<T> = { rows: T[]; total: number; page: number; totalPages: number };

async function paged(where: Prisma.ModelWhereInput, page: number, orderBy: Prisma.ModelOrderByWithRelationInput[]) {
  const total = await prisma.model.count({ where });
  const totalPages = pageCount(total);
  // A page past the end (an old bookmark) shows the last page instead of an empty list.
  const current = Math.min(page, totalPages);
  const rows = await prisma.model.findMany({
    where,
    select: modelRow,
    orderBy,
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { rows, total, page: current, totalPages } satisfies Page<ModelRow>;
}

export function listModels(
  actor: Actor,
  filter: { page: number; status?: ModelState; fieldId?: number },
): Promise<Page<ModelRow>> {
  const where: Prisma.ModelWhereInput = {
    AND: [
      modelScopeWhere(actor),
      filter.status ? { state: filter.status } : {},
      filter.fieldId ? { fieldId: filter.fieldId } : {},
    ],
  };
  return paged(where, filter.page, [{ updatedAt: "desc" }, { id: "desc" }]);
}


export function listFields() {
  return prisma.field.findMany({
    where: { active: true },
    select: { id: true, code: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
}
