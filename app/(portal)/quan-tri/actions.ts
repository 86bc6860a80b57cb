"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { createAccount, resetAccountPassword, setAccountDisabled, updateAccount } from "@/lib/accounts/manage";
import { accountsText } from "@/lib/i18n/accounts";
import type { FormState } from "@/components/accounts/form-state";

const t = accountsText.admin;
// A caller who may not manage accounts gets the same "not found" message as for an unknown id.
const fields = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, form.get(n) ?? undefined]));

export async function createAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await createAccount(
    await requireActor(),
    fields(form, ["username", "fullName", "email", "role", "unitId"]),
  );
  if (!result.ok) {
    return { message: result.message, fieldErrors: result.fieldErrors };
  }
  revalidatePath("/quan-tri");
  return { ok: true, message: `${t.created} ${t.tempPassword} ${result.temporaryPassword}` };
}

export async function updateAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await updateAccount(
    await requireActor(),
    fields(form, ["id", "version", "fullName", "email", "role", "unitId"]),
  );
  if (!result.ok) {
    return { message: result.message, fieldErrors: result.fieldErrors };
  }
  redirect(`/quan-tri/tai-khoan/${Number(form.get("id"))}?da-luu=1`);
}

export async function setAccountDisabledAction(_prev: FormState, form: FormData): Promise<FormState> {
  const id = form.get("id");
  const result = await setAccountDisabled(await requireActor(), { id, disabled: form.get("disabled") === "1" });
  if (!result.ok) {
    return { message: result.message };
  }
  redirect(`/quan-tri/tai-khoan/${Number(id)}?da-luu=1`);
}

export async function resetAccountPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await resetAccountPassword(await requireActor(), { id: form.get("id") });
  if (!result.ok) {
    return { message: result.message };
  }
  return { ok: true, message: `${t.tempPassword} ${result.temporaryPassword}` };
}
