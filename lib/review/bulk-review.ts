import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { parseInput, type Fail } from "@/lib/result";
import { reviewStep } from "./review-step";
import { BulkReviewInput } from "./schema";

export type BulkReviewItemResult = { modelId: number; ok: boolean; message?: string; state?: ModelState };
export type BulkReviewResult = { ok: true; results: BulkReviewItemResult[]; succeeded: number; failed: number } | Fail;

/**
 * The same step over a selection (e.g. recognizing 40 models after one meeting, with one meeting
 * reference). Each item runs through reviewStep in its own transaction with every check of a single
 * step, so one refusal or conflict neither aborts nor half-applies the others; the caller gets one
 * line per item. Items run one after the other: the committee's load is small and this keeps each
 * item's outcome independent of the others' timing.
 */
export async function bulkReview(actor: Actor, input: BulkReviewInput): Promise<BulkReviewResult> {
  const parsed = parseInput(BulkReviewInput, input);
  if ("fail" in parsed) return parsed.fail;
  const { items, action, comment, meetingRef, scores, noScores } = parsed.data;
  const results: BulkReviewItemResult[] = [];
  for (const item of items) {
    const r = await reviewStep(actor, {
      modelId: item.modelId,
      version: item.version,
      action,
      comment,
      meetingRef,
      ...(scores?.length ? { scores } : {}),
      ...(noScores ? { noScores: true } : {}),
    });
    results.push(
      r.ok
        ? { modelId: item.modelId, ok: true, state: r.state }
        : { modelId: item.modelId, ok: false, message: r.message },
    );
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { ok: true, results, succeeded, failed: results.length - succeeded };
}
