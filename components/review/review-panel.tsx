"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ReviewAction, UnitKind, UnitLevel } from "@/lib/enums";
import { reviewActionLabels, typicalAtLevel } from "@/lib/i18n/vi";
import { levelPhrase, type LevelOf } from "@/lib/i18n/levels";
import { rvi } from "@/lib/i18n/review";
import { formatNumber } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { useLocalDraft } from "@/components/models/local-draft";
import { Modal } from "./modal";
import { Field, describedBy, inputClass } from "./field";
import type { FormAction, FormState } from "./form-state";

export type PanelAction = { action: ReviewAction; requestKey: string };
export type PanelCriterion = { id: number; name: string; maxScore: number };

const NEEDS_COMMENT: readonly ReviewAction[] = ["REQUEST_REVISION", "NOT_RECOGNIZE"];
const TAKES_MEETING_REF: readonly ReviewAction[] = [
  "REQUEST_REVISION",
  "RECOGNIZE",
  "NOT_RECOGNIZE",
  "DESIGNATE_TYPICAL",
  "PROPOSE",
];
const TAKES_SCORES: readonly ReviewAction[] = ["RECOGNIZE", "NOT_RECOGNIZE"];
/** Steps that take the model away from the committee's hands: the primary colour is kept for the usual path. */
const PRIMARY: readonly ReviewAction[] = ["RECOGNIZE", "DESIGNATE_TYPICAL", "PROPOSE", "START_REVIEW"];

/**
 * The reviewer's buttons for one model. Each opens a small dialog form; one useActionState serves them
 * all so the outcome survives the page refreshing under it (the list of buttons changes after a step).
 */
export function ReviewPanel({
  modelId,
  version,
  actions,
  criteria,
  committee,
  proposeTo,
  undo,
  unavailable,
  reloadHref,
  submit,
}: {
  modelId: number;
  version: number;
  actions: PanelAction[];
  criteria: PanelCriterion[];
  /** The holding committee: a typical designation says at which level, named as it is today. */
  committee?: LevelOf;
  /** The committee a proposal goes to (named in the dialog). */
  proposeTo?: { name: string; level: UnitLevel; kind?: UnitKind } | null;
  /** The step an undo takes back, named in its hint and asked about in its dialog. */
  undo?: { step: string; modelTitle: string } | null;
  /** Why a step the state allows is not offered (a revision request nobody could answer). */
  unavailable?: string | null;
  reloadHref: string;
  submit: FormAction<FormState>;
}) {
  const [state, formAction, pending] = useActionState(submit, { ok: false });
  const [open, setOpen] = useState<ReviewAction | null>(null);
  const [seen, setSeen] = useState<number | undefined>(undefined);
  const statusRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const hydrated = useHydrated();
  const titleId = `${uid}-title`;
  // What the reviewer typed (comment, meeting reference, scores) is kept in this browser until the step is
  // done: a session that ended meanwhile sends them to sign in, and coming back here fills the dialog again.
  // Typed over another version of the model (someone acted meanwhile): dropped, as the model form's draft.
  const draft = useLocalDraft(`/tham-dinh/${modelId}`, String(version));
  // What was typed since: React resets the form after each submit (an error answer too), back to these.
  const [latest, setLatest] = useState<Record<string, string> | null>(null);
  const kept = latest ?? draft.restored;
  const typed = (name: string): string | undefined => (kept && kept.action === open ? kept[name] : undefined);

  // A fresh answer: success closes the dialog and announces it; a conflict closes it too (reload offered).
  if (state.at !== seen) {
    setSeen(state.at);
    if (state.ok || state.conflict) setOpen(null);
    if (state.ok) setLatest(null);
  }
  useEffect(() => {
    if ((state.ok || state.conflict) && state.at) statusRef.current?.focus();
  }, [state.ok, state.conflict, state.at]);
  const forgetDraft = draft.forget;
  useEffect(() => {
    if (state.ok && state.at) forgetDraft();
  }, [state.ok, state.at, forgetDraft]);

  const current = open ? actions.find((a) => a.action === open) : undefined;
  // Hints that name the level and the committee instead of "the committee's level" / "the level above".
  const hint = (a: ReviewAction): string =>
    a === "DESIGNATE_TYPICAL" && committee
      ? rvi.detail.typicalHint(typicalAtLevel(committee, new Date()).toLowerCase())
      : a === "PROPOSE" && proposeTo
        ? rvi.detail.proposeHint(proposeTo.name, levelPhrase(proposeTo))
        : a === "UNDO" && undo
          ? rvi.detail.undoHint(undo.step)
          : rvi.detail.actionHints[a];
  // Errors belong to the dialog of the step that was tried.
  const errors = !state.ok && !state.conflict && state.action === open ? state : null;
  const commentError = errors?.fieldErrors?.comment?.[0];
  const meetingError = errors?.fieldErrors?.meetingRef?.[0];

  return (
    <div>
      <div aria-live="polite">
        {state.ok && state.action ? (
          <div
            ref={statusRef}
            tabIndex={-1}
            role="status"
            className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 ring-1 ring-emerald-200"
          >
            {rvi.detail.done(reviewActionLabels[state.action])}
          </div>
        ) : null}
        {state.conflict ? (
          <div
            ref={statusRef}
            tabIndex={-1}
            role="alert"
            className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300"
          >
            <p>{rvi.detail.conflict}</p>
            <a href={reloadHref} className="mt-1 inline-flex min-h-11 items-center link font-semibold">
              {rvi.detail.reload}
            </a>
          </div>
        ) : null}
      </div>

      {actions.length ? (
        <ul className="space-y-3">
          {actions.map((a) => (
            <li key={a.action}>
              <Button
                variant={PRIMARY.includes(a.action) ? "primary" : "secondary"}
                className="w-full"
                onClick={() => setOpen(a.action)}
                disabled={!hydrated}
                aria-haspopup="dialog"
                aria-describedby={`${uid}-${a.action}-hint`}
              >
                {reviewActionLabels[a.action]}
              </Button>
              <p id={`${uid}-${a.action}-hint`} className="mt-1 text-sm text-slate-600">
                {hint(a.action)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{rvi.detail.noActions}</p>
      )}
      {unavailable ? (
        <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200">
          {unavailable}
        </p>
      ) : null}

      <Modal open={Boolean(current)} onClose={() => setOpen(null)} labelledBy={titleId}>
        {current ? (
          <form
            action={formAction}
            noValidate
            className="space-y-4"
            onInput={(e) => setLatest(draft.save(e.currentTarget))}
          >
            <h2 id={titleId} className="text-lg font-bold text-slate-900">
              {reviewActionLabels[current.action]}
            </h2>
            {current.action === "UNDO" && undo ? (
              <p className="text-slate-900">{rvi.detail.undoQuestion(undo.step, undo.modelTitle)}</p>
            ) : (
              <p className="text-sm text-slate-600">{hint(current.action)}</p>
            )}
            <input type="hidden" name="modelId" value={modelId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="action" value={current.action} />
            <input type="hidden" name="requestKey" value={current.requestKey} />

            {errors?.message ? (
              <p
                role="alert"
                className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200"
              >
                {errors.message}
              </p>
            ) : null}

            {TAKES_SCORES.includes(current.action) && criteria.length ? (
              <fieldset className="space-y-3">
                <legend className="text-sm font-semibold text-slate-800">{rvi.detail.scores}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  {criteria.map((c) => {
                    const id = `${uid}-score-${c.id}`;
                    const err = errors?.fieldErrors?.[`score-${c.id}`]?.[0];
                    return (
                      <Field
                        key={c.id}
                        id={id}
                        label={rvi.detail.scoreOf(c.name, formatNumber(c.maxScore))}
                        error={err}
                      >
                        <input
                          id={id}
                          name={`score-${c.id}`}
                          defaultValue={typed(`score-${c.id}`)}
                          type="text"
                          inputMode="numeric"
                          autoComplete="off"
                          className={inputClass}
                          aria-invalid={err ? true : undefined}
                          aria-describedby={describedBy(id, undefined, err)}
                        />
                      </Field>
                    );
                  })}
                </div>
                {errors?.fieldErrors?.scores?.[0] ? (
                  <p className="text-sm font-medium text-red-700">{errors.fieldErrors.scores[0]}</p>
                ) : null}
              </fieldset>
            ) : null}

            {TAKES_MEETING_REF.includes(current.action) ? (
              <Field
                id={`${uid}-meeting`}
                label={rvi.detail.meetingRef}
                hint={rvi.detail.meetingRefHint}
                error={meetingError}
              >
                <input
                  id={`${uid}-meeting`}
                  name="meetingRef"
                  defaultValue={typed("meetingRef")}
                  maxLength={200}
                  className={inputClass}
                  aria-invalid={meetingError ? true : undefined}
                  aria-describedby={describedBy(`${uid}-meeting`, true, meetingError)}
                />
              </Field>
            ) : null}

            <Field
              id={`${uid}-comment`}
              label={
                <>
                  {rvi.detail.comment}
                  {NEEDS_COMMENT.includes(current.action) ? (
                    <span className="font-normal text-slate-600"> {rvi.detail.commentRequired}</span>
                  ) : null}
                </>
              }
              error={commentError}
            >
              <textarea
                id={`${uid}-comment`}
                name="comment"
                defaultValue={typed("comment")}
                rows={4}
                maxLength={2000}
                aria-required={NEEDS_COMMENT.includes(current.action) || undefined}
                className={inputClass}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={describedBy(`${uid}-comment`, undefined, commentError)}
              />
            </Field>

            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" onClick={() => setOpen(null)} disabled={pending}>
                {rvi.detail.cancel}
              </Button>
              <Button type="submit" aria-disabled={pending || undefined} disabled={pending}>
                {pending ? rvi.detail.pending : `${rvi.detail.confirm}: ${reviewActionLabels[current.action]}`}
              </Button>
            </div>
          </form>
        ) : null}
      </Modal>
    </div>
  );
}
