import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";
import { PAGE_SIZE, pageCount } from "@/lib/pagination";

/** One page of the accounts list for the administrator (anyone else gets an empty page). */
export async function listUsers(actor: Actor, page: number) {
  if (!can(actor, "manage:user:all")) return { rows: [], total: 0, page: 1, totalPages: 1 };
  const total = await prisma.user.count();
  const totalPages = pageCount(total);
  const current = Math.min(page, totalPages);
  const rows = await prisma.user.findMany({
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      disabled: true,
      lastLoginAt: true,
      unit: { select: { name: true } },
    },
    orderBy: [{ username: "asc" }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { rows, total, page: current, totalPages };
}

/** Active and disabled accounts (the administrator's home card). */
export async function countUsers(actor: Actor): Promise<{ active: number; disabled: number }> {
  if (!can(actor, "manage:user:all")) return { active: 0, disabled: 0 };
  const [active, disabled] = await Promise.all([
    prisma.user.count({ where: { disabled: false } }),
    prisma.user.count({ where: { disabled: true } }),
  ]);
  return { active, disabled };
}
