import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { dbId } from "@/lib/validation/text";

// An int4 id: a larger number is "not found", not a query PostgreSQL refuses (fast-check found 2147483648).
const Input = z.object({ id: dbId() });

export type OpenNotificationResult =
  { ok: true; modelId: number | null } | { ok: false; code: "not_found"; message: string };

/**
 * Opening one of the actor's own notifications: it is marked read (once; opening again changes nothing)
 * and the model it is about is returned, for the page to go to. Another person's id is "not found".
 */
export async function openNotification(actor: Actor, input: { id: unknown }): Promise<OpenNotificationResult> {
  const parsed = Input.safeParse(input);
  const notFound = { ok: false, code: "not_found", message: "Không tìm thấy thông báo." } as const;
  if (!parsed.success) return notFound;
  const n = await prisma.notification.findFirst({
    where: { id: parsed.data.id, userId: actor.userId },
    select: { id: true, modelId: true, readAt: true },
  });
  if (!n) return notFound;
  if (!n.readAt)
    await prisma.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: new Date() } });
  return { ok: true, modelId: n.modelId };
}
