"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { bulkReviewForm, reviewStepForm, type BulkFormState, type FormState } from "./_lib/review-forms";

export async function reviewStepAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const res = await reviewStepForm(actor, formData);
  if (res.ok) {
    revalidatePath("/tham-dinh", "layout");
    revalidatePath("/mo-hinh", "layout");
  }
  return res;
}

export async function bulkReviewAction(_prev: BulkFormState, formData: FormData): Promise<BulkFormState> {
  const actor = await requireActor();
  const res = await bulkReviewForm(actor, formData);
  if (res.ok) revalidatePath("/tham-dinh", "layout");
  return res;
}
