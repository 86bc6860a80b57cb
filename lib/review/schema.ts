import { z } from "zod";
import { blankText, dbId, INT4_MAX } from "@/lib/validation/text";
import { REVIEWER_STEPS, type ReviewerStep } from "@/lib/workflow/state-machine";
import { REVIEW_MESSAGES } from "./messages";

/** The reviewer's steps, from the state machine (one list). */
export const REVIEW_STEP_ACTIONS = REVIEWER_STEPS;
export type ReviewStepAction = ReviewerStep;

/** Steps a committee may take on many models at once; the queue offers exactly these. */
export const BULK_REVIEW_ACTIONS = ["RECOGNIZE", "REQUEST_REVISION", "NOT_RECOGNIZE"] as const satisfies readonly ReviewerStep[];
export type BulkReviewAction = (typeof BULK_REVIEW_ACTIONS)[number];

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (v) => blankText(v) ?? undefined,
    z.string().max(max, message).optional(),
  );

export const ScoreInput = z.object({
  criterionId: dbId(REVIEW_MESSAGES.scoreUnknownCriterion),
  score: z.coerce
    .number()
    .int(REVIEW_MESSAGES.scoreNotInteger)
    .min(0, REVIEW_MESSAGES.scoreNotInteger)
    .max(INT4_MAX, REVIEW_MESSAGES.scoreNotInteger),
});

export const ReviewStepInput = z.object({
  modelId: dbId(REVIEW_MESSAGES.notFound),
  version: dbId(REVIEW_MESSAGES.conflict),
  action: z.enum(REVIEW_STEP_ACTIONS, REVIEW_MESSAGES.actionInvalid),
  comment: optionalText(2000, REVIEW_MESSAGES.commentTooLong),
  meetingRef: optionalText(200, REVIEW_MESSAGES.meetingRefTooLong),
  scores: z.array(ScoreInput).max(50).optional(),
  requestKey: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, REVIEW_MESSAGES.requestKeyInvalid).optional(),
  ),
});
export type ReviewStepInput = z.input<typeof ReviewStepInput>;
export type ReviewStepData = z.output<typeof ReviewStepInput>;

export const BulkReviewInput = z.object({
  items: z
    .array(z.object({ modelId: dbId(REVIEW_MESSAGES.notFound), version: dbId(REVIEW_MESSAGES.conflict) }))
    .min(1, REVIEW_MESSAGES.bulkEmpty)
    .max(200, REVIEW_MESSAGES.bulkTooMany)
    .refine((xs) => new Set(xs.map((x) => x.modelId)).size === xs.length, REVIEW_MESSAGES.bulkDuplicate),
  action: z.enum(BULK_REVIEW_ACTIONS, REVIEW_MESSAGES.actionInvalid),
  comment: optionalText(2000, REVIEW_MESSAGES.commentTooLong),
  meetingRef: optionalText(200, REVIEW_MESSAGES.meetingRefTooLong),
});
export type BulkReviewInput = z.input<typeof BulkReviewInput>;
