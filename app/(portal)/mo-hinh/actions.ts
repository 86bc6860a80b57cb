"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { draftLoginUrl } from "@/lib/auth/return-path";
import type { Actor } from "@/lib/auth/types";
import { safeCallbackUrl } from "@/app/(auth)/dang-nhap/callback-url";
import {
  createModelFromForm,
  deleteDraftFromForm,
  deleteFileFromForm,
  reportProgressFromForm,
  searchOrigins,
  submitModelFromForm,
  updateModelFromForm,
  withdrawModelFromForm,
  type FormState,
  type OriginSearchResult,
} from "./action-logic";

// Thin wrappers: the session's actor, the tested body in action-logic.ts, then where to go next.
// A save that left some files behind stays on the form to say which.

/**
 * The actor, or — when the session expired while the form was open — the login page with a message and
 * the form's page as callbackUrl (the form keeps what was typed in a local draft, see local-draft.tsx).
 */
async function actorOrLogin(fd: FormData): Promise<Actor> {
  const back = safeCallbackUrl(fd.get("returnTo"));
  return requireActor(draftLoginUrl(back.startsWith("/mo-hinh") ? back : "/mo-hinh"));
}

export async function createModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await actorOrLogin(fd);
  const state = await createModelFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath("/mo-hinh");
    if (!state.fileErrors) redirect(`/mo-hinh/${state.id}?tb=tao`);
  }
  return state;
}

export async function updateModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await actorOrLogin(fd);
  const state = await updateModelFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath("/mo-hinh");
    revalidatePath(`/mo-hinh/${state.id}`);
    if (!state.fileErrors) redirect(`/mo-hinh/${state.id}?tb=luu`);
  }
  return state;
}

export async function submitModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await actorOrLogin(fd);
  const state = await submitModelFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath("/mo-hinh");
    redirect(`/mo-hinh/${state.id}?tb=${state.resubmitted ? "gui-lai" : "gui"}`);
  }
  return state;
}

export async function withdrawModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await withdrawModelFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath("/mo-hinh");
    redirect(`/mo-hinh/${state.id}?tb=rut`);
  }
  return state;
}

export async function deleteDraftAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await deleteDraftFromForm(actor, fd, prev);
  if (state.ok) {
    revalidatePath("/mo-hinh");
    redirect("/mo-hinh?tb=xoa");
  }
  return state;
}

export async function reportProgressAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await actorOrLogin(fd);
  const state = await reportProgressFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath(`/mo-hinh/${state.id}`);
    if (!state.fileErrors) redirect(`/mo-hinh/${state.id}?tb=bao-cao#mh-bao-cao`);
  }
  return state;
}

export async function deleteFileAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await deleteFileFromForm(actor, fd);
  const modelId = Number(fd.get("modelId"));
  if (state.ok && Number.isInteger(modelId)) revalidatePath(`/mo-hinh/${modelId}/sua`);
  return state;
}

export async function searchOriginsAction(q: string, excludeId?: number): Promise<OriginSearchResult> {
  const actor = await requireActor();
  return searchOrigins(actor, typeof q === "string" ? q.slice(0, 200) : "", excludeId);
}
