"use client";

import { startTransition, useActionState, useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/models/confirm-button";
import { formatNumber } from "@/lib/format";
import { Field, inputClass } from "@/components/review/field";
import { orgText } from "@/lib/i18n/org";
import type { OrgFormState } from "@/lib/org/form-state";
import { MergePreview } from "./merge-preview";

export type OrgField = {
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  options?: readonly { value: string; label: string }[];
  list?: string;
  /** Options narrowed by another field's value (e.g. the kinds of the chosen level): value → allowed options. */
  optionsBy?: { field: string; allowed: Readonly<Record<string, readonly string[]>> };
};

/** The options a field offers given the other fields' values. */
export function visibleOptions(
  f: OrgField,
  values: Record<string, string>,
): readonly { value: string; label: string }[] {
  if (!f.options || !f.optionsBy) return f.options ?? [];
  const allowed = f.optionsBy.allowed[values[f.optionsBy.field] ?? ""];
  return allowed ? f.options.filter((o) => allowed.includes(o.value)) : f.options;
}

/** `values` after `name` became `value`, with fields narrowed by it moved to their first allowed option. */
export function withValue(fields: readonly OrgField[], values: Record<string, string>, name: string, value: string) {
  const next = { ...values, [name]: value };
  for (const f of fields) {
    if (f.optionsBy?.field !== name) continue;
    const options = visibleOptions(f, next);
    if (!options.some((o) => o.value === next[f.name])) next[f.name] = options[0]?.value ?? "";
  }
  return next;
}

/**
 * One tree administration form: fields, hidden values, and either one submit button or a "preview"
 * button (reads only) followed, once a preview is shown, by an "apply" button.
 */
export function OrgForm({
  action,
  heading,
  intro,
  fields,
  hidden = {},
  submit,
  apply,
  goTo,
}: {
  action: (prev: OrgFormState, fd: FormData) => Promise<OrgFormState>;
  heading: string;
  intro?: string;
  fields: readonly OrgField[];
  hidden?: Record<string, string | number>;
  submit: string;
  /** With a preview step: the apply button's label. */
  apply?: string;
  /** After success with a unitId: go to that unit's page. */
  goTo?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const uid = useId();
  // Controlled: React resets uncontrolled fields after an action, and "apply" must send what was previewed.
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? f.options?.[0]?.value ?? ""])),
  );
  const set = (name: string) => (e: { target: { value: string } }) =>
    setValues((v) => withValue(fields, v, name, e.target.value));
  const router = useRouter();
  useEffect(() => {
    if (goTo && state.ok && state.unitId) router.push(`/quan-tri/don-vi/${state.unitId}`);
  }, [goTo, state, router]);
  const previewed = apply && state.ok && state.preview && state.message === orgText.preview.nothingChanged;
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        // Sent by hand so that React does not reset the form after the action: a reset put the selects back
        // on their first option while they still showed the person's choice in state, and the next click
        // sent the first options (a unit created with another level and kind than chosen).
        e.preventDefault();
        const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={heading}
    >
      <h2 className="text-base font-semibold text-slate-900">{heading}</h2>
      {intro ? <p className="text-sm text-slate-600">{intro}</p> : null}
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const id = `${uid}-${f.name}`;
        const error = state.fieldErrors?.[f.name];
        return (
          <Field key={f.name} id={id} label={f.label} error={error}>
            {f.options ? (
              <select
                id={id}
                name={f.name}
                value={values[f.name]}
                onChange={set(f.name)}
                className={inputClass}
                aria-invalid={!!error || undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              >
                {visibleOptions(f, values).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={f.name}
                value={values[f.name]}
                onChange={set(f.name)}
                placeholder={f.placeholder}
                list={f.list}
                className={inputClass}
                aria-invalid={!!error || undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            )}
          </Field>
        );
      })}
      {state.message ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={state.ok ? "text-sm font-medium text-emerald-800" : "text-sm font-medium text-red-700"}
        >
          {!state.ok && Object.values(state.fieldErrors ?? {}).includes(state.message)
            ? orgText.errors.fixFields
            : state.message}
        </p>
      ) : null}
      {state.preview ? <MergePreview plan={state.preview} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          name="intent"
          value="preview"
          variant={previewed ? "secondary" : "primary"}
          disabled={pending}
        >
          {submit}
        </Button>
        {previewed && state.preview ? (
          <ConfirmButton
            variant="primary"
            name="intent"
            value="apply"
            danger
            disabled={pending}
            label={apply}
            title={orgText.confirm.title(apply)}
            text={orgText.confirm.text({
              units: formatNumber(state.preview.units.length),
              children: formatNumber(state.preview.children.length),
              accounts: formatNumber(state.preview.accounts.length),
              dossiers: formatNumber(state.preview.dossiers.length),
              campaigns: formatNumber(state.preview.campaigns.length),
            })}
            confirmLabel={orgText.confirm.confirm}
            cancelLabel={orgText.confirm.cancel}
          />
        ) : null}
      </div>
    </form>
  );
}
