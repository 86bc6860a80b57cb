"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { ModelKind, ModelState, Role, UnitLevel } from "@/lib/enums";
import { modelKindLabels, reviewActionLabels } from "@/lib/i18n/vi";
import { rvi } from "@/lib/i18n/review";
import { formatDate, formatNumber } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ModelStateBadge, TypicalBadge } from "@/components/models/model-state-badge";
import { Modal } from "./modal";
import { detailHref } from "@/lib/list-return";
import { Field, describedBy, inputClass } from "./field";
import type { BulkFormState, FormAction } from "./form-state";
import { BULK_NEEDS_COMMENT, BULK_REVIEW_ACTIONS, type BulkReviewAction } from "@/lib/review/bulk-actions";

export type QueueItem = {
  id: number;
  code: string;
  title: string;
  kind: ModelKind;
  fieldName: string;
  ownerUnitName: string;
  state: ModelState;
  reviewLevel: UnitLevel;
  /** Highest level at which the model is typical. */
  typicalLevel?: UnitLevel | null;
  submittedAt: string | null;
  waitingDays: number;
  version: number;
  campaignId?: number;
  /** The bulk steps the server allows on this model now (lib/review/list-review-queue.ts). */
  bulkActions?: readonly BulkReviewAction[];
};

type Criterion = { id: number; name: string; maxScore: number };
type BulkAction = BulkReviewAction | "";

/** What a recognized row says the committee may still do with it. */
function recognizedNote(actions: readonly BulkReviewAction[] | undefined): string {
  if (!actions) return rvi.queue.recognizedMayAct;
  const designate = actions.includes("DESIGNATE_TYPICAL");
  const propose = actions.includes("PROPOSE");
  return designate && propose
    ? rvi.queue.recognizedMayAct
    : propose
      ? rvi.queue.recognizedMayPropose
      : rvi.queue.recognizedMayDesignate;
}

/**
 * The queue with row checkboxes and the bulk action bar (one meeting reference and comment for the selection).
 * Rendered also when the queue is empty (`empty` is shown then): the outcome of a bulk step that emptied
 * the list must stay on screen after the page refreshes under it.
 */
export function ReviewQueue({
  items,
  role,
  submit,
  criteriaByCampaign = {},
  listQuery = "",
  empty,
}: {
  items: QueueItem[];
  role: Role;
  submit: FormAction<BulkFormState>;
  criteriaByCampaign?: Record<number, Criterion[]>;
  /** The queue's filters and page, remembered by the review page's back link. */
  listQuery?: string;
  /** Shown instead of the list when there is nothing in it. */
  empty?: ReactNode;
}) {
  const [selected, setSelected] = useState<Set<number>>(() => new Set());
  // No default: the reviewer chooses what happens to the selection.
  const [action, setAction] = useState<BulkAction>("");
  const [noScores, setNoScores] = useState(false);
  const [mustChoose, setMustChoose] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [commentMissing, setCommentMissing] = useState(false);
  const [state, formAction, pending] = useActionState(submit, { ok: false });
  const [seen, setSeen] = useState<number | undefined>(undefined);
  const resultsRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const confirmedRef = useRef(false);
  const uid = useId();
  // Row checkboxes wait for the page to run: a box ticked before that would not reach the selection.
  const hydrated = useHydrated();
  const formId = `${uid}-bulk`;

  if (state.at !== seen) {
    setSeen(state.at);
    setConfirming(false);
    setCommentMissing(false);
    if (state.ok) {
      setSelected(new Set());
      setAction("");
      setNoScores(false);
    }
  }
  useEffect(() => {
    if (!state.at) return;
    // Done: the next selection starts from an empty form. A refusal keeps what was typed (the form is
    // sent by hand, so React does not reset it) for the reviewer to correct.
    if (state.ok) formRef.current?.reset();
    resultsRef.current?.focus();
  }, [state.at, state.ok]);

  // Rows that left the queue (processed, or refreshed away) cannot stay selected.
  const chosen = items.filter((i) => selected.has(i.id));
  const allOnPage = items.length > 0 && chosen.length === items.length;
  // Only the steps that apply to at least one chosen model (a model typical here is not offered another
  // designation); with nothing chosen, the whole list, for the reviewer to see what exists.
  const offered = chosen.length
    ? BULK_REVIEW_ACTIONS.filter((a) => chosen.some((i) => !i.bulkActions || i.bulkActions.includes(a)))
    : BULK_REVIEW_ACTIONS;
  const current: BulkAction = action && offered.includes(action) ? action : "";

  /** Checks what the browser can check before asking for confirmation: a step chosen, a reason if needed. */
  function askConfirmation() {
    if (!chosen.length) return;
    if (!current) {
      setMustChoose(true);
      document.getElementById(`${uid}-action`)?.focus();
      return;
    }
    const comment = document.getElementById(`${uid}-comment`) as HTMLTextAreaElement | null;
    if (BULK_NEEDS_COMMENT.includes(current) && !comment?.value.trim()) {
      setCommentMissing(true);
      comment?.focus();
      return;
    }
    setCommentMissing(false);
    setConfirming(true);
  }

  function toggle(id: number, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  const commentError = commentMissing
    ? rvi.bulk.commentRequired
    : !state.ok
      ? state.fieldErrors?.comment?.[0]
      : undefined;
  const actionError =
    chosen.length && !offered.length
      ? rvi.bulk.noActionForSelection
      : mustChoose && !current
        ? rvi.bulk.actionRequired
        : !state.ok
          ? state.fieldErrors?.action?.[0]
          : undefined;
  const scoresError = !state.ok ? state.fieldErrors?.scores?.[0] : undefined;
  // Scores for a bulk recognition: only when the whole selection belongs to one campaign (one set of criteria).
  const campaigns = [...new Set(chosen.map((i) => i.campaignId))];
  const criteria = campaigns.length === 1 && campaigns[0] !== undefined ? (criteriaByCampaign[campaigns[0]] ?? []) : [];

  const results = (
    <div ref={resultsRef} tabIndex={-1} aria-live="polite" className="outline-none">
      {state.at && !state.ok && state.message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">
          {state.message}
        </p>
      ) : null}
      {state.ok && state.results ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{rvi.bulk.resultsHeading}</h3>
          <p className="mt-1 text-sm text-slate-700">{rvi.bulk.summary(state.succeeded ?? 0, state.failed ?? 0)}</p>
          <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
            {state.results.map((r) => (
              <li
                key={r.modelId}
                className="flex flex-col gap-1 px-3 py-2 text-sm sm:flex-row sm:items-start sm:justify-between"
              >
                <span className="font-medium text-slate-900">{r.title}</span>
                <span className={r.ok ? "text-emerald-800" : "text-red-800"}>
                  {r.ok ? rvi.bulk.itemOk : `${rvi.bulk.itemFailed}${r.message ? `: ${r.message}` : ""}`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );

  if (!items.length) {
    return (
      <div className="flex flex-col gap-4">
        {state.at ? (
          <section
            aria-label={rvi.bulk.resultsHeading}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          >
            {results}
          </section>
        ) : null}
        {empty}
      </div>
    );
  }

  return (
    // On a phone the list comes first (its first dossier on the first screen), the bulk bar after it.
    <div className="flex flex-col gap-4">
      <section
        aria-labelledby={`${uid}-bulk-title`}
        className="order-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 md:order-1"
      >
        <h2 id={`${uid}-bulk-title`} className="text-base font-semibold text-slate-900">
          {rvi.bulk.heading}
        </h2>
        <p className="mt-1 text-sm text-slate-600" aria-live="polite">
          {chosen.length ? rvi.bulk.selected(chosen.length) : rvi.bulk.noneSelected}
        </p>
        <form
          ref={formRef}
          id={formId}
          noValidate
          onKeyDown={(e) => {
            // Enter in a text field asks for confirmation (with several text fields there is no implicit submit).
            const t = e.target as HTMLElement;
            if (e.key === "Enter" && t instanceof HTMLInputElement && t.type !== "checkbox") {
              e.preventDefault();
              askConfirmation();
            }
          }}
          onSubmit={(e) => {
            e.preventDefault();
            // Enter in a text field must not skip the confirmation.
            if (!confirmedRef.current) {
              askConfirmation();
              return;
            }
            confirmedRef.current = false;
            // Sent by hand rather than through `action=`: React resets a form after its action, which would
            // empty the meeting reference and the chosen step when the server refuses the selection.
            const data = new FormData(e.currentTarget);
            startTransition(() => formAction(data));
          }}
          className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-[14rem_1fr]"
        >
          {chosen.map((i) => (
            <input key={i.id} type="hidden" name="item" value={`${i.id}:${i.version}:${i.title}`} />
          ))}
          <Field id={`${uid}-action`} label={rvi.bulk.action} error={actionError}>
            <select
              id={`${uid}-action`}
              name="action"
              value={current}
              onChange={(e) => setAction(e.target.value as BulkAction)}
              className={inputClass}
              aria-invalid={actionError ? true : undefined}
              aria-describedby={describedBy(`${uid}-action`, undefined, actionError)}
            >
              <option value="">{rvi.bulk.chooseAction}</option>
              {offered.map((a) => (
                <option key={a} value={a}>
                  {reviewActionLabels[a]}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${uid}-meeting`} label={rvi.bulk.meetingRef}>
            {/* Its one text field: an Enter before the page runs would send the script-only form as a GET. */}
            <input
              id={`${uid}-meeting`}
              name="meetingRef"
              maxLength={200}
              className={inputClass}
              disabled={!hydrated}
            />
          </Field>
          {current === "RECOGNIZE" ? (
            <fieldset
              className="space-y-3 sm:col-span-2"
              aria-describedby={scoresError ? `${uid}-scores-error` : undefined}
            >
              <legend className="text-sm font-semibold text-slate-800">{rvi.bulk.scores}</legend>
              {criteria.length ? (
                <div className="grid gap-3 sm:grid-cols-2">
                  {criteria.map((c) => (
                    <Field
                      key={c.id}
                      id={`${uid}-score-${c.id}`}
                      label={rvi.detail.scoreOf(c.name, formatNumber(c.maxScore))}
                    >
                      <input
                        id={`${uid}-score-${c.id}`}
                        name={`score-${c.id}`}
                        type="text"
                        inputMode="numeric"
                        disabled={noScores}
                        className={inputClass}
                      />
                    </Field>
                  ))}
                </div>
              ) : (
                <p className="text-sm text-slate-600">{rvi.bulk.scoresOneCampaign}</p>
              )}
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="noScores"
                  value="1"
                  checked={noScores}
                  onChange={(e) => setNoScores(e.target.checked)}
                  className="mt-0.5 size-5 shrink-0"
                />
                {rvi.bulk.noScores}
              </label>
              {scoresError ? (
                <p id={`${uid}-scores-error`} className="text-sm font-medium text-red-700">
                  {scoresError}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          <div className="sm:col-span-2">
            <Field
              id={`${uid}-comment`}
              label={rvi.bulk.comment}
              hint={current && BULK_NEEDS_COMMENT.includes(current) ? rvi.bulk.commentNeeded : rvi.bulk.commentHint}
              error={commentError}
            >
              <textarea
                id={`${uid}-comment`}
                name="comment"
                rows={2}
                maxLength={2000}
                onChange={() => setCommentMissing(false)}
                className={inputClass}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={describedBy(`${uid}-comment`, true, commentError)}
              />
            </Field>
          </div>
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <Button onClick={askConfirmation} disabled={!chosen.length || pending} aria-haspopup="dialog">
              {pending ? rvi.bulk.pending : rvi.bulk.submit}
            </Button>
            {chosen.length ? (
              <Button variant="ghost" onClick={() => setSelected(new Set())}>
                {rvi.bulk.clearSelection}
              </Button>
            ) : null}
          </div>
        </form>

        <Modal
          open={confirming}
          onClose={() => setConfirming(false)}
          labelledBy={`${uid}-confirm-title`}
          describedBy={`${uid}-confirm-text`}
        >
          <h2 id={`${uid}-confirm-title`} className="text-lg font-bold text-slate-900">
            {rvi.bulk.confirmTitle}
          </h2>
          <p id={`${uid}-confirm-text`} className="mt-2 text-slate-700">
            {current ? rvi.bulk.confirmText(reviewActionLabels[current], chosen.length) : rvi.bulk.chooseAction}
          </p>
          <ul className="mt-3 max-h-48 list-disc space-y-1 overflow-y-auto pl-5 text-sm text-slate-700">
            {chosen.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
          </ul>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {rvi.bulk.cancel}
            </Button>
            <Button type="submit" form={formId} disabled={pending} onClick={() => (confirmedRef.current = true)}>
              {rvi.bulk.confirm}
            </Button>
          </div>
        </Modal>

        <div className="mt-3">{results}</div>
      </section>

      <div className="order-1 rounded-lg border border-slate-200 bg-white shadow-sm md:order-2">
        <div className="flex items-center gap-3 border-b border-slate-100 px-4 py-2 sm:px-5">
          <input
            id={`${uid}-all`}
            type="checkbox"
            className="size-5"
            checked={allOnPage}
            disabled={!hydrated}
            onChange={(e) => setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())}
          />
          <label htmlFor={`${uid}-all`} className="text-sm font-medium text-slate-800">
            {rvi.queue.selectAll}
          </label>
        </div>
        <ul aria-label={rvi.queue.tableCaption} className="divide-y divide-slate-100">
          {items.map((m) => (
            <li key={m.id} className="flex gap-3 px-4 py-3 sm:px-5">
              <input
                type="checkbox"
                className="mt-1 size-5 shrink-0"
                aria-label={rvi.queue.selectRow(m.title)}
                checked={selected.has(m.id)}
                disabled={!hydrated}
                onChange={(e) => toggle(m.id, e.target.checked)}
              />
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  {/* Plain link: 20 <Link>s would each prefetch their dossier (ADR 0058). */}
                  <a
                    href={detailHref(`/tham-dinh/${m.id}`, listQuery)}
                    className="min-w-0 link font-semibold break-words"
                  >
                    {m.title}
                  </a>
                  <span className="flex flex-wrap gap-1">
                    <ModelStateBadge state={m.state} role={role} />
                    {m.typicalLevel ? <TypicalBadge level={m.typicalLevel} /> : null}
                  </span>
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  <span className="font-mono">{m.code}</span> · {modelKindLabels[m.kind]} · {m.fieldName}
                </p>
                <p className="text-sm text-slate-600">{m.ownerUnitName}</p>
                <p className="text-sm text-slate-600">
                  {m.submittedAt ? `${rvi.queue.submitted}: ${formatDate(m.submittedAt)} · ` : ""}
                  {/* A recognized model is not waiting for this committee: it may be designated typical or proposed. */}
                  {m.state === "RECOGNIZED" ? (
                    <span>{recognizedNote(m.bulkActions)}</span>
                  ) : (
                    <span className={m.waitingDays >= 30 ? "font-semibold text-amber-900" : undefined}>
                      {rvi.queue.waitingCol} {rvi.queue.days(formatNumber(m.waitingDays))}
                    </span>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
