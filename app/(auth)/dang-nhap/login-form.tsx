"use client";

import { useActionState } from "react";
import { vi } from "@/lib/i18n/vi";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { login, type LoginState } from "./actions";

const inputClass =
  "block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus:border-focus";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [state, formAction, pending] = useActionState<LoginState, FormData>(login, {
    username: "",
    error: initialError,
  });
  const usernameError = state.fieldErrors?.username;
  const passwordError = state.fieldErrors?.password;

  return (
    <form
      action={formAction}
      noValidate
      // A second click while the first attempt runs must not count as another failed login.
      onSubmit={(e) => {
        if (pending) e.preventDefault();
      }}
      className="space-y-5"
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />

      {state.error ? (
        <div
          role="alert"
          className="flex gap-3 rounded-md border border-brand-200 bg-brand-50 px-3 py-3 text-sm text-brand-900"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0" fill="currentColor">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
              clipRule="evenodd"
            />
          </svg>
          <p>{state.error}</p>
        </div>
      ) : null}

      <div>
        <label htmlFor="username" className="block text-sm font-semibold text-slate-800">
          {vi.login.username}
        </label>
        <input
          id="username"
          name="username"
          type="text"
          // Refilled from the last attempt; the key remounts it so the new default applies.
          key={`u-${state.username}`}
          defaultValue={state.username}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          maxLength={100}
          aria-invalid={usernameError ? true : undefined}
          aria-describedby={usernameError ? "username-error" : undefined}
          className={cx(inputClass, "mt-1.5", usernameError ? "border-brand-700" : "border-slate-300")}
        />
        {usernameError ? (
          <p id="username-error" className="mt-1.5 text-sm font-medium text-brand-800">
            {usernameError}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="password" className="block text-sm font-semibold text-slate-800">
          {vi.login.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
          className={cx(inputClass, "mt-1.5", passwordError ? "border-brand-700" : "border-slate-300")}
        />
        {passwordError ? (
          <p id="password-error" className="mt-1.5 text-sm font-medium text-brand-800">
            {passwordError}
          </p>
        ) : null}
      </div>

      <button type="submit" aria-disabled={pending || undefined} className={buttonClasses("primary", "md", "w-full")}>
        {pending ? (
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 animate-spin" fill="none">
            <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
            <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
          </svg>
        ) : null}
        {pending ? vi.login.pending : vi.login.submit}
      </button>
    </form>
  );
}
