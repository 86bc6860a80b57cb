"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { mvi } from "@/lib/i18n/models";

export const inputClass =
  "mt-1.5 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus:border-focus disabled:bg-slate-100 disabled:text-slate-600";

/** A date field's text as the user reads it: dd/mm/yyyy (an ISO value from the server is turned around). */
export function dateForInput(value: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (value ?? "");
}

/** The attributes of a dd/mm/yyyy text field (never the browser's mm/dd/yyyy picker). */
export const dateInputProps = {
  type: "text",
  inputMode: "numeric",
  placeholder: "dd/mm/yyyy",
  autoComplete: "off",
  maxLength: 10,
} as const;

export function errorId(name: string) {
  return `${name}-loi`;
}

export function hintId(name: string) {
  return `${name}-goi-y`;
}

/** aria wiring of one control: its hint and its error (the error read first). */
export function describedBy(name: string, hint?: ReactNode, error?: string[]) {
  const ids = [error?.length ? errorId(name) : null, hint ? hintId(name) : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function fieldBorder(error?: string[]) {
  return error?.length ? "border-brand-700" : "border-slate-300";
}

export function Label({
  htmlFor,
  children,
  required,
}: {
  htmlFor: string;
  children: ReactNode;
  required?: "always" | "submit";
}) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-semibold text-slate-800">
      {children}
      {required ? (
        <span className="ml-1 font-normal text-slate-600">
          {required === "always" ? mvi.form.required : mvi.form.requiredToSubmit}
        </span>
      ) : null}
    </label>
  );
}

export function Hint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={hintId(name)} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

export function FieldError({ name, error }: { name: string; error?: string[] }) {
  if (!error?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1.5 text-sm font-medium text-brand-800">
      {error.join(" ")}
    </p>
  );
}

/** The form's own message (role=alert), with the conflict's way out and the per-file errors. */
export function FormMessage({
  message,
  fileErrors,
  conflictHref,
  tone = "error",
}: {
  message?: string;
  fileErrors?: string[];
  conflictHref?: string;
  tone?: "error" | "warning";
}) {
  if (!message && !fileErrors?.length) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      className={cx(
        "rounded-md border px-3 py-3 text-sm",
        tone === "error"
          ? "border-brand-200 bg-brand-50 text-brand-900"
          : "border-amber-300 bg-amber-50 text-amber-950",
      )}
    >
      {message ? <p className="font-medium">{message}</p> : null}
      {fileErrors?.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {fileErrors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
      {conflictHref ? (
        // A full load, not a client navigation: the point is to get the newest version from the server.
        <a href={conflictHref} className="mt-2 inline-flex min-h-11 items-center link font-semibold">
          {mvi.form.conflictReload}
        </a>
      ) : null}
    </div>
  );
}

/** After a failed attempt, move focus to the first invalid field (or the message) so keyboard users land on it. */
export function useFocusFirstError(attempt: number | undefined, hasErrors: boolean) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!attempt || !hasErrors || !formRef.current) return;
    const target =
      formRef.current.querySelector<HTMLElement>("[aria-invalid='true']") ??
      formRef.current.querySelector<HTMLElement>("[role='alert']");
    target?.focus();
  }, [attempt, hasErrors]);
  return formRef;
}

export function Spinner() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 animate-spin" fill="none">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
