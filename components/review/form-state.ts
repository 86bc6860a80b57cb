import type { ReviewAction } from "@/lib/enums";

/** What a review form shows after its server action answered (plain data for useActionState). */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The row changed meanwhile (someone else acted first): the form offers a reload. */
  conflict?: boolean;
  /** The step that was attempted, so the panel can say what was recorded. */
  action?: ReviewAction;
  /** Set on every answer so two identical answers in a row still count as new. */
  at?: number;
};

export type BulkItemResult = { modelId: number; title: string; ok: boolean; message?: string };
export type BulkFormState = FormState & { results?: BulkItemResult[]; succeeded?: number; failed?: number };

export type FormAction<S> = (prev: S, formData: FormData) => Promise<S>;
