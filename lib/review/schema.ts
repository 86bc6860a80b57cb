import { z } from "zod";
import { blankText, dbId, INT4_MAX } from "@/lib/validation/text";
import { REVIEWER_STEPS, type ReviewerStep } from "@/lib/workflow/state-machine";
import { rvi } from "@/lib/i18n/review";
import { BULK_NEEDS_COMMENT, BULK_REVIEW_ACTIONS } from "./bulk-actions";

/** The reviewer's steps, from the state machine (one list). */
export const REVIEW_STEP_ACTIONS = REVIEWER_STEPS;
export type ReviewStepAction = ReviewerStep;

const optionalText = (max: number, message: string) =>
  z.preprocess((v) => blankText(v) ?? undefined, z.string().max(max, message).optional());

export const ScoreInput = z.object({
  criterionId: dbId(rvi.errors.scoreUnknownCriterion),
  score: z.coerce
    .number()
    .int(rvi.errors.scoreNotInteger)
    .min(0, rvi.errors.scoreNotInteger)
    .max(INT4_MAX, rvi.errors.scoreNotInteger),
});

export const ReviewStepInput = z.object({
  modelId: dbId(rvi.errors.notFound),
  version: dbId(rvi.errors.conflict),
  action: z.enum(REVIEW_STEP_ACTIONS, rvi.errors.actionInvalid),
  comment: optionalText(2000, rvi.errors.commentTooLong),
  meetingRef: optionalText(200, rvi.errors.meetingRefTooLong),
  scores: z.array(ScoreInput).max(50).optional(),
  /** A recognition without criterion scores, said so on purpose (recorded in the audit event). */
  noScores: z.boolean().optional(),
  requestKey: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, rvi.errors.requestKeyInvalid)
      .optional(),
  ),
});
export type ReviewStepInput = z.input<typeof ReviewStepInput>;
export type ReviewStepData = z.output<typeof ReviewStepInput>;

export { BULK_NEEDS_COMMENT, BULK_REVIEW_ACTIONS, type BulkReviewAction } from "./bulk-actions";

export const BulkReviewInput = z
  .object({
    items: z
      .array(z.object({ modelId: dbId(rvi.errors.notFound), version: dbId(rvi.errors.conflict) }))
      .min(1, rvi.errors.bulkEmpty)
      .max(200, rvi.errors.bulkTooMany)
      .refine((xs) => new Set(xs.map((x) => x.modelId)).size === xs.length, rvi.errors.bulkDuplicate),
    action: z.enum(BULK_REVIEW_ACTIONS, rvi.errors.bulkActionInvalid),
    comment: optionalText(2000, rvi.errors.commentTooLong),
    meetingRef: optionalText(200, rvi.errors.meetingRefTooLong),
    /** For a recognition: the scores given to every selected model, or noScores = true. */
    scores: z.array(ScoreInput).max(50).optional(),
    noScores: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action === "RECOGNIZE") {
      if (!v.scores?.length && !v.noScores)
        ctx.addIssue({ code: "custom", path: ["scores"], message: rvi.errors.bulkScoresOrNone });
      if (v.scores?.length && v.noScores)
        ctx.addIssue({ code: "custom", path: ["scores"], message: rvi.errors.bulkScoresOrNone });
    } else if (v.scores?.length || v.noScores) {
      ctx.addIssue({ code: "custom", path: ["scores"], message: rvi.errors.scoresNotAllowed });
    }
    if (BULK_NEEDS_COMMENT.includes(v.action) && !v.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: rvi.errors.bulkCommentRequired });
    }
  });
export type BulkReviewInput = z.input<typeof BulkReviewInput>;
