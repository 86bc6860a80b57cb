// Browse and search the tree for the administrator: accent-insensitive (vn_fold, trigram-indexed),
// by name or code, today's units first, Vietnamese order.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { Prisma, type UnitKind, type UnitLevel } from "@/lib/generated/prisma/client";
import { isOrgAdmin } from "./tree-admin";

export type UnitRow = {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  validFrom: Date;
  validTo: Date | null;
  parentName: string | null;
  successorName: string | null;
};
export type UnitList = { rows: UnitRow[]; total: number; page: number; totalPages: number };

const PAGE = 30;

export async function listUnits(
  actor: Actor | null,
  opts: { q?: string; closed?: boolean; parentId?: number; page?: number },
): Promise<UnitList | null> {
  if (!isOrgAdmin(actor)) return null;
  const q = (opts.q ?? "").trim().slice(0, 100);
  const page = Math.max(1, Math.min(10_000, opts.page ?? 1));
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = Prisma.sql`WHERE TRUE
    ${q ? Prisma.sql`AND (vn_fold(u.name) LIKE vn_fold(${like}) OR u.code ILIKE ${like})` : Prisma.empty}
    ${opts.closed ? Prisma.empty : Prisma.sql`AND (u."validTo" IS NULL OR u."validTo" >= CURRENT_DATE)`}
    ${opts.parentId ? Prisma.sql`AND u."parentId" = ${opts.parentId}` : Prisma.empty}
    ${!q && !opts.parentId ? Prisma.sql`AND u."parentId" IS NULL` : Prisma.empty}`;
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Unit" u ${where}`;
  const rows = await prisma.$queryRaw<UnitRow[]>`
    SELECT u.id, u.code, u.name, u.level, u.kind, u."validFrom", u."validTo", p.name AS "parentName", s.name AS "successorName"
    FROM "Unit" u LEFT JOIN "Unit" p ON p.id = u."parentId" LEFT JOIN "Unit" s ON s.id = u."successorId"
    ${where}
    ORDER BY (u."validTo" IS NOT NULL), array_position(ARRAY['PROVINCE','DISTRICT','COMMUNE','GRASSROOTS'], u.level::text),
      u.name COLLATE "vi-x-icu", u.id
    LIMIT ${PAGE} OFFSET ${(page - 1) * PAGE}`;
  return { rows, total: n, page, totalPages: Math.max(1, Math.ceil(n / PAGE)) };
}
