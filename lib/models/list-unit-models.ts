import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelKind, ModelState, UnitLevel } from "@/lib/generated/prisma/enums";
import { pageByRank, rankModelMatches } from "@/lib/db/search";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, type Result } from "@/lib/result";
import { ListUnitModelsInput, MODEL_LIST_PAGE_SIZE } from "./schema";

export type UnitModelListItem = {
  id: number;
  code: string;
  title: string;
  kind: ModelKind;
  state: ModelState;
  personName: string | null;
  field: { id: number; name: string };
  campaign: { id: number; name: string };
  registeredWith: { id: number; name: string };
  registeredLevel: UnitLevel;
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
  historic: boolean;
  registeredOnBehalf: boolean;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

export type ListUnitModelsResult = Result<{
  items: UnitModelListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}>;

/**
 * The cadre's own unit's models, newest first, 20 a page, filtered like the URL says
 * (`?q=&campaign=&field=&kind=&state=&page=`). `q` is searched by words (all of them, any order, without
 * diacritics) in title, code, person, unit name and address, best matches first (rankModelMatches).
 */
export async function listUnitModels(actor: Actor, input: ListUnitModelsInput = {}): Promise<ListUnitModelsResult> {
  if (!can(actor, "view:model:own-unit")) return forbidden();
  const f = ListUnitModelsInput.parse(input);
  const scope = modelScopeWhere(actor);

  const where: Prisma.ModelWhereInput = {
    ...scope,
    ...(f.campaignId ? { campaignId: f.campaignId } : {}),
    ...(f.fieldId ? { fieldId: f.fieldId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.state ? { state: f.state } : {}),
  };
  const ranks = await rankModelMatches(prisma, f.q, Prisma.sql`"Model"."ownerUnitId" = ${actor.unitId}`);
  if (ranks) where.id = { in: [...ranks.keys()] };

  const total = await prisma.model.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MODEL_LIST_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pageCount);
  const orderBy: Prisma.ModelOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
  // A search lists the best matches first; otherwise newest first.
  const pageIds = ranks
    ? pageByRank(
        (await prisma.model.findMany({ where, orderBy, select: { id: true } })).map((r) => r.id),
        ranks,
        page,
        MODEL_LIST_PAGE_SIZE,
      )
    : null;
  const found = await prisma.model.findMany({
    where: pageIds ? { id: { in: pageIds } } : where,
    orderBy,
    ...(pageIds ? {} : { skip: (page - 1) * MODEL_LIST_PAGE_SIZE, take: MODEL_LIST_PAGE_SIZE }),
    select: {
      id: true,
      code: true,
      title: true,
      kind: true,
      state: true,
      personName: true,
      field: { select: { id: true, name: true } },
      campaign: { select: { id: true, name: true } },
      registeredWithUnit: { select: { id: true, name: true } },
      registeredLevel: true,
      recognizedLevel: true,
      typicalLevel: true,
      historic: true,
      registeredOnBehalf: true,
      submittedAt: true,
      createdAt: true,
      updatedAt: true,
      version: true,
    },
  });
  const rows = pageIds ? pageIds.map((id) => found.find((r) => r.id === id)!).filter(Boolean) : found;
  const items = rows.map(({ registeredWithUnit, ...r }) => ({ ...r, registeredWith: registeredWithUnit }));
  return { ok: true, items, total, page, pageSize: MODEL_LIST_PAGE_SIZE, pageCount };
}
