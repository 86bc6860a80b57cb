"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { registerOnBehalf } from "@/lib/models/register-on-behalf";
import { recordHistoricModel } from "@/lib/models/record-historic-model";
import { formFiles } from "@/lib/uploads/form-files";
import type { FormState } from "@/components/accounts/form-state";

// Thin wrappers (ADR 0052): the session's actor, the form's fields and evidence files, the use case; then the
// new model's page.
const fields = (fd: FormData) => Object.fromEntries([...fd.entries()].filter(([, v]) => typeof v === "string"));

export async function registerOnBehalfAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const r = await registerOnBehalf(actor, { ...fields(fd), files: formFiles(fd) });
  if (!r.ok) return { message: r.message, fieldErrors: r.fieldErrors };
  revalidatePath("/mo-hinh");
  revalidatePath("/tham-dinh");
  redirect(`/mo-hinh/${r.id}?tb=thay`);
}

export async function recordHistoricModelAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const r = await recordHistoricModel(actor, { ...fields(fd), files: formFiles(fd) });
  if (!r.ok) return { message: r.message, fieldErrors: r.fieldErrors };
  revalidatePath("/mo-hinh");
  redirect(`/mo-hinh/${r.id}?tb=bo-sung`);
}
