"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import {
  createModelFromForm,
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

export async function createModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await createModelFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath("/mo-hinh");
    if (!state.fileErrors) redirect(`/mo-hinh/${state.id}?tb=tao`);
  }
  return state;
}

export async function updateModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await updateModelFromForm(actor, fd, prev);
  if (state.ok && state.id) {
    revalidatePath("/mo-hinh");
    revalidatePath(`/mo-hinh/${state.id}`);
    if (!state.fileErrors) redirect(`/mo-hinh/${state.id}?tb=luu`);
  }
  return state;
}

export async function submitModelAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
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

export async function reportProgressAction(prev: FormState, fd: FormData): Promise<FormState> {
  const actor = await requireActor();
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
