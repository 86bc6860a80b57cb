import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/types";
import { reviewStep } from "@/lib/review/review-step";
import { bulkReview } from "@/lib/review/bulk-review";
import { rvi } from "@/lib/i18n/review";
import { REVIEWER_STEPS } from "@/lib/workflow/state-machine";
import type { BulkFormState, FormState } from "@/components/review/form-state";

/**
 * FormData → use case → what a `useActionState` form shows. No business rules here: the use cases
 * decide; these functions only read the form and shape the answer. Kept out of the "use server" file
 * so tests can call them with an actor of their choosing.
 */

export type { BulkFormState, BulkItemResult, FormState } from "@/components/review/form-state";

// Length limits and trimming belong to the use case's schema (its messages are the ones shown).
const text = () => z.string().optional();

const StepForm = z.object({
  modelId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  action: z.enum(REVIEWER_STEPS),
  comment: text(),
  meetingRef: text(),
  requestKey: z.string().optional(),
});

/** `score-<criterionId>` fields; empty ones are skipped (the use case decides whether scores are required). */
function readScores(formData: FormData): { criterionId: number; score: number }[] | { error: string } {
  const scores: { criterionId: number; score: number }[] = [];
  for (const [key, value] of formData.entries()) {
    const m = /^score-(\d+)$/.exec(key);
    if (!m || typeof value !== "string" || value.trim() === "") continue;
    const score = Number(value);
    if (!Number.isInteger(score) || score < 0) return { error: key };
    scores.push({ criterionId: Number(m[1]), score });
  }
  return scores;
}

function str(formData: FormData, key: string): string | undefined {
  const v = formData.get(key);
  return typeof v === "string" ? v : undefined;
}

const INVALID = "Dữ liệu gửi lên không hợp lệ. Vui lòng tải lại trang và thử lại.";

export async function reviewStepForm(actor: Actor, formData: FormData): Promise<FormState> {
  const parsed = StepForm.safeParse({
    modelId: str(formData, "modelId"),
    version: str(formData, "version"),
    action: str(formData, "action"),
    comment: str(formData, "comment"),
    meetingRef: str(formData, "meetingRef"),
    requestKey: str(formData, "requestKey") || undefined,
  });
  if (!parsed.success) return { ok: false, message: INVALID, at: Date.now() };
  const scores = readScores(formData);
  if ("error" in scores) {
    return {
      ok: false,
      message: "Điểm phải là số nguyên không âm.",
      fieldErrors: { [scores.error]: ["Điểm phải là số nguyên không âm."] },
      at: Date.now(),
    };
  }
  const { modelId, version, action, comment, meetingRef, requestKey } = parsed.data;
  const res = await reviewStep(actor, {
    modelId,
    version,
    action,
    comment,
    meetingRef,
    requestKey,
    ...(scores.length ? { scores } : {}),
  });
  if (res.ok) return { ok: true, action, at: Date.now() };
  if (res.code === "conflict")
    return { ok: false, action, conflict: true, message: rvi.detail.conflict, at: Date.now() };
  return { ok: false, action, message: res.message, fieldErrors: res.fieldErrors, at: Date.now() };
}

const BulkForm = z.object({
  // Which actions are allowed is the use case's rule (BULK_REVIEW_ACTIONS); an empty choice is its message.
  action: z.string().optional(),
  comment: text(),
  meetingRef: text(),
  items: z
    .array(
      z.string().transform((v, ctx) => {
        // "<modelId>:<version>:<title>" — the title only labels the per-item result.
        const m = /^(\d+):(\d+):(.*)$/s.exec(v);
        if (!m) {
          ctx.addIssue({ code: "custom", message: INVALID });
          return z.NEVER;
        }
        return { modelId: Number(m[1]), version: Number(m[2]), title: m[3] };
      }),
    )
    .max(200),
});

export async function bulkReviewForm(actor: Actor, formData: FormData): Promise<BulkFormState> {
  const parsed = BulkForm.safeParse({
    action: str(formData, "action"),
    comment: str(formData, "comment"),
    meetingRef: str(formData, "meetingRef"),
    items: formData.getAll("item").filter((v): v is string => typeof v === "string"),
  });
  if (!parsed.success) return { ok: false, message: INVALID, at: Date.now() };
  const { action, comment, meetingRef, items } = parsed.data;
  if (items.length === 0) return { ok: false, message: rvi.bulk.selectRequired, at: Date.now() };
  const scores = readScores(formData);
  if ("error" in scores) {
    return {
      ok: false,
      message: "Điểm phải là số nguyên không âm.",
      fieldErrors: { [scores.error]: ["Điểm phải là số nguyên không âm."] },
      at: Date.now(),
    };
  }
  const res = await bulkReview(actor, {
    items: items.map(({ modelId, version }) => ({ modelId, version })),
    action: (action || undefined) as never,
    comment,
    meetingRef,
    ...(scores.length ? { scores } : {}),
    ...(formData.get("noScores") === "1" ? { noScores: true } : {}),
  });
  if (!res.ok) {
    const fail = res as { message?: string; fieldErrors?: Record<string, string[]> };
    const fieldErrors = fail.fieldErrors;
    const first = fieldErrors?.action?.[0] ?? fieldErrors?.comment?.[0] ?? fieldErrors?.scores?.[0];
    const message =
      first === rvi.errors.bulkCommentRequired ? rvi.bulk.commentRequired : (first ?? fail.message ?? INVALID);
    return {
      ok: false,
      message,
      fieldErrors: fieldErrors?.comment ? { ...fieldErrors, comment: [message] } : fieldErrors,
      at: Date.now(),
    };
  }
  const titles = new Map(items.map((i) => [i.modelId, i.title]));
  return {
    ok: true,
    results: res.results.map((r) => ({
      modelId: r.modelId,
      title: titles.get(r.modelId) ?? String(r.modelId),
      ok: r.ok,
      message: r.message,
    })),
    succeeded: res.succeeded,
    failed: res.failed,
    at: Date.now(),
  };
}
