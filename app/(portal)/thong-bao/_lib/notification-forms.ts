import "server-only";
import type { Actor } from "@/lib/auth/types";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { rvi } from "@/lib/i18n/review";

export type MarkReadState = { ok: boolean; message?: string; at?: number };

/** Marks the given `id` fields read, or all of the actor's notifications when the form sends none. */
export async function markReadForm(actor: Actor, formData: FormData): Promise<MarkReadState> {
  const ids = formData.getAll("id").filter((v): v is string => typeof v === "string" && v !== "");
  const res = await markNotificationsRead(actor, ids.length ? { ids } : {});
  return res.ok
    ? { ok: true, message: rvi.notifications.marked, at: Date.now() }
    : { ok: false, message: res.message, at: Date.now() };
}
