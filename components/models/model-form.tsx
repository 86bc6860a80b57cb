"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import { mvi } from "@/lib/i18n/models";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ChosenName } from "@/components/ui/chosen-name";
import type { FormState } from "@/lib/models/form-state";
import { FilePicker, blockBadUploads } from "./file-picker";
import { RestoredDraftNotice, StaleDraft, useLocalDraft } from "./local-draft";
import { ReplicationPicker, type OriginChoice } from "./replication-picker";
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

export type Option = { value: string; label: string };
type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
type Search = Parameters<typeof ReplicationPicker>[0]["search"];

const f = mvi.form;

/**
 * Registration form, new or edit. Uncontrolled fields keyed by the attempt, so after a failed save
 * they remount with the values just typed; errors sit next to their field (aria-describedby).
 */
export function ModelForm({
  mode,
  action,
  search,
  initial,
  fields,
  campaigns,
  committees,
  locked = false,
  requestKey,
  origin,
  cancelHref,
  children,
}: {
  mode: "create" | "edit";
  action: Action;
  search: Search;
  initial: Record<string, string>;
  fields: Option[];
  campaigns: Option[];
  committees: Option[];
  /** Kind, campaign and committee are fixed once the dossier went to a committee. */
  locked?: boolean;
  requestKey?: string;
  origin: OriginChoice | null;
  cancelHref: string;
  /** Existing files etc., shown before the file picker. */
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  // The page of this form: where the login page sends the user back after an expired session.
  const returnTo = mode === "edit" ? `/mo-hinh/${initial.id}/sua` : "/mo-hinh/moi";
  const draft = useLocalDraft(returnTo, mode === "edit" ? String(initial.version ?? "") : "");
  const restored = attempt0(state) ? draft.restored : null;
  const v = { ...initial, ...(restored ?? {}), ...(state.values ?? {}) };
  const errs = state.fieldErrors ?? {};
  const attempt = state.attempt ?? 0;
  const [kind, setKind] = useState(v.kind || "COLLECTIVE");
  const [restoredKind, setRestoredKind] = useState<string | null>(null);
  if (restored?.kind && restored.kind !== restoredKind) {
    setRestoredKind(restored.kind);
    setKind(restored.kind);
  }
  // The chosen campaign's whole name under its select (a phone cuts a closed select's line); null = as loaded.
  const [campaignChoice, setCampaignChoice] = useState<string | null>(null);
  const formRef = useFocusFirstError(attempt, Boolean(state.message || state.fileErrors));
  // A refusal: not saved after all, so the local copy is kept as typed, not as sent. A save with files
  // refused (ok) stays sent: the text was saved.
  const keepUnsent = draft.save;
  useEffect(() => {
    if (!state.ok && (state.message || state.fieldErrors) && formRef.current) keepUnsent(formRef.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on each answer only
  }, [state]);
  const k = (name: string) => `${name}-${attempt}${restored ? "-r" : ""}`;

  const text = (
    name: string,
    label: string,
    opts: { required?: "always" | "submit"; hint?: ReactNode; max?: number; type?: string } = {},
  ) => (
    <div>
      <Label htmlFor={name} required={opts.required}>
        {label}
      </Label>
      <Hint name={name}>{opts.hint}</Hint>
      <input
        key={k(name)}
        id={name}
        name={name}
        {...(opts.type === "date" ? dateInputProps : { type: opts.type ?? "text" })}
        defaultValue={opts.type === "date" ? dateForInput(v[name]) : (v[name] ?? "")}
        maxLength={opts.max}
        aria-invalid={errs[name] ? true : undefined}
        aria-describedby={describedBy(name, opts.hint, errs[name])}
        className={cx(inputClass, fieldBorder(errs[name]))}
      />
      <FieldError name={name} error={errs[name]} />
    </div>
  );

  const area = (name: string, label: string) => (
    <div>
      <Label htmlFor={name} required="submit">
        {label}
      </Label>
      <Hint name={name}>{f.narrativeHint}</Hint>
      <textarea
        key={k(name)}
        id={name}
        name={name}
        rows={4}
        maxLength={5000}
        defaultValue={v[name] ?? ""}
        aria-invalid={errs[name] ? true : undefined}
        aria-describedby={describedBy(name, true, errs[name])}
        className={cx(inputClass, fieldBorder(errs[name]))}
      />
      <FieldError name={name} error={errs[name]} />
    </div>
  );

  const select = (
    name: string,
    label: string,
    placeholder: string,
    options: Option[],
    hint?: ReactNode,
    chosen?: { value: string; onChange: (v: string) => void },
  ) => (
    <div>
      <Label htmlFor={name} required="always">
        {label}
      </Label>
      <Hint name={name}>{locked && name !== "fieldId" ? f.lockedHint : hint}</Hint>
      {locked && name !== "fieldId" ? <input type="hidden" name={name} value={v[name] ?? ""} /> : null}
      <select
        key={k(name)}
        id={name}
        name={locked && name !== "fieldId" ? undefined : name}
        disabled={locked && name !== "fieldId"}
        defaultValue={v[name] ?? ""}
        onChange={chosen ? (e) => chosen.onChange(e.target.value) : undefined}
        aria-invalid={errs[name] ? true : undefined}
        aria-describedby={describedBy(name, true, errs[name])}
        className={cx(inputClass, fieldBorder(errs[name]))}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {chosen ? <ChosenName text={options.find((o) => o.value === chosen.value)?.label} /> : null}
      <FieldError name={name} error={errs[name]} />
    </div>
  );

  const savedWithFileErrors = state.ok && state.fileErrors?.length;
  // A new model saved but some files refused: the draft exists now. Showing the empty "new" form again
  // invited a second save of the same dossier; the next step is to attach the files to this one.
  if (mode === "create" && savedWithFileErrors && state.id) {
    return <CreatedWithFileErrors id={state.id} fileErrors={state.fileErrors ?? []} onShown={draft.forget} />;
  }

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-6"
      onSubmit={(e) => {
        if (pending) return e.preventDefault();
        // Kept as sent (local-draft.tsx): once the version moves, this text is known as the save's own.
        if (!blockBadUploads(e)) draft.save(e.currentTarget, true);
      }}
      onInput={(e) => draft.save(e.currentTarget)}
      onChange={(e) => draft.save(e.currentTarget)}
    >
      <input type="hidden" name="returnTo" value={returnTo} />
      {requestKey ? <input type="hidden" name="requestKey" value={requestKey} /> : null}
      {draft.stale && attempt0(state) ? (
        <StaleDraft
          typed={draft.stale}
          current={initial}
          fields={STALE_FIELDS}
          intro={f.staleIntro}
          onDrop={draft.dropStale}
        />
      ) : null}
      {restored ? <RestoredDraftNotice text={f.restoredDraft} onForget={() => draft.forget()} /> : null}
      {mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : null}

      {savedWithFileErrors ? (
        <FormMessage tone="warning" message={f.fileErrors} fileErrors={state.fileErrors} />
      ) : (
        <FormMessage
          message={state.message}
          conflictHref={state.code === "conflict" ? `/mo-hinh/${initial.id}/sua` : undefined}
        />
      )}
      {savedWithFileErrors && state.id ? (
        <p>
          <Link href={`/mo-hinh/${state.id}`} className="link">
            {f.viewModel}
          </Link>
        </p>
      ) : null}

      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">
          {f.kind} <span className="font-normal text-slate-600">{f.required}</span>
        </legend>
        {locked ? <input type="hidden" name="kind" value={kind} /> : null}
        <div
          className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6"
          aria-describedby={describedBy("kind", undefined, errs.kind)}
        >
          {(
            [
              ["COLLECTIVE", f.kindCollective],
              ["INDIVIDUAL", f.kindIndividual],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-slate-900">
              <input
                // Remounted per attempt: React resets a submitted form, and a controlled radio would
                // otherwise fall back to its first default while the person fields stay shown.
                key={k(`kind-${value}`)}
                type="radio"
                name={locked ? undefined : "kind"}
                value={value}
                checked={kind === value}
                disabled={locked}
                onChange={() => setKind(value)}
                className="size-5"
              />
              {label}
            </label>
          ))}
        </div>
        {locked ? <p className="mt-1 text-sm text-slate-600">{f.lockedHint}</p> : null}
        <FieldError name="kind" error={errs.kind} />
      </fieldset>

      {kind === "INDIVIDUAL" ? (
        <fieldset className="space-y-4 rounded-md border border-slate-200 px-3 pt-2 pb-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">{f.personGroup}</legend>
          <div>
            <Label htmlFor="personHonorific" required="always">
              {f.honorific}
            </Label>
            <select
              key={k("personHonorific")}
              id="personHonorific"
              name="personHonorific"
              defaultValue={v.personHonorific ?? ""}
              aria-invalid={errs.personHonorific ? true : undefined}
              aria-describedby={describedBy("personHonorific", undefined, errs.personHonorific)}
              className={cx(inputClass, fieldBorder(errs.personHonorific), "sm:w-40")}
            >
              <option value="">—</option>
              <option value="MALE">Ông</option>
              <option value="FEMALE">Bà</option>
            </select>
            <FieldError name="personHonorific" error={errs.personHonorific} />
          </div>
          {text("personName", f.personName, { required: "always", max: 200 })}
          {text("personPosition", f.personPosition, { required: "always", max: 200 })}
          {text("address", f.address, { required: "always", max: 500 })}
        </fieldset>
      ) : null}

      {text("title", f.title, { required: "always", hint: f.titleHint, max: 300 })}
      {select("fieldId", f.field, f.chooseField, fields)}
      {select("campaignId", f.campaign, f.chooseCampaign, campaigns, f.campaignHint, {
        value: campaignChoice ?? v.campaignId ?? "",
        onChange: setCampaignChoice,
      })}
      {select("registeredWithUnitId", f.committee, f.chooseCommittee, committees, f.committeeHint)}
      {area("goals", f.goals)}
      {area("methods", f.methods)}
      {text("startDate", f.startDate, { required: "submit", type: "date", hint: f.startDateHint })}
      {area("expectedResults", f.expectedResults)}

      <ReplicationPicker
        search={search}
        initial={origin}
        excludeId={initial.id ? Number(initial.id) : undefined}
        error={errs.replicatedFromId}
      />

      {children}
      <FilePicker error={errs.file} attempt={attempt} keepFiles={!state.ok} />

      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end">
        <Link href={cancelHref} className={buttonClasses("secondary")} onClick={() => draft.forget()}>
          {f.cancel}
        </Link>
        <button type="submit" aria-disabled={pending || undefined} className={buttonClasses("primary")}>
          {pending ? <Spinner /> : null}
          {pending ? f.saving : mode === "create" ? f.saveDraft : f.save}
        </button>
      </div>
    </form>
  );
}

/** Text fields worth offering back, with their labels, in the form's order. */
const STALE_FIELDS: [string, string][] = [
  ["title", f.title],
  ["personName", f.personName],
  ["personPosition", f.personPosition],
  ["address", f.address],
  ["goals", f.goals],
  ["methods", f.methods],
  ["expectedResults", f.expectedResults],
];

function CreatedWithFileErrors({ id, fileErrors, onShown }: { id: number; fileErrors: string[]; onShown: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    onShown();
    ref.current?.focus();
  }, [onShown]);
  return (
    <div ref={ref} tabIndex={-1} className="space-y-4 outline-none">
      <FormMessage tone="warning" message={f.createdWithFileErrors} fileErrors={fileErrors} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href={`/mo-hinh/${id}/sua`} className={buttonClasses("primary")}>
          {f.attachAgain}
        </Link>
        <Link href={`/mo-hinh/${id}`} className={buttonClasses("secondary")}>
          {f.viewModel}
        </Link>
      </div>
    </div>
  );
}

/** Before the first attempt only: after one, the server's echo of the fields is what the form shows. */
function attempt0(state: FormState): boolean {
  return !state.attempt;
}
