import type { FailCode, FieldErrors } from "@/lib/result";

/** What a form shows after an attempt: the error (and the values typed, kept) or where to go next. */
export type FormState = {
  ok?: boolean;
  code?: FailCode;
  message?: string;
  fieldErrors?: FieldErrors;
  /** The values as typed, to refill the form after a failed attempt. */
  values?: Record<string, string>;
  /** The model saved (redirect target). */
  id?: number;
  /** Files that could not be stored (the model itself was saved). */
  fileErrors?: string[];
  /** Increments on every attempt so the form remounts with the returned values. */
  attempt?: number;
};
