// What the tree administration forms get back (useActionState): a message, field errors, a preview.
import type { MergePlan } from "./merge-units";
import type { OrgResult } from "./tree-admin";

export type OrgFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  preview?: MergePlan;
  /** Where the page should go after success (a created or loaded unit). */
  unitId?: number;
};

export function toFormState<T>(r: OrgResult<T>, done: string, extra?: (v: T) => Partial<OrgFormState>): OrgFormState {
  if (!r.ok) return { ok: false, message: r.message, fieldErrors: r.fieldErrors };
  return { ok: true, message: done, ...(extra ? extra(r.value) : {}) };
}
