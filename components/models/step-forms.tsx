"use client";

import Link from "next/link";
import { useActionState } from "react";
import { mvi } from "@/lib/i18n/models";
import { buttonClasses } from "@/components/ui/button";
import type { FormState } from "@/lib/models/form-state";
import { ConfirmButton } from "./confirm-button";
import { FormMessage, Spinner } from "./form-parts";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
const t = mvi.detail;

/** "Gửi đăng ký" / "Gửi lại": an optional note to the committee, then the step; an incomplete dossier says what is missing. */
export function SubmitModelForm({
  action,
  id,
  version,
  resubmit,
  committee,
}: {
  action: Action;
  id: number;
  version: number;
  resubmit: boolean;
  /** The committee the dossier goes to, named in the confirmation. */
  committee: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const missing = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage
        message={state.message}
        fileErrors={missing.length ? missing : undefined}
        conflictHref={state.code === "conflict" ? `/mo-hinh/${id}` : undefined}
      />
      {missing.length ? (
        <p>
          <Link href={`/mo-hinh/${id}/sua`} className="link">
            {t.editToComplete}
          </Link>
        </p>
      ) : null}
      <div>
        <label htmlFor="ghi-chu-gui" className="block text-sm font-semibold text-slate-800">
          {t.submitNote}
        </label>
        <textarea
          // Remounted per attempt with what was typed: React resets the form after a refused send.
          key={`ghi-chu-${state.attempt ?? 0}`}
          defaultValue={state.values?.comment ?? ""}
          id="ghi-chu-gui"
          name="comment"
          rows={2}
          maxLength={2000}
          className="mt-1.5 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
        />
      </div>
      {pending ? (
        <button type="button" aria-disabled className={buttonClasses("primary", "md", "w-full sm:w-auto")}>
          <Spinner />
          {t.submitting}
        </button>
      ) : (
        // Kind, campaign and committee are locked once sent: ask first.
        <ConfirmButton
          variant="primary"
          label={resubmit ? t.resubmit : t.submit}
          title={resubmit ? t.resubmitConfirmTitle : t.submitConfirmTitle}
          text={resubmit ? t.resubmitConfirmText(committee) : t.submitConfirmText(committee)}
          confirmLabel={t.submitConfirm}
          cancelLabel={t.submitCancel}
        />
      )}
    </form>
  );
}

/** "Rút hồ sơ", after a confirmation dialog. */
export function WithdrawModelForm({ action, id, version }: { action: Action; id: number; version: number }) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} conflictHref={state.code === "conflict" ? `/mo-hinh/${id}` : undefined} />
      <ConfirmButton
        label={t.withdraw}
        title={t.withdrawConfirmTitle}
        text={t.withdrawConfirmText}
        confirmLabel={t.withdrawConfirm}
        cancelLabel={t.withdrawCancel}
      />
    </form>
  );
}

/** Removes one evidence file of an editable dossier, after confirmation. */
export function DeleteFileForm({
  action,
  fileId,
  modelId,
  fileName,
}: {
  action: Action;
  fileId: number;
  modelId: number;
  fileName: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="fileId" value={fileId} />
      <input type="hidden" name="modelId" value={modelId} />
      <FormMessage message={state.message} />
      <ConfirmButton
        label={
          <>
            {mvi.form.removeFile}
            <span className="sr-only"> {fileName}</span>
          </>
        }
        title={mvi.form.removeFile}
        text={mvi.form.removeFileConfirm(fileName)}
        confirmLabel={mvi.form.removeFile}
        cancelLabel={mvi.form.cancel}
      />
    </form>
  );
}

/** "Xoá bản nháp" of a never-submitted draft, after confirmation. */
export function DeleteDraftForm({
  action,
  id,
  version,
  title,
}: {
  action: Action;
  id: number;
  version: number;
  title: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage message={state.message} conflictHref={state.code === "conflict" ? `/mo-hinh/${id}` : undefined} />
      <ConfirmButton
        label={t.deleteDraft}
        title={t.deleteDraftConfirmTitle}
        text={t.deleteDraftConfirmText(title)}
        confirmLabel={t.deleteDraftConfirm}
        cancelLabel={t.deleteDraftCancel}
      />
    </form>
  );
}
