"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { createField, updateField } from "@/lib/fields/manage-field";
import { fieldText } from "@/lib/i18n/fields";
import type { FormState } from "@/components/accounts/form-state";

const values = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, form.get(n)]).filter(([, v]) => v !== null));

export async function createFieldAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await createField(await requireActor(), values(form, ["code", "name", "sortOrder", "active"]));
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/quan-tri/linh-vuc");
  return { ok: true, message: fieldText.saved };
}

export async function updateFieldAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await updateField(
    await requireActor(),
    values(form, ["id", "version", "name", "sortOrder", "active"]),
  );
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/quan-tri/linh-vuc");
  return { ok: true, message: fieldText.saved };
}
