import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";

const Input = z.object({ ids: z.array(dbId()).max(500).optional() });

/**
 * Marks the actor's own notifications read: the given ids, or all of them without ids. Ids of other
 * people's notifications are silently ignored (the where clause is scoped to the actor).
 */
export async function markNotificationsRead(
  actor: Actor,
  input: { ids?: (number | string)[] } = {},
): Promise<{ ok: true; count: number } | { ok: false; code: "invalid"; message: string }> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Danh sách thông báo không hợp lệ." };
  const { ids } = parsed.data;
  const { count } = await prisma.notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { ok: true, count };
}
