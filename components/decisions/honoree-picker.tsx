"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { formatNumber } from "@/lib/format";
import type { ModelKind } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClasses } from "./field";
import type { CandidatePage, CandidateRow } from "./types";

type Query = { q?: string; kind?: ModelKind | ""; typicalOnly?: boolean; page?: number };

/**
 * Search recognized/typical models and tick them; the chosen list keeps collectives before individuals
 * and can be reordered with buttons (keyboard and screen-reader friendly, no drag and drop).
 */
export function HonoreePicker({
  search,
  selected,
  onChange,
  errors,
}: {
  search: (q: Query) => Promise<CandidatePage | null>;
  selected: CandidateRow[];
  onChange: (rows: CandidateRow[]) => void;
  errors?: string[];
}) {
  const t = decisionsUi.picker;
  const uid = useId();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<ModelKind | "">("");
  const [typicalOnly, setTypicalOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<CandidatePage | null>(null);
  const [failed, setFailed] = useState(false);
  const [announce, setAnnounce] = useState("");
  const [pending, startTransition] = useTransition();

  function run(next: Query) {
    startTransition(async () => {
      const r = await search(next);
      setFailed(r === null);
      setResult(r);
    });
  }

  // First page on arrival, and again whenever a filter changes.
  useEffect(() => {
    run({ q, kind, typicalOnly, page: 1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the text query is applied on submit, not per keystroke
  }, [kind, typicalOnly]);

  const chosen = new Set(selected.map((r) => r.modelId));

  function toggle(row: CandidateRow, on: boolean) {
    if (on) {
      // Keep collectives first: a new collective goes after the last collective.
      const next = [...selected, row].sort((a, b) => Number(a.kind === "INDIVIDUAL") - Number(b.kind === "INDIVIDUAL"));
      onChange(next);
      setAnnounce(t.added(row.name));
    } else {
      onChange(selected.filter((r) => r.modelId !== row.modelId));
      setAnnounce(t.removed(row.name));
    }
  }

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const a = selected[index];
    const b = selected[target];
    if (!a || !b || a.kind !== b.kind) return;
    const next = [...selected];
    next[index] = b;
    next[target] = a;
    onChange(next);
    const posInKind = next.filter((r) => r.kind === a.kind).indexOf(a) + 1;
    setAnnounce(t.moved(a.name, posInKind));
    // Keep the keyboard focus on the moved row's button.
    requestAnimationFrame(() => {
      const id = `${uid}-${delta < 0 ? "up" : "down"}-${a.modelId}`;
      const el = document.getElementById(id) as HTMLButtonElement | null;
      (el && !el.disabled ? el : document.getElementById(`${uid}-${delta < 0 ? "down" : "up"}-${a.modelId}`))?.focus();
    });
  }

  const kinds: ModelKind[] = ["COLLECTIVE", "INDIVIDUAL"];

  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" aria-describedby={errors?.length ? `${uid}-err` : undefined}>
      <legend className="px-1 text-base font-semibold text-slate-900">{t.heading}</legend>
      <p className="text-sm text-slate-600">{t.intro}</p>
      {errors?.length ? (
        <p id={`${uid}-err`} className="mt-2 text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>

      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <div
            role="search"
            className="flex flex-col gap-3"
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.target as HTMLElement).tagName === "INPUT" && (e.target as HTMLInputElement).type === "search") {
                e.preventDefault();
                setPage(1);
                run({ q, kind, typicalOnly, page: 1 });
              }
            }}
          >
            <div>
              <label htmlFor={`${uid}-q`} className="block text-sm font-medium text-slate-800">
                {t.search}
              </label>
              <div className="mt-1 flex gap-2">
                <input
                  id={`${uid}-q`}
                  type="search"
                  value={q}
                  onChange={(e) => setQ(e.target.value)}
                  placeholder={t.searchPlaceholder}
                  className={inputClasses + " mt-0"}
                />
                <Button
                  variant="secondary"
                  onClick={() => {
                    setPage(1);
                    run({ q, kind, typicalOnly, page: 1 });
                  }}
                >
                  {t.searchButton}
                </Button>
              </div>
            </div>
            <div className="flex flex-wrap items-end gap-4">
              <div>
                <label htmlFor={`${uid}-kind`} className="block text-sm font-medium text-slate-800">
                  {t.kind}
                </label>
                <select
                  id={`${uid}-kind`}
                  value={kind}
                  onChange={(e) => {
                    setKind(e.target.value as ModelKind | "");
                    setPage(1);
                  }}
                  className={inputClasses}
                >
                  <option value="">{t.kindAll}</option>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {decisionsUi.kinds[k]}
                    </option>
                  ))}
                </select>
              </div>
              <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={typicalOnly}
                  onChange={(e) => {
                    setTypicalOnly(e.target.checked);
                    setPage(1);
                  }}
                  className="size-4"
                />
                {t.typicalOnly}
              </label>
            </div>
          </div>

          <h3 className="mt-4 text-sm font-semibold text-slate-800">
            {t.results}
            {result ? <span className="font-normal text-slate-600"> ({formatNumber(result.total)})</span> : null}
          </h3>
          <div aria-busy={pending} className="mt-2">
            {pending && !result ? (
              <p role="status" className="text-sm text-slate-600">
                {t.loading}
              </p>
            ) : failed ? (
              <p role="alert" className="text-sm text-red-700">
                {t.searchFailed}
              </p>
            ) : result && result.rows.length === 0 ? (
              <div className="rounded-md border border-dashed border-slate-300 px-3 py-4 text-sm">
                <p className="font-medium text-slate-800">{t.noResults}</p>
                <p className="mt-1 text-slate-600">{t.noResultsHint}</p>
              </div>
            ) : (
              <ul className={"divide-y divide-slate-100 rounded-md border border-slate-200 " + (pending ? "opacity-60" : "")}>
                {result?.rows.map((row) => {
                  const id = `${uid}-c-${row.modelId}`;
                  return (
                    <li key={row.modelId} className="flex items-start gap-3 px-3 py-2">
                      <input
                        id={id}
                        type="checkbox"
                        className="mt-1 size-4 shrink-0"
                        checked={chosen.has(row.modelId)}
                        onChange={(e) => toggle(row, e.target.checked)}
                        aria-describedby={`${id}-d`}
                      />
                      <label htmlFor={id} className="min-w-0 flex-1 text-sm">
                        <span className="font-medium text-slate-900">{row.name}</span>
                        <span id={`${id}-d`} className="block text-slate-600">
                          {decisionsUi.kinds[row.kind]} · {row.modelTitle}
                          <span className="block">{row.address}</span>
                        </span>
                      </label>
                      <Badge tone={row.typical ? "accent" : "neutral"} className="shrink-0">
                        {row.typical ? t.typical : t.recognized}
                      </Badge>
                    </li>
                  );
                })}
              </ul>
            )}
            {pending && result ? (
              <p role="status" className="mt-1 text-sm text-slate-600">
                {t.loading}
              </p>
            ) : null}
          </div>
          {result && result.totalPages > 1 ? (
            <div className="mt-3 flex items-center justify-between gap-2 text-sm">
              <Button
                size="sm"
                variant="secondary"
                disabled={page <= 1 || pending}
                onClick={() => {
                  setPage(page - 1);
                  run({ q, kind, typicalOnly, page: page - 1 });
                }}
              >
                {t.previous}
              </Button>
              <span className="text-slate-600">{t.pageStatus(result.page, result.totalPages)}</span>
              <Button
                size="sm"
                variant="secondary"
                disabled={page >= result.totalPages || pending}
                onClick={() => {
                  setPage(page + 1);
                  run({ q, kind, typicalOnly, page: page + 1 });
                }}
              >
                {t.next}
              </Button>
            </div>
          ) : null}
        </div>

        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-800">{t.selectedHeading(selected.length)}</h3>
          {selected.length === 0 ? (
            <p className="mt-2 rounded-md border border-dashed border-slate-300 px-3 py-4 text-sm text-slate-600">{t.selectedEmpty}</p>
          ) : (
            kinds.map((k) => {
              const rows = selected.filter((r) => r.kind === k);
              if (!rows.length) return null;
              return (
                <div key={k} className="mt-2">
                  <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{decisionsUi.sections[k]}</h4>
                  <ol aria-label={`${t.selectedHeading(selected.length)} — ${decisionsUi.sections[k]}`} className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
                    {rows.map((row, i) => {
                      const index = selected.indexOf(row);
                      return (
                        <li key={row.modelId} className="flex items-center gap-2 px-3 py-2 text-sm">
                          <span className="w-6 shrink-0 text-right tabular-nums text-slate-500">{i + 1}.</span>
                          <span className="min-w-0 flex-1">
                            <span className="font-medium text-slate-900">{row.name}</span>
                            <span className="block truncate text-slate-600">{row.modelTitle}</span>
                          </span>
                          <span className="flex shrink-0 gap-1">
                            <Button id={`${uid}-up-${row.modelId}`} size="sm" variant="ghost" aria-label={t.moveUp(row.name)} disabled={i === 0} onClick={() => move(index, -1)}>
                              <span aria-hidden="true">↑</span>
                            </Button>
                            <Button id={`${uid}-down-${row.modelId}`} size="sm" variant="ghost" aria-label={t.moveDown(row.name)} disabled={i === rows.length - 1} onClick={() => move(index, 1)}>
                              <span aria-hidden="true">↓</span>
                            </Button>
                            <Button size="sm" variant="ghost" aria-label={t.remove(row.name)} onClick={() => toggle(row, false)}>
                              {t.removeShort}
                            </Button>
                          </span>
                        </li>
                      );
                    })}
                  </ol>
                </div>
              );
            })
          )}
        </div>
      </div>
    </fieldset>
  );
}
