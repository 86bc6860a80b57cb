"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { markReadForm, type MarkReadState } from "./_lib/notification-forms";

export async function markReadAction(_prev: MarkReadState, formData: FormData): Promise<MarkReadState> {
  const actor = await requireActor();
  const res = await markReadForm(actor, formData);
  // The header badge lives in the portal layout: refresh it too.
  if (res.ok) revalidatePath("/", "layout");
  return res;
}
