"use client";

import { useId, useState } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Read-only text with a copy button; the text stays selectable when the clipboard is unavailable. */
export function CopyBox({ label, text }: { label: string; text: string }) {
  const t = decisionsUi.detail;
  const id = useId();
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold text-slate-800">
          {label}
        </label>
        <Button
          size="sm"
          variant="secondary"
          disabled={!hydrated}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setStatus(t.copied);
            } catch {
              setStatus(t.copyFailed);
            }
          }}
        >
          {t.copy}
        </Button>
      </div>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={Math.min(8, Math.max(3, Math.ceil(text.length / 90)))}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-2 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-serif text-sm text-slate-900"
      />
      <p role="status" className="mt-1 min-h-5 text-sm text-slate-600">
        {status}
      </p>
    </div>
  );
}
