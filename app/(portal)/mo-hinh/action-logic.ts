import "server-only";
import type { Actor } from "@/lib/auth/types";
import { createModelDraft } from "@/lib/models/create-model-draft";
import { updateModelDraft } from "@/lib/models/update-model-draft";
import { submitModel } from "@/lib/models/submit-model";
import { withdrawModel } from "@/lib/models/withdraw-model";
import { deleteModelDraft } from "@/lib/models/delete-model-draft";
import { reportProgress } from "@/lib/models/report-progress";
import { searchReplicationOrigins, type ReplicationOrigin } from "@/lib/models/search-replication-origins";
import type { Fail } from "@/lib/result";
import type { FormState } from "@/lib/models/form-state";

export type { FormState } from "@/lib/models/form-state";
import { storeUpload, type UploadedFile } from "@/lib/uploads/store-upload";
import { deleteUpload } from "@/lib/uploads/delete-upload";
import { formFiles } from "@/lib/uploads/form-files";

/**
 * The bodies of the model server actions, as `(actor, formData)` so they can be tested without a
 * session: parse the form, call the use case, map its result to what `useActionState` shows.
 * No business rule lives here; the use cases decide.
 */

const MODEL_FIELDS = [
  "kind",
  "title",
  "fieldId",
  "campaignId",
  "registeredWithUnitId",
  "goals",
  "methods",
  "expectedResults",
  "startDate",
  "personHonorific",
  "personName",
  "personPosition",
  "address",
  "replicatedFromId",
] as const;

const REPORT_FIELDS = [
  "modelId",
  "reportDate",
  "note",
  "moneyVnd",
  "landM2",
  "roadKm",
  "workdays",
  "households",
] as const;

/** The named text fields of a form (files and React's internal fields left out). */
export function formStrings(fd: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = fd.get(name);
    out[name] = typeof v === "string" ? v : "";
  }
  return out;
}

export function failState(fail: Fail, values: Record<string, string>, attempt: number): FormState {
  return { ok: false, code: fail.code, message: fail.message, fieldErrors: fail.fieldErrors, values, attempt };
}

function nextAttempt(prev: FormState | undefined): number {
  return (prev?.attempt ?? 0) + 1;
}

async function storeFiles(
  actor: Actor,
  modelId: number,
  files: UploadedFile[],
  progressReportId?: number,
): Promise<string[]> {
  const errors: string[] = [];
  // One at a time: the per-model file limit is checked under a row lock, in the order chosen.
  for (const file of files) {
    const r = await storeUpload(actor, { modelId, progressReportId, file });
    if (!r.ok) errors.push(r.fieldErrors?.file?.[0] ?? r.message);
  }
  return errors;
}

export async function createModelFromForm(actor: Actor, fd: FormData, prev?: FormState): Promise<FormState> {
  const values = formStrings(fd, MODEL_FIELDS);
  const attempt = nextAttempt(prev);
  const result = await createModelDraft(actor, { ...values, requestKey: fd.get("requestKey") });
  if (!result.ok) return failState(result, values, attempt);
  const fileErrors = await storeFiles(actor, result.id, formFiles(fd));
  return { ok: true, id: result.id, fileErrors: fileErrors.length ? fileErrors : undefined, attempt };
}

export async function updateModelFromForm(actor: Actor, fd: FormData, prev?: FormState): Promise<FormState> {
  const values = { ...formStrings(fd, MODEL_FIELDS), ...formStrings(fd, ["id", "version"]) };
  const attempt = nextAttempt(prev);
  const result = await updateModelDraft(actor, values);
  if (!result.ok) return failState(result, values, attempt);
  const fileErrors = await storeFiles(actor, result.id, formFiles(fd));
  return { ok: true, id: result.id, fileErrors: fileErrors.length ? fileErrors : undefined, attempt };
}

/** Submit from DRAFT or resubmit from NEEDS_REVISION (the use case tells which). */
export async function submitModelFromForm(
  actor: Actor,
  fd: FormData,
  prev?: FormState,
): Promise<FormState & { resubmitted?: boolean }> {
  const values = formStrings(fd, ["id", "version", "comment"]);
  const result = await submitModel(actor, values);
  if (!result.ok) return failState(result, values, nextAttempt(prev));
  return { ok: true, id: result.id, resubmitted: result.action === "RESUBMIT" };
}

export async function withdrawModelFromForm(actor: Actor, fd: FormData, prev?: FormState): Promise<FormState> {
  const values = formStrings(fd, ["id", "version", "comment"]);
  const result = await withdrawModel(actor, values);
  if (!result.ok) return failState(result, values, nextAttempt(prev));
  return { ok: true, id: result.id };
}

export async function deleteDraftFromForm(actor: Actor, fd: FormData, prev?: FormState): Promise<FormState> {
  const values = formStrings(fd, ["id", "version"]);
  const result = await deleteModelDraft(actor, values);
  if (!result.ok) return failState(result, values, nextAttempt(prev));
  return { ok: true, id: result.id };
}

export async function reportProgressFromForm(actor: Actor, fd: FormData, prev?: FormState): Promise<FormState> {
  const values = formStrings(fd, REPORT_FIELDS);
  const attempt = nextAttempt(prev);
  const result = await reportProgress(actor, values);
  if (!result.ok) return failState(result, values, attempt);
  const modelId = Number(values.modelId);
  const fileErrors = await storeFiles(actor, modelId, formFiles(fd), result.id);
  return { ok: true, id: modelId, fileErrors: fileErrors.length ? fileErrors : undefined, attempt };
}

export async function deleteFileFromForm(actor: Actor, fd: FormData): Promise<FormState> {
  const result = await deleteUpload(actor, { id: String(fd.get("fileId") ?? "") });
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  return { ok: true };
}

export type OriginSearchResult = { ok: true; items: ReplicationOrigin[] } | { ok: false; message: string };

export async function searchOrigins(actor: Actor, q: string, excludeId?: number): Promise<OriginSearchResult> {
  const r = await searchReplicationOrigins(actor, { q, excludeId, limit: 10 });
  if (!r.ok) return { ok: false, message: r.message };
  return { ok: true, items: r.items };
}
