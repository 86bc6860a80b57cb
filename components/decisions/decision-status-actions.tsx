"use client";

import { useActionState, useState } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Button } from "@/components/ui/button";
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
  const [issueState, issue, issuing] = useActionState(issueAction, idleState);
  const [reopenState, reopen, reopening] = useActionState(reopenAction, idleState);
  const [deleteState, remove, deleting] = useActionState(deleteAction, idleState);
  const [open, setOpen] = useState<"issue" | "reopen" | "delete" | null>(null);

  // A yes from the server closes the dialog (the page then re-renders with the new status and remounts this).
  const shown = open === "issue" && issueState.ok ? null : open === "reopen" && reopenState.ok ? null : open;

  const last = (issueState.at ?? 0) > (reopenState.at ?? 0) ? issueState : reopenState;
  const reasonErrors = reopenState.fieldErrors?.reason;

  return (
    <div className="flex flex-col gap-3">
      {shown === null ? <FormMessage state={last} /> : null}
      <div className="flex flex-wrap gap-2">
        {status === "DRAFT" ? (
          <>
            <Button onClick={() => setOpen("issue")}>{t.issue}</Button>
            {deletable ? (
              <Button variant="secondary" onClick={() => setOpen("delete")}>
                {t.delete}
              </Button>
            ) : null}
          </>
        ) : (
          <Button variant="secondary" onClick={() => setOpen("reopen")}>
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
          name="reason"
          rows={3}
          required
          className={inputClasses}
          {...describedBy("reopen-reason", reasonErrors)}
        />
        {reasonErrors?.length ? (
          <p id="reopen-reason-error" className="mt-1 font-medium text-red-700">
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
