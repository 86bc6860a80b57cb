"use client";

import { useFormStatus } from "react-dom";
import { shellText } from "@/lib/i18n/shell";
import { buttonClasses } from "@/components/ui/button-classes";
import { forgetAllLocalDrafts } from "@/components/models/local-draft";

/** Submit button of the sign-out form; shows progress without losing keyboard focus. */
export function SignOutButton({ className }: { className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(e) => {
        if (pending) e.preventDefault();
        else forgetAllLocalDrafts();
      }}
      className={buttonClasses("secondary", "sm", className)}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l5-5-5-5M15 12H4"
        />
      </svg>
      {pending ? shellText.shell.signingOut : shellText.shell.signOut}
    </button>
  );
}
