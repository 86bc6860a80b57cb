"use client";

import { Button, type ButtonVariant } from "./button";
import { useHydrated } from "./use-hydrated";

/** The browser's print dialog; disabled until the page runs (before that the click did nothing). */
export function PrintButton({ label, variant = "primary" }: { label: string; variant?: ButtonVariant }) {
  const hydrated = useHydrated();
  return (
    <Button variant={variant} onClick={() => window.print()} disabled={!hydrated}>
      {label}
    </Button>
  );
}
