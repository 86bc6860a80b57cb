"use client";

import { useState, useTransition } from "react";
import type { ReplicationOrigin } from "@/lib/models/search-replication-origins";
import { recognizedAtLevel, typicalAtLevel } from "@/lib/i18n/vi";
import { mvi } from "@/lib/i18n/models";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { FieldError, Hint, describedBy, fieldBorder, inputClass } from "./form-parts";

export type OriginChoice = { id: number; code: string; title: string; ownerUnitName: string };
type Search = (
  q: string,
  excludeId?: number,
) => Promise<{ ok: true; items: ReplicationOrigin[] } | { ok: false; message: string }>;

const f = mvi.form;

/**
 * "Replication of": search the province's recognized models without diacritics and pick one; the
 * choice travels in the hidden `replicatedFromId`.
 */
export function ReplicationPicker({
  search,
  initial,
  excludeId,
  error,
}: {
  search: Search;
  initial: OriginChoice | null;
  excludeId?: number;
  error?: string[];
}) {
  const [chosen, setChosen] = useState<OriginChoice | null>(initial);
  const [q, setQ] = useState("");
  const [items, setItems] = useState<ReplicationOrigin[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const hydrated = useHydrated();

  const run = () =>
    start(async () => {
      const r = await search(q, excludeId);
      if (r.ok) {
        setItems(r.items);
        setProblem(null);
      } else {
        setItems(null);
        setProblem(r.message);
      }
    });

  return (
    <fieldset className="rounded-md border border-slate-200 px-3 pt-2 pb-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{f.replication}</legend>
      <Hint name="replicatedFromId">{f.replicationHint}</Hint>
      <input type="hidden" name="replicatedFromId" value={chosen ? String(chosen.id) : ""} />
      {chosen ? (
        <div className="mt-2 flex flex-col gap-2 rounded-md bg-slate-50 px-3 py-2 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-slate-900">
            <span className="font-semibold">{f.replicationChosen}</span>{" "}
            <span className="font-mono">{chosen.code}</span> – {chosen.title}
            <span className="block text-slate-600">{chosen.ownerUnitName}</span>
          </p>
          <Button variant="ghost" size="sm" onClick={() => setChosen(null)}>
            {f.replicationClear}
          </Button>
        </div>
      ) : null}
      <div className="mt-2 flex gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="tim-mo-hinh-goc" className="sr-only">
            {f.replicationSearch}
          </label>
          <input
            id="tim-mo-hinh-goc"
            type="search"
            value={q}
            placeholder={f.replicationSearch}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches here; it must not submit the whole registration form.
              if (e.key === "Enter") {
                e.preventDefault();
                run();
              }
            }}
            aria-invalid={error?.length ? true : undefined}
            aria-describedby={describedBy("replicatedFromId", true, error)}
            className={`${inputClass} ${fieldBorder(error)} mt-0`}
          />
        </div>
        <Button variant="secondary" onClick={run} aria-disabled={pending || undefined} disabled={!hydrated}>
          {f.replicationSearchButton}
        </Button>
      </div>
      <FieldError name="replicatedFromId" error={error} />
      <div aria-live="polite" className="mt-2 text-sm">
        {pending ? <p className="text-slate-600">{f.replicationSearching}</p> : null}
        {problem ? <p className="text-brand-800">{problem}</p> : null}
        {!pending && items ? (
          items.length ? (
            <>
              <p className="text-slate-600">{f.replicationResults(items.length)}</p>
              <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
                {items.map((o) => (
                  <li
                    key={o.id}
                    className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <span className="min-w-0">
                      <span className="font-medium text-slate-900">{o.title}</span>
                      <span className="block text-xs text-slate-600">
                        {o.code} · {o.ownerUnitName} ·{" "}
                        {o.typicalLevel ? typicalAtLevel(o.typicalLevel) : recognizedAtLevel(o.recognizedLevel)}
                      </span>
                    </span>
                    <Button
                      variant="secondary"
                      size="sm"
                      aria-label={`${f.replicationChoose}: ${o.title}`}
                      onClick={() => {
                        setChosen({ id: o.id, code: o.code, title: o.title, ownerUnitName: o.ownerUnitName });
                        setItems(null);
                      }}
                    >
                      {f.replicationChoose}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-slate-600">{f.replicationNone}</p>
          )
        ) : null}
      </div>
    </fieldset>
  );
}
