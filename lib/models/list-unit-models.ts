import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelKind, ModelState, UnitLevel } from "@/lib/generated/prisma/enums";
import { foldedContains } from "@/lib/db/search";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, type Result } from "./result";
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
 * (`?q=&campaign=&field=&kind=&state=&page=`). `q` matches title, person name or code without
 * diacritics ("dan van" finds "Dân vận") through the vn_fold trigram indexes.
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
  if (f.q) {
    const q = f.q.normalize("NFC");
    const ids = await prisma.$queryRaw<{ id: number }[]>`
      SELECT "Model".id FROM "Model"
      WHERE "Model"."ownerUnitId" = ${actor.unitId}
        AND (${foldedContains('"Model"."title"', q)}
          OR ${foldedContains('"Model"."personName"', q)}
          OR "Model".code ILIKE ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`;
    where.id = { in: ids.map((r) => r.id) };
  }

  const total = await prisma.model.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MODEL_LIST_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pageCount);
  const rows = await prisma.model.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MODEL_LIST_PAGE_SIZE,
    take: MODEL_LIST_PAGE_SIZE,
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
      submittedAt: true,
      createdAt: true,
      updatedAt: true,
      version: true,
    },
  });
  const items = rows.map(({ registeredWithUnit, ...r }) => ({ ...r, registeredWith: registeredWithUnit }));
  return { ok: true, items, total, page, pageSize: MODEL_LIST_PAGE_SIZE, pageCount };
}
