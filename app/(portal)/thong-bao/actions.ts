"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canOpen } from "@/lib/nav";
import { openNotification } from "@/lib/notifications/open-notification";
import { requireActor } from "@/lib/auth/actor";
import { markReadForm, type MarkReadState } from "./_lib/notification-forms";

export async function markReadAction(_prev: MarkReadState, formData: FormData): Promise<MarkReadState> {
  const actor = await requireActor();
  const res = await markReadForm(actor, formData);
  // The header badge lives in the portal layout: refresh it too.
  if (res.ok) revalidatePath("/", "layout");
  return res;
}

/** Opens a notification: marks it read and goes to its model (reviewers to the review screen). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const res = await openNotification(actor, { id: formData.get("id") });
  revalidatePath("/", "layout");
  if (!res.ok || res.modelId === null) redirect("/thong-bao");
  redirect(`${canOpen(actor, "review") ? "/tham-dinh" : "/mo-hinh"}/${res.modelId}`);
}
