"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * A button that asks first, in a modal `<dialog>` (focus moves into it, Esc cancels), and only then
 * submits its form. Used before irreversible steps.
 */
export function ConfirmButton({
  label,
  title,
  text,
  confirmLabel,
  cancelLabel,
  variant = "secondary",
  disabled,
  name,
  value,
  danger,
  children,
}: {
  label: ReactNode;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  variant?: ButtonVariant;
  disabled?: boolean;
  /** Sent with the form by the confirming button (e.g. intent=apply). */
  name?: string;
  value?: string;
  /** The confirming button in red: the step cannot be undone. */
  danger?: boolean;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const hydrated = useHydrated();
  const titleId = useId();
  const textId = useId();
  return (
    <>
      <Button
        variant={variant}
        onClick={() => {
          if (!disabled) ref.current?.showModal();
        }}
        aria-disabled={disabled || undefined}
        disabled={!hydrated}
      >
        {label}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <p id={textId} className="mt-2 text-slate-700">
            {text}
          </p>
          {children}
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => ref.current?.close()} autoFocus>
              {cancelLabel}
            </Button>
            <Button
              type="submit"
              variant="primary"
              name={name}
              value={value}
              className={danger ? "bg-red-700 hover:bg-red-800 active:bg-red-900" : undefined}
              onClick={() => ref.current?.close()}
            >
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
