import type { ReviewerStep } from "@/lib/workflow/state-machine";

// Apart from schema.ts so the queue's client component gets these lists without zod (34 kB gzipped).

/**
 * The steps a committee may take over a selection from its queue. Start review and undo stay per model
 * (undo is about one's own last step, start review happens when a model is opened).
 */
export const BULK_REVIEW_ACTIONS = [
  "RECOGNIZE",
  "DESIGNATE_TYPICAL",
  "PROPOSE",
  "REQUEST_REVISION",
  "NOT_RECOGNIZE",
] as const satisfies readonly ReviewerStep[];
export type BulkReviewAction = (typeof BULK_REVIEW_ACTIONS)[number];
/** A bulk step that needs a comment (the owners are told why). */
export const BULK_NEEDS_COMMENT: readonly BulkReviewAction[] = ["REQUEST_REVISION", "NOT_RECOGNIZE"];
