import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";

/** Active and disabled accounts (the administrator's home card). */
export async function countUsers(actor: Actor): Promise<{ active: number; disabled: number }> {
  if (!can(actor, "manage:user:all")) return { active: 0, disabled: 0 };
  const [active, disabled] = await Promise.all([
    prisma.user.count({ where: { disabled: false } }),
    prisma.user.count({ where: { disabled: true } }),
  ]);
  return { active, disabled };
}
