"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IM } from "@/lib/i18n/import";
import type { ImportFormState } from "@/lib/import/form-state";

export function UploadForm({
  kind,
  action,
}: {
  kind: string;
  action: (s: ImportFormState, f: FormData) => Promise<ImportFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = `file-${kind}`;
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {IM.page.fileLabel}
      </label>
      <input
        id={id}
        name="file"
        type="file"
        required
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        aria-describedby={`${id}-hint`}
        className="block w-full max-w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {IM.page.fileHint}
      </p>
      {state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <div>
        <Button type="submit" aria-disabled={pending} disabled={pending}>
          {pending ? IM.page.uploading : IM.page.upload}
        </Button>
      </div>
    </form>
  );
}
