"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { createIssuer, endIssuerValidity, updateIssuer } from "@/lib/issuers/manage-issuer";
import type { FormState } from "@/components/accounts/form-state";

const FIELDS = [
  "unitId",
  "name",
  "parentName",
  "place",
  "style",
  "numberSuffix",
  "termStartYear",
  "validFrom",
  "validTo",
];
const values = (form: FormData, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, form.get(n)]).filter(([, v]) => v !== null));

export async function createIssuerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await createIssuer(await requireActor(), values(form, FIELDS));
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/co-quan-ban-hanh");
  redirect(`/co-quan-ban-hanh/${result.id}?da-luu=1`);
}

export async function updateIssuerAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await updateIssuer(await requireActor(), values(form, ["id", "version", ...FIELDS.slice(1)]));
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/co-quan-ban-hanh");
  redirect(`/co-quan-ban-hanh/${Number(form.get("id"))}?da-luu=1`);
}

export async function endIssuerValidityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await endIssuerValidity(await requireActor(), {
    id: form.get("id"),
    version: form.get("version"),
    validTo: form.get("validTo"),
  });
  if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
  revalidatePath("/co-quan-ban-hanh");
  redirect(`/co-quan-ban-hanh/${Number(form.get("id"))}?da-luu=1`);
}
