/**
 * Bodies of the decision server actions as plain `(actor, formData)` functions, so they can be tested
 * without Next's action machinery: read the form, parse it with the domain schema, call the use case,
 * and map the result to what `useActionState` shows (a message and errors next to the fields).
 */
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/types";
import { createDecision } from "@/lib/decisions/create-decision";
import { deleteDecision } from "@/lib/decisions/delete-decision";
import { issueDecision } from "@/lib/decisions/issue-decision";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { CreateDecisionInput, DecisionFields, ReopenDecisionInput, VersionedId } from "@/lib/decisions/schema";
import { updateDecision } from "@/lib/decisions/update-decision";
import { zodFieldErrors } from "@/lib/result";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { DECISION_MESSAGES } from "@/lib/i18n/decisions";
import { dbId } from "@/lib/validation/text";
import type { ActionState } from "@/components/decisions/types";

type Failure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };

function failed(result: Failure): ActionState {
  return { ok: false, message: result.message, fieldErrors: result.fieldErrors, at: Date.now() };
}

function invalid(error: z.ZodError, message: string = DECISION_MESSAGES.invalid): ActionState {
  return { ok: false, message, fieldErrors: zodFieldErrors(error), at: Date.now() };
}

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === "string" ? v : undefined;
};

/** Creates a draft; on success the caller redirects to `/quyet-dinh/{id}`. */
export async function createDecisionFromForm(actor: Actor, formData: FormData): Promise<ActionState & { id?: number }> {
  const parsed = CreateDecisionInput.safeParse({
    issuerId: text(formData, "issuerId"),
    number: text(formData, "number"),
    decisionDate: text(formData, "decisionDate"),
    signerName: text(formData, "signerName"),
    signerTitle: text(formData, "signerTitle"),
    awardForm: text(formData, "awardForm"),
    title: text(formData, "title"),
    campaignId: text(formData, "campaignId"),
    modelIds: text(formData, "modelIds") ?? "",
  });
  if (!parsed.success) return invalid(parsed.error);
  const result = await createDecision(actor, parsed.data);
  if (!result.ok) return failed(result);
  return { ok: true, id: result.id, at: Date.now() };
}

const CorrectionForm = VersionedId.extend({
  honoreeId: dbId(DECISION_MESSAGES.honoreeNotFound),
  name: z.string(),
  address: z.string(),
  /** Individuals only: blank removes the position, "" the Ông/Bà title. */
  position: z.string().optional(),
  honorific: z.enum(["", "MALE", "FEMALE"]).optional(),
});

/**
 * Corrects the printed line of one honoree of a draft (the model stays as it is): name, address (may be
 * blank for a body that stands alone) and, for an individual, position and Ông/Bà (both may be removed).
 */
export async function correctHonoreeFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const parsed = CorrectionForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { id, version, honoreeId, name, address, position, honorific } = parsed.data;
  const result = await updateDecision(actor, {
    id,
    version,
    honorees: [
      {
        id: honoreeId,
        name,
        address,
        ...(position !== undefined ? { position: position.trim() === "" ? null : position } : {}),
        ...(honorific !== undefined ? { honorific: honorific === "" ? null : honorific } : {}),
      },
    ],
  });
  if (!result.ok) return failed(result);
  return { ok: true, message: decisionsUi.detail.saved, at: Date.now() };
}

/** Saves the edited fields of a draft (issuer, planned number, date, signer, award form, title, campaign). */
export async function updateDecisionFieldsFromForm(
  actor: Actor,
  formData: FormData,
): Promise<ActionState & { id?: number }> {
  const head = VersionedId.safeParse({ id: text(formData, "id"), version: text(formData, "version") });
  if (!head.success) return invalid(head.error);
  const fields = DecisionFields.safeParse({
    issuerId: text(formData, "issuerId"),
    number: text(formData, "number"),
    decisionDate: text(formData, "decisionDate"),
    signerName: text(formData, "signerName"),
    signerTitle: text(formData, "signerTitle"),
    awardForm: text(formData, "awardForm"),
    title: text(formData, "title"),
    campaignId: text(formData, "campaignId"),
  });
  if (!fields.success) return invalid(fields.error);
  const result = await updateDecision(actor, { ...head.data, fields: fields.data });
  if (!result.ok) return failed(result);
  return { ok: true, id: result.id, message: decisionsUi.detail.saved, at: Date.now() };
}

/** Adds the models ticked in the picker to a draft, after its last lines, in the order picked. */
export async function addHonoreesFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const head = VersionedId.safeParse({ id: text(formData, "id"), version: text(formData, "version") });
  if (!head.success) return invalid(head.error);
  const result = await updateDecision(actor, { ...head.data, addModelIds: text(formData, "modelIds") ?? "" });
  if (!result.ok) return failed(result);
  return { ok: true, message: decisionsUi.detail.added, at: Date.now() };
}

/** Removes one line from a draft. */
export async function removeHonoreeFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const head = VersionedId.safeParse({ id: text(formData, "id"), version: text(formData, "version") });
  if (!head.success) return invalid(head.error);
  const result = await updateDecision(actor, { ...head.data, removeHonoreeIds: text(formData, "honoreeId") ?? "" });
  if (!result.ok) return failed(result);
  return { ok: true, message: decisionsUi.detail.removedLine, at: Date.now() };
}

/** Deletes a never-issued draft; on success the caller redirects to the list. */
export async function deleteDecisionFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const parsed = VersionedId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await deleteDecision(actor, parsed.data);
  if (!result.ok) return failed(result);
  return { ok: true, message: decisionsUi.detail.deleted, at: Date.now() };
}

const ReorderForm = VersionedId.extend({
  /** Honoree ids of one section (collectives or individuals) in their new order, comma-separated. */
  order: z.string().transform((s, ctx) => {
    const ids = s.split(",").map((x) => Number(x.trim()));
    if (!ids.length || ids.some((n) => !Number.isInteger(n) || n <= 0)) {
      ctx.addIssue({ code: "custom", message: DECISION_MESSAGES.honoreeNotFound });
      return z.NEVER;
    }
    return ids;
  }),
});

/** Saves a new display order of one section. */
export async function reorderHonoreesFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const parsed = ReorderForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { id, version, order } = parsed.data;
  const result = await updateDecision(actor, {
    id,
    version,
    honorees: order.map((hid, i) => ({ id: hid, sortOrder: i + 1 })),
  });
  if (!result.ok) return failed(result);
  return { ok: true, at: Date.now() };
}

export async function issueDecisionFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const parsed = VersionedId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await issueDecision(actor, parsed.data);
  if (!result.ok) return failed(result);
  return { ok: true, message: decisionsUi.detail.issued, at: Date.now() };
}

export async function reopenDecisionFromForm(actor: Actor, formData: FormData): Promise<ActionState> {
  const parsed = ReopenDecisionInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, DECISION_MESSAGES.reasonRequired);
  const result = await reopenDecision(actor, parsed.data);
  if (!result.ok) return failed(result);
  return { ok: true, message: decisionsUi.detail.reopened, at: Date.now() };
}
