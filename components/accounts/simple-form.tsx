"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ConfirmButton } from "@/components/models/confirm-button";
import { FilePicker, blockBadUploads } from "@/components/models/file-picker";
import { RestoredDraftNotice, StaleDraft, restoredDraftText, useLocalDraft } from "@/components/models/local-draft";
import { dateInputProps } from "@/components/models/form-parts";
import { mvi } from "@/lib/i18n/models";
import type { FormState } from "./form-state";

export type FormField = {
  name: string;
  label: string;
  /** "files": the model forms' evidence picker (several files, checked in the browser before sending). */
  type?: "text" | "password" | "email" | "select" | "textarea" | "date" | "files";
  options?: readonly { value: string; label: string }[];
  /** A select's first, empty choice ("Chọn …"): nothing is picked for the person, so nothing is picked wrongly. */
  placeholder?: string;
  defaultValue?: string;
  autoComplete?: string;
  hint?: string;
  /** Marked "(bắt buộc)" in the label and aria-required (the server checks; the form sends anyway). */
  required?: boolean;
};

const inputClass =
  "mt-1.5 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-focus";

/** One form for the account pages: labelled fields, Vietnamese errors under each, a status line. */
export function SimpleForm({
  id,
  action,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  confirm,
  success,
  draft,
  children,
}: {
  id: string;
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: readonly FormField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** Asked in a dialog before an irreversible step; the dialog names what will happen. */
  confirm?: { title: string; text: string; confirmLabel: string; cancelLabel: string };
  /** Shown instead of the form once it succeeded (a one-time form: what to do next). */
  success?: React.ReactNode;
  /**
   * Keep what is typed in this browser until it is saved (ADR 0066): a session that ends meanwhile sends
   * the person to sign in, and the form puts the text back on return. `path` names the form (the page it is
   * on), `base` the version shown; the page a save lands on drops it (ForgetLocalDraft) or the version moves.
   */
  draft?: { path: string; base?: string };
  children?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const local = useLocalDraft(draft?.path ?? "", draft?.base ?? "");
  const restored = local.restored;
  const forgetLocal = local.forget;
  const keep = (sent = false) => {
    if (draft && formRef.current) local.save(formRef.current, sent);
  };
  // React resets a form after every action, refused or not; a refusal must keep what was typed, so the
  // action is dispatched by hand and the form is reset only after a success.
  useEffect(() => {
    if (state.ok) {
      formRef.current?.reset();
      forgetLocal();
    }
    // A refusal: keyboard and screen-reader users land on the first field to fix (or the message).
    else if (state.message || state.fieldErrors) {
      // Not saved after all: kept as typed, not as sent (see useLocalDraft's `save`).
      if (draft && formRef.current) local.save(formRef.current);
      const form = formRef.current;
      (
        form?.querySelector<HTMLElement>("[aria-invalid='true']") ??
        form?.querySelector<HTMLElement>("[data-form-status]")
      )?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on each answer only
  }, [state]);
  if (state.ok && success) {
    return (
      <div className="space-y-4">
        {state.message ? (
          <p
            role="status"
            className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            {state.message}
          </p>
        ) : null}
        {success}
      </div>
    );
  }
  return (
    <form
      ref={formRef}
      action={formAction}
      onInput={() => keep()}
      onChange={() => keep()}
      onSubmit={(e) => {
        e.preventDefault();
        // A file the server would refuse stops the send before megabytes travel (the picker says why).
        if (blockBadUploads(e)) return;
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        keep(true);
        startTransition(() => formAction(data));
      }}
      noValidate
      className="space-y-4"
      aria-describedby={state.message ? `${id}-status` : undefined}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message ? (
        <p
          id={`${id}-status`}
          role={state.ok ? "status" : "alert"}
          tabIndex={-1}
          data-form-status
          className={cx(
            "rounded-md border px-3 py-2 text-sm",
            state.ok
              ? "border-emerald-200 bg-emerald-50 text-emerald-900"
              : "border-brand-200 bg-brand-50 text-brand-900",
          )}
        >
          {state.message}
        </p>
      ) : null}
      {local.stale ? (
        <StaleDraft
          typed={local.stale}
          current={Object.fromEntries(fields.map((f) => [f.name, f.defaultValue]))}
          fields={fields.filter((f) => f.type !== "files" && f.type !== "password").map((f) => [f.name, f.label])}
          onDrop={local.dropStale}
        />
      ) : null}
      {restored ? <RestoredDraftNotice text={restoredDraftText(submitLabel)} onForget={forgetLocal} /> : null}
      {fields.map((f) => {
        if (f.type === "files")
          return <FilePicker key={f.name} name={f.name} label={f.label} error={state.fieldErrors?.[f.name]} />;
        const error = state.fieldErrors?.[f.name]?.[0];
        const fid = `${id}-${f.name}`;
        const describedBy =
          [error ? `${fid}-error` : "", f.hint ? `${fid}-hint` : ""].filter(Boolean).join(" ") || undefined;
        // Put back from the local draft: remounted (the `key` below) so the restored text shows.
        const value = f.type !== "password" ? (restored?.[f.name] ?? f.defaultValue) : f.defaultValue;
        const common = {
          id: fid,
          name: f.name,
          defaultValue: value,
          "aria-invalid": error ? true : undefined,
          "aria-required": f.required || undefined,
          "aria-describedby": describedBy,
          className: cx(inputClass, error ? "border-brand-700" : "border-slate-300"),
        };
        return (
          <div key={`${f.name}${restored ? "-r" : ""}`}>
            <label htmlFor={fid} className="block text-sm font-semibold text-slate-800">
              {f.label}
              {f.required ? (
                <>
                  {" "}
                  <span className="font-normal text-slate-600">{mvi.form.required}</span>
                </>
              ) : null}
            </label>
            {f.type === "select" ? (
              <select {...common} defaultValue={value ?? (f.placeholder ? "" : undefined)}>
                {f.placeholder ? <option value="">{f.placeholder}</option> : null}
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "textarea" ? (
              <textarea {...common} rows={4} />
            ) : (
              <input
                {...common}
                // Dates are typed dd/mm/yyyy as on the model form, never the browser's own picker.
                {...(f.type === "date" ? dateInputProps : { type: f.type ?? "text", autoComplete: f.autoComplete })}
              />
            )}
            {f.hint ? (
              <p id={`${fid}-hint`} className="mt-1 text-xs text-slate-600">
                {f.hint}
              </p>
            ) : null}
            {error ? (
              <p id={`${fid}-error`} className="mt-1 text-sm font-medium text-brand-800">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      {children}
      {confirm ? (
        <ConfirmButton
          variant="primary"
          danger
          disabled={pending}
          label={pending ? pendingLabel : submitLabel}
          {...confirm}
        />
      ) : (
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className={buttonClasses("primary", "md", "w-full sm:w-auto")}
        >
          {pending ? pendingLabel : submitLabel}
        </button>
      )}
    </form>
  );
}
