"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorForLookup, requireActor } from "@/lib/auth/actor";
import { draftLoginUrl } from "@/lib/auth/return-path";
import { parseDateOnly } from "@/lib/models/dates";
import { suggestNextNumber } from "@/lib/decisions/suggest-next-number";
import type { ActionState, CandidatePage, PickerQuery } from "@/components/decisions/types";
import {
  addHonoreesFromForm,
  correctHonoreeFromForm,
  createDecisionFromForm,
  deleteDecisionFromForm,
  issueDecisionFromForm,
  removeHonoreeFromForm,
  reopenDecisionFromForm,
  reorderHonoreesFromForm,
  updateDecisionFieldsFromForm,
} from "./_lib/form-bodies";
import { searchCandidatesForPicker } from "./_lib/candidates";

// The new and edit forms keep a local copy (decision-form.tsx): a session gone at the save sends the person to
// sign in with "your text is kept", back to the form; `?tao=1` lets the new decision's page drop the copy.
export async function createDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireActor(draftLoginUrl("/quyet-dinh/moi"));
  const result = await createDecisionFromForm(actor, formData);
  if (!result.ok || !result.id) return result;
  revalidatePath("/quyet-dinh");
  redirect(`/quyet-dinh/${result.id}?tao=1`);
}

function afterChange(formData: FormData, result: ActionState): ActionState {
  if (result.ok) {
    revalidatePath("/quyet-dinh");
    revalidatePath(`/quyet-dinh/${String(formData.get("id"))}`);
  }
  return result;
}

export async function correctHonoreeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return afterChange(formData, await correctHonoreeFromForm(await requireActor(), formData));
}

export async function reorderHonoreesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return afterChange(formData, await reorderHonoreesFromForm(await requireActor(), formData));
}

export async function issueDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return afterChange(formData, await issueDecisionFromForm(await requireActor(), formData));
}

export async function reopenDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return afterChange(formData, await reopenDecisionFromForm(await requireActor(), formData));
}

export async function updateDecisionFieldsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const back = `/quyet-dinh/${Number(formData.get("id")) || ""}/sua`;
  const result = await updateDecisionFieldsFromForm(await requireActor(draftLoginUrl(back)), formData);
  if (!result.ok || !result.id) return result;
  revalidatePath("/quyet-dinh");
  redirect(`/quyet-dinh/${result.id}`);
}

export async function addHonoreesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return afterChange(formData, await addHonoreesFromForm(await requireActor(), formData));
}

export async function removeHonoreeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return afterChange(formData, await removeHonoreeFromForm(await requireActor(), formData));
}

export async function deleteDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await deleteDecisionFromForm(await requireActor(), formData);
  if (!result.ok) return result;
  revalidatePath("/quyet-dinh");
  redirect("/quyet-dinh?da-xoa=1");
}

/**
 * The picker's search (read-only). With `excludeDecisionId`, models already on that decision are left
 * out (adding honorees to a draft); the decision's scope is the actor's, like every candidate.
 */
// The picker's search and the number hint run while the person types: with the session gone they answer
// nothing (null, as for "not yours") rather than sending the person to the login page mid-form. The save
// that follows does that, with "your text is kept" (the form keeps a local copy).
export async function searchCandidatesAction(
  query: PickerQuery,
  excludeDecisionId?: number,
): Promise<CandidatePage | null> {
  const actor = await actorForLookup();
  return actor ? searchCandidatesForPicker(actor, query, excludeDecisionId) : null;
}

/** Next free number of the issuer's register for the date, or null when none can be suggested. */
export async function suggestNumberAction(issuerId: number, decisionDate: string): Promise<number | null> {
  const actor = await actorForLookup();
  if (!actor) return null;
  const date = parseDateOnly(decisionDate);
  const result = await suggestNextNumber(actor, {
    issuerId,
    decisionDate: date instanceof Date ? date : undefined,
  });
  return result.ok ? result.number : null;
}
