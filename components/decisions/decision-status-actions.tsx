"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ConfirmDialog } from "./confirm-dialog";
import { FormMessage, describedBy, inputClasses } from "./field";
import { idleState, type ActionState } from "./types";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Ban hành" and, on a draft never issued, "Xóa dự thảo"; "Mở lại để sửa" on an issued decision. Each
 * asks for confirmation first.
 */
export function DecisionStatusActions({
  id,
  version,
  status,
  deletable,
  issueAction,
  reopenAction,
  deleteAction,
}: {
  id: number;
  version: number;
  status: "DRAFT" | "ISSUED";
  /** A draft never issued (a reopened one keeps its number and cannot be deleted). */
  deletable: boolean;
  issueAction: Action;
  reopenAction: Action;
  deleteAction: Action;
}) {
  const t = decisionsUi.detail;
  const hydrated = useHydrated();
  const [issueState, issue, issuing] = useActionState(issueAction, idleState);
  const [reopenState, reopen, reopening] = useActionState(reopenAction, idleState);
  const [deleteState, remove, deleting] = useActionState(deleteAction, idleState);
  // Which dialog is open, and the answer shown when it was opened: a yes received since closes it. The page
  // re-renders with the new status and this stays mounted, so the yes is shown and focused here (remounting
  // it dropped focus to <body>: the button that opened the dialog is gone).
  const [open, setOpen] = useState<{ which: "issue" | "reopen" | "delete"; before: ActionState } | null>(null);
  const stateOf = (which: "issue" | "reopen" | "delete") =>
    which === "issue" ? issueState : which === "reopen" ? reopenState : deleteState;
  const ask = (which: "issue" | "reopen" | "delete") => setOpen({ which, before: stateOf(which) });
  const answeredYes = open && stateOf(open.which) !== open.before && stateOf(open.which).ok;
  const shown = !open || answeredYes ? null : open.which;

  // When the last reopening was done: the reason's box starts empty after it.
  const [reopenedAt, setReopenedAt] = useState(0);
  if (reopenState.ok && reopenState.at && reopenState.at !== reopenedAt) setReopenedAt(reopenState.at);

  const last = (issueState.at ?? 0) > (reopenState.at ?? 0) ? issueState : reopenState;
  const reasonErrors = reopenState.fieldErrors?.reason;
  const messageRef = useRef<HTMLDivElement>(null);
  // A refused reason: the box to fix gets focus, and its message is read out (role="alert").
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (reopenState.fieldErrors?.reason?.length) reasonRef.current?.focus();
  }, [reopenState]);
  useEffect(() => {
    if (last.ok && last.message) messageRef.current?.focus();
  }, [last]);

  return (
    <div className="flex flex-col gap-3">
      {shown === null ? (
        <div ref={messageRef} tabIndex={-1} className="focus:outline-none">
          <FormMessage state={last} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {status === "DRAFT" ? (
          <>
            <Button onClick={() => ask("issue")} disabled={!hydrated}>
              {t.issue}
            </Button>
            {deletable ? (
              <Button variant="secondary" onClick={() => ask("delete")} disabled={!hydrated}>
                {t.delete}
              </Button>
            ) : null}
          </>
        ) : (
          <Button variant="secondary" onClick={() => ask("reopen")} disabled={!hydrated}>
            {t.reopen}
          </Button>
        )}
      </div>

      <ConfirmDialog
        open={shown === "issue"}
        title={t.issueTitle}
        confirmLabel={t.issueConfirm}
        cancelLabel={t.cancelDialog}
        pending={issuing}
        pendingLabel={t.issuing}
        onCancel={() => setOpen(null)}
        formAction={issue}
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p>{t.issueBody}</p>
        {!issueState.ok && issueState.message ? (
          <p role="alert" className="mt-3 font-medium text-red-700">
            {issueState.message}
          </p>
        ) : null}
      </ConfirmDialog>

      <ConfirmDialog
        open={shown === "delete"}
        title={t.deleteTitle}
        confirmLabel={t.deleteConfirm}
        cancelLabel={t.cancelDialog}
        pending={deleting}
        pendingLabel={t.deleting}
        onCancel={() => setOpen(null)}
        formAction={remove}
        danger
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p>{t.deleteBody}</p>
        {!deleteState.ok && deleteState.message ? (
          <p role="alert" className="mt-3 font-medium text-red-700">
            {deleteState.message}
          </p>
        ) : null}
      </ConfirmDialog>

      <ConfirmDialog
        open={shown === "reopen"}
        title={t.reopenTitle}
        confirmLabel={t.reopenConfirm}
        cancelLabel={t.cancelDialog}
        pending={reopening}
        pendingLabel={t.reopening}
        onCancel={() => setOpen(null)}
        formAction={reopen}
        danger
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <p>{t.reopenBody}</p>
        <label htmlFor="reopen-reason" className="mt-3 block font-medium text-slate-800">
          {t.reopenReason}
        </label>
        <textarea
          // Empty again for the next reopening once one was done (a refusal keeps what was typed).
          key={reopenedAt}
          ref={reasonRef}
          name="reason"
          rows={3}
          required
          className={inputClasses}
          {...describedBy("reopen-reason", reasonErrors)}
        />
        {reasonErrors?.length ? (
          <p id="reopen-reason-error" role="alert" className="mt-1 font-medium text-red-700">
            {reasonErrors.join(" ")}
          </p>
        ) : !reopenState.ok && reopenState.message ? (
          <p role="alert" className="mt-3 font-medium text-red-700">
            {reopenState.message}
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
