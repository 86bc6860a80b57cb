import type { Actor } from "@/lib/auth/types";
import { actorOfUser, actorUserSelect } from "@/lib/auth/load-actor";
import { prisma } from "@/lib/db/client";

/** The importer as of now (a disabled account or a changed role stops its queued import). */
export async function loadActorById(userId: number): Promise<Actor | null> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: actorUserSelect });
  if (!u || u.disabled) return null;
  return actorOfUser(u);
}
