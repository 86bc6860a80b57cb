import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";

const Input = z.object({ ids: z.array(dbId()).max(500).optional() });

export const NOTIFICATION_NOT_FOUND = "Không tìm thấy thông báo.";

/**
 * Marks the actor's own notifications read: the given ids, or all of them without ids. An id that is not
 * one of the actor's own notifications (someone else's, or none) answers "not found" and nothing changes.
 */
export async function markNotificationsRead(
  actor: Actor,
  input: { ids?: (number | string)[] } = {},
): Promise<{ ok: true; count: number } | { ok: false; code: "invalid" | "not_found"; message: string }> {
  const parsed = Input.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "Danh sách thông báo không hợp lệ." };
  const ids = parsed.data.ids ? [...new Set(parsed.data.ids)] : undefined;
  return prisma.$transaction(async (tx) => {
    if (ids) {
      const own = await tx.notification.count({ where: { userId: actor.userId, id: { in: ids } } });
      if (own !== ids.length)
        return { ok: false as const, code: "not_found" as const, message: NOTIFICATION_NOT_FOUND };
    }
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return { ok: true as const, count };
  });
}
