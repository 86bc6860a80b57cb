import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";

export type SignInRow = { id: string; at: Date; ip: string; success: boolean };

/** The actor's own last sign-in attempts (successful and refused), newest first. */
export async function recentSignIns(actor: Actor, take = 10): Promise<SignInRow[]> {
  const rows = await prisma.loginAttempt.findMany({
    where: { username: actor.username },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, ip: true, success: true },
  });
  return rows.map((r) => ({ id: String(r.id), at: r.createdAt, ip: r.ip, success: r.success }));
}
