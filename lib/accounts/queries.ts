import "server-only";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { ROLES } from "./schema";
import { mayManageAccounts } from "./manage";
import { describeAccountHistory } from "./history";

export const ACCOUNTS_PAGE_SIZE = 20;

export type AccountFilters = { q?: string; role?: string; unit?: string; status?: string; page?: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

async function foldedIds(sql: Prisma.Sql): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>(sql);
  return rows.map((r) => r.id);
}

/** Accounts for the administrator: search without diacritics on name/login, filters by role, unit and status. */
export async function listAccounts(actor: Actor, f: AccountFilters) {
  if (!mayManageAccounts(actor)) return null;
  const where: Prisma.UserWhereInput = {};
  const q = f.q?.trim().slice(0, 100);
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.id = {
      in: await foldedIds(
        Prisma.sql`SELECT id FROM "User" WHERE vn_fold("fullName") LIKE vn_fold(${like}) OR vn_fold(username) LIKE vn_fold(${like})
          OR vn_fold(coalesce(email, '')) LIKE vn_fold(${like})`,
      ),
    };
  }
  if (f.role && (ROLES as readonly string[]).includes(f.role)) where.role = f.role as Role;
  if (f.status === "active") where.disabled = false;
  if (f.status === "disabled") where.disabled = true;
  const unit = f.unit?.trim().slice(0, 100);
  if (unit) {
    const like = `%${escapeLike(unit)}%`;
    where.unitId = {
      in: await foldedIds(
        Prisma.sql`SELECT id FROM "Unit" WHERE code = ${unit} OR vn_fold(name) LIKE vn_fold(${like}) LIMIT 500`,
      ),
    };
  }
  const total = await prisma.user.count({ where });
  const totalPages = Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page ?? 1), totalPages);
  const rows = await prisma.user.findMany({
    where,
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      disabled: true,
      mustChangePassword: true,
      lastLoginAt: true,
      unit: { select: { name: true, level: true, kind: true } },
    },
    orderBy: [{ username: "asc" }],
    skip: (page - 1) * ACCOUNTS_PAGE_SIZE,
    take: ACCOUNTS_PAGE_SIZE,
  });
  return { rows, total, page, totalPages };
}

export async function getAccount(actor: Actor, id: number) {
  if (!mayManageAccounts(actor) || !Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      fullName: true,
      email: true,
      role: true,
      disabled: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      unitId: true,
      unit: { select: { id: true, name: true, code: true, level: true, parent: { select: { name: true } } } },
    },
  });
  if (!user) return null;
  const history = await prisma.auditLog.findMany({
    where: { entity: "User", entityId: String(id), action: { startsWith: "account." } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      action: true,
      createdAt: true,
      data: true,
      actor: { select: { fullName: true, username: true } },
    },
  });
  const described = await describeAccountHistory(history);
  return {
    ...user,
    // The audit data itself stays on the server: the page shows the described changes only.
    history: history.map((h, i) => ({
      id: String(h.id),
      action: h.action,
      createdAt: h.createdAt,
      actor: h.actor,
      ...described[i],
    })),
  };
}

/** The unit picker: units in force whose name or code matches, without diacritics, with their level. */
export async function searchUnits(actor: Actor, q: string | undefined, take = 15) {
  if (!mayManageAccounts(actor)) return [];
  const term = q?.trim().slice(0, 100);
  if (!term) return [];
  const like = `%${escapeLike(term)}%`;
  const ids = await foldedIds(
    Prisma.sql`SELECT id FROM "Unit" WHERE ("validTo" IS NULL OR "validTo" >= CURRENT_DATE)
      AND (code = ${term} OR vn_fold(name) LIKE vn_fold(${like})) ORDER BY length(name), id LIMIT ${take}`,
  );
  return prisma.unit.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, name: true, level: true, kind: true, parent: { select: { name: true } } },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
}
