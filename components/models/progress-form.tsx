"use client";

import { useActionState } from "react";
import Link from "next/link";
import { mvi } from "@/lib/i18n/models";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { FormState } from "@/lib/models/form-state";
import { FilePicker, blockBadUploads } from "./file-picker";
import {
  FieldError,
  FormMessage,
  Hint,
  Label,
  Spinner,
  dateForInput,
  dateInputProps,
  describedBy,
  fieldBorder,
  inputClass,
  useFocusFirstError,
} from "./form-parts";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
const r = mvi.report;

/** A dated progress entry with optional quantities (vi-VN numbers accepted) and photos. */
export function ProgressForm({ action, modelId, today }: { action: Action; modelId: number; today: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const v = state.values ?? {};
  const errs = state.fieldErrors ?? {};
  const attempt = state.attempt ?? 0;
  const formRef = useFocusFirstError(attempt, Boolean(state.message || state.fileErrors));

  const num = (name: string, label: string) => (
    <div>
      <Label htmlFor={name}>{label}</Label>
      <input
        key={`${name}-${attempt}`}
        id={name}
        name={name}
        inputMode="decimal"
        defaultValue={v[name] ?? ""}
        aria-invalid={errs[name] ? true : undefined}
        aria-describedby={describedBy(name, undefined, errs[name]) ?? "so-lieu-goi-y"}
        className={cx(inputClass, fieldBorder(errs[name]))}
      />
      <FieldError name={name} error={errs[name]} />
    </div>
  );

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-5"
      onSubmit={(e) => (pending ? e.preventDefault() : blockBadUploads(e))}
    >
      <input type="hidden" name="modelId" value={modelId} />
      <input type="hidden" name="returnTo" value={`/mo-hinh/${modelId}/bao-cao`} />
      {state.ok && state.fileErrors?.length ? (
        <>
          <FormMessage tone="warning" message={mvi.form.reportFileErrors} fileErrors={state.fileErrors} />
          <Link href={`/mo-hinh/${modelId}`} className="link">
            {mvi.form.viewModel}
          </Link>
        </>
      ) : (
        <FormMessage message={state.message} />
      )}
      <div>
        <Label htmlFor="reportDate" required="always">
          {r.reportDate}
        </Label>
        <input
          key={`reportDate-${attempt}`}
          id="reportDate"
          name="reportDate"
          {...dateInputProps}
          defaultValue={dateForInput(v.reportDate ?? today)}
          aria-invalid={errs.reportDate ? true : undefined}
          aria-describedby={describedBy("reportDate", undefined, errs.reportDate)}
          className={cx(inputClass, fieldBorder(errs.reportDate))}
        />
        <FieldError name="reportDate" error={errs.reportDate} />
      </div>
      <div>
        <Label htmlFor="note" required="always">
          {r.note}
        </Label>
        <textarea
          key={`note-${attempt}`}
          id="note"
          name="note"
          rows={4}
          maxLength={5000}
          defaultValue={v.note ?? ""}
          aria-invalid={errs.note ? true : undefined}
          aria-describedby={describedBy("note", undefined, errs.note)}
          className={cx(inputClass, fieldBorder(errs.note))}
        />
        <FieldError name="note" error={errs.note} />
      </div>
      <fieldset className="space-y-4 rounded-md border border-slate-200 px-3 pt-2 pb-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{r.quantities}</legend>
        <Hint name="so-lieu">{r.numberHint}</Hint>
        <div className="grid gap-4 sm:grid-cols-2">
          {num("moneyVnd", r.moneyVnd)}
          {num("landM2", r.landM2)}
          {num("roadKm", r.roadKm)}
          {num("workdays", r.workdays)}
          {num("households", r.households)}
        </div>
      </fieldset>
      <FilePicker label={r.photos} error={errs.file} attempt={attempt} keepFiles={!state.ok} />
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end">
        <Link href={`/mo-hinh/${modelId}`} className={buttonClasses("secondary")}>
          {mvi.form.cancel}
        </Link>
        <button type="submit" aria-disabled={pending || undefined} className={buttonClasses("primary")}>
          {pending ? <Spinner /> : null}
          {pending ? mvi.form.saving : r.submit}
        </button>
      </div>
    </form>
  );
}
