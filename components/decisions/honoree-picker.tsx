"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { unitLevelLabels } from "@/lib/i18n/vi";
import { formatNumber } from "@/lib/format";
import type { ModelKind, UnitLevel } from "@/lib/enums";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { inputClasses } from "./field";
import { moveTo, PositionInput } from "./position-input";
import type { CampaignOption, CandidatePage, CandidateRow, FieldOption, PickerQuery } from "./types";
import { COMMITTEE_LEVELS_TOP_FIRST, MODEL_KINDS } from "@/lib/workflow/state-machine";

const KINDS: readonly ModelKind[] = MODEL_KINDS;
/** Committee levels, top first. */
const LEVELS: readonly UnitLevel[] = COMMITTEE_LEVELS_TOP_FIRST;

/** Collectives before individuals, each kind keeping its own order. */
function collectivesFirst(rows: CandidateRow[]): CandidateRow[] {
  return [...rows.filter((r) => r.kind === "COLLECTIVE"), ...rows.filter((r) => r.kind === "INDIVIDUAL")];
}

/**
 * Search recognized/typical models by words (unit name, address, person, title, code), filter by kind,
 * campaign, field, level, tick them one by one or a whole page at once (added in the list's order). The
 * chosen list keeps collectives before individuals and is reordered by drag and drop, by typing a
 * position, or with ↑/↓ (keyboard and screen reader friendly).
 */
export function HonoreePicker({
  search,
  selected,
  onChange,
  errors,
  fields,
  campaigns,
  heading,
  narrow = false,
}: {
  /** In a page's main column beside another (the decision's page): results and choices one under the other. */
  narrow?: boolean;
  search: (q: PickerQuery) => Promise<CandidatePage | null>;
  selected: CandidateRow[];
  onChange: (rows: CandidateRow[]) => void;
  errors?: string[];
  fields: FieldOption[];
  campaigns: CampaignOption[];
  heading?: string;
}) {
  const t = decisionsUi.picker;
  const uid = useId();
  const hydrated = useHydrated();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<ModelKind | "">("");
  const [typicalOnly, setTypicalOnly] = useState(false);
  const [fieldId, setFieldId] = useState("");
  const [campaignId, setCampaignId] = useState("");
  const [level, setLevel] = useState<UnitLevel | "">("");
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<CandidatePage | null>(null);
  const [failed, setFailed] = useState(false);
  const [announce, setAnnounce] = useState("");
  const [pending, startTransition] = useTransition();
  const dragging = useRef<number | null>(null);

  const query = (p: number): PickerQuery => ({
    q,
    kind,
    typicalOnly,
    fieldId: fieldId ? Number(fieldId) : undefined,
    campaignId: campaignId ? Number(campaignId) : undefined,
    level,
    page: p,
  });

  function run(next: PickerQuery) {
    startTransition(async () => {
      const r = await search(next);
      setFailed(r === null);
      setResult(r);
    });
  }

  // First page on arrival, and again whenever a filter changes.
  useEffect(() => {
    setPage(1);
    run(query(1));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the text query is applied on submit, not per keystroke
  }, [kind, typicalOnly, fieldId, campaignId, level]);

  const chosen = new Set(selected.map((r) => r.modelId));
  const pageRows = result?.rows ?? [];
  const pageAllChosen = pageRows.length > 0 && pageRows.every((r) => chosen.has(r.modelId));

  function toggle(row: CandidateRow, on: boolean) {
    if (on) {
      onChange(collectivesFirst([...selected, row]));
      setAnnounce(t.added(row.name));
    } else {
      onChange(selected.filter((r) => r.modelId !== row.modelId));
      setAnnounce(t.removed(row.name));
    }
  }

  function togglePage(on: boolean) {
    if (on) {
      const added = pageRows.filter((r) => !chosen.has(r.modelId));
      onChange(collectivesFirst([...selected, ...added]));
      setAnnounce(t.addedMany(added.length));
    } else {
      const ids = new Set(pageRows.map((r) => r.modelId));
      onChange(selected.filter((r) => !ids.has(r.modelId)));
      setAnnounce(t.removedMany(ids.size));
    }
  }

  /** Moves a row within its kind to `to` (0-based within the kind). */
  function moveWithinKind(row: CandidateRow, to: number, focusId?: string) {
    const rows = selected.filter((r) => r.kind === row.kind);
    const moved = moveTo(rows, rows.indexOf(row), to);
    const others = selected.filter((r) => r.kind !== row.kind);
    onChange(collectivesFirst([...moved, ...others]));
    setAnnounce(t.moved(row.name, moved.indexOf(row) + 1));
    if (focusId) {
      requestAnimationFrame(() => {
        const el = document.getElementById(focusId) as HTMLButtonElement | null;
        (el && !el.disabled ? el : document.getElementById(`${uid}-pos-${row.modelId}`))?.focus();
      });
    }
  }

  const select = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: [string, string][],
    all: string,
  ) => (
    <div className="min-w-0">
      <label htmlFor={`${uid}-${id}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`${uid}-${id}`} value={value} onChange={(e) => set(e.target.value)} className={inputClasses}>
        <option value="">{all}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      aria-describedby={errors?.length ? `${uid}-err` : undefined}
    >
      <legend className="px-1 text-base font-semibold text-slate-900">{heading ?? t.heading}</legend>
      <p className="text-sm text-slate-600">{t.intro}</p>
      {errors?.length ? (
        <p id={`${uid}-err`} className="mt-2 text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>

      <div className={narrow ? "mt-4 grid gap-6" : "mt-4 grid gap-6 lg:grid-cols-2"}>
        <div className="min-w-0">
          <div
            role="search"
            className="flex flex-col gap-3"
            onKeyDown={(e) => {
              if (
                e.key === "Enter" &&
                (e.target as HTMLElement).tagName === "INPUT" &&
                (e.target as HTMLInputElement).type === "search"
              ) {
                e.preventDefault();
                setPage(1);
                run(query(1));
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
                  disabled={!hydrated}
                  onClick={() => {
                    setPage(1);
                    run(query(1));
                  }}
                >
                  {t.searchButton}
                </Button>
              </div>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {select(
                "kind",
                t.kind,
                kind,
                (v) => setKind(v as ModelKind | ""),
                KINDS.map((k) => [k, decisionsUi.kinds[k]]),
                t.kindAll,
              )}
              {select(
                "level",
                t.level,
                level,
                (v) => setLevel(v as UnitLevel | ""),
                LEVELS.map((l) => [l, unitLevelLabels[l]]),
                t.levelAll,
              )}
              {select(
                "campaign",
                t.campaign,
                campaignId,
                setCampaignId,
                campaigns.map((c) => [String(c.id), c.name]),
                t.campaignAll,
              )}
              {select(
                "field",
                t.field,
                fieldId,
                setFieldId,
                fields.map((f) => [String(f.id), f.name]),
                t.fieldAll,
              )}
            </div>
            <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={typicalOnly}
                onChange={(e) => setTypicalOnly(e.target.checked)}
                className="size-4"
              />
              {t.typicalOnly}
            </label>
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
              <>
                {pageRows.length ? (
                  <label className="mb-1 flex min-h-11 items-center gap-3 rounded-md bg-slate-50 px-3 text-sm font-medium text-slate-800">
                    <input
                      type="checkbox"
                      className="size-4"
                      checked={pageAllChosen}
                      onChange={(e) => togglePage(e.target.checked)}
                      aria-label={t.selectPageCount(pageRows.length)}
                    />
                    {t.selectPage}
                  </label>
                ) : null}
                <ul
                  className={
                    "divide-y divide-slate-100 rounded-md border border-slate-200 " + (pending ? "opacity-60" : "")
                  }
                >
                  {pageRows.map((row) => {
                    const id = `${uid}-c-${row.modelId}`;
                    return (
                      <li key={row.modelId} className="flex items-start gap-3 px-3 py-2" data-testid="candidate">
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
                            {row.address ? <span className="block">{row.address}</span> : null}
                            {row.commendedIn?.length ? (
                              <span
                                className="mt-0.5 block font-medium text-amber-900"
                                data-testid="commended-elsewhere"
                              >
                                {t.commendedIn(
                                  row.commendedIn.map((d) => t.commendedDecision(d.numberText, d.date)).join("; "),
                                )}
                              </span>
                            ) : null}
                          </span>
                        </label>
                        <Badge tone={row.typical ? "accent" : "neutral"} className="shrink-0">
                          {row.typical ? t.typical : t.recognized}
                        </Badge>
                      </li>
                    );
                  })}
                </ul>
              </>
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
                  run(query(page - 1));
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
                  run(query(page + 1));
                }}
              >
                {t.next}
              </Button>
            </div>
          ) : null}
        </div>

        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-slate-800" data-testid="selected-heading">
            {t.selectedHeading(selected.length)}
          </h3>
          {selected.length === 0 ? (
            <p className="mt-2 rounded-md border border-dashed border-slate-300 px-3 py-4 text-sm text-slate-600">
              {t.selectedEmpty}
            </p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-600">{t.dragHint}</p>
              {KINDS.map((k) => {
                const rows = selected.filter((r) => r.kind === k);
                if (!rows.length) return null;
                return (
                  <div key={k} className="mt-2">
                    <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                      {decisionsUi.sections[k]}
                    </h4>
                    <ol
                      aria-label={`${t.selectedHeading(selected.length)} — ${decisionsUi.sections[k]}`}
                      className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200"
                    >
                      {rows.map((row, i) => (
                        <li
                          key={row.modelId}
                          data-testid="selected-row"
                          draggable
                          onDragStart={(e) => {
                            dragging.current = row.modelId;
                            e.dataTransfer.effectAllowed = "move";
                          }}
                          onDragOver={(e) => {
                            const from = selected.find((r) => r.modelId === dragging.current);
                            if (from && from.kind === row.kind) e.preventDefault();
                          }}
                          onDrop={(e) => {
                            e.preventDefault();
                            const from = selected.find((r) => r.modelId === dragging.current);
                            dragging.current = null;
                            if (from && from.kind === row.kind && from !== row) moveWithinKind(from, i);
                          }}
                          className="flex items-center gap-2 px-2 py-2 text-sm sm:px-3"
                        >
                          <span
                            aria-hidden="true"
                            title={t.dragHandle(row.name)}
                            className="cursor-grab text-slate-400 select-none"
                          >
                            ⠿
                          </span>
                          <PositionInput
                            id={`${uid}-pos-${row.modelId}`}
                            position={i + 1}
                            count={rows.length}
                            name={row.name}
                            onMove={(to) => moveWithinKind(row, to - 1, `${uid}-pos-${row.modelId}`)}
                          />
                          <span className="min-w-0 flex-1">
                            <span className="font-medium text-slate-900">{row.name}</span>
                            <span className="block truncate text-slate-600">{row.modelTitle}</span>
                          </span>
                          <span className="flex shrink-0 gap-1">
                            <Button
                              id={`${uid}-up-${row.modelId}`}
                              size="sm"
                              variant="ghost"
                              aria-label={t.moveUp(row.name)}
                              disabled={i === 0}
                              onClick={() => moveWithinKind(row, i - 1, `${uid}-up-${row.modelId}`)}
                            >
                              <span aria-hidden="true">↑</span>
                            </Button>
                            <Button
                              id={`${uid}-down-${row.modelId}`}
                              size="sm"
                              variant="ghost"
                              aria-label={t.moveDown(row.name)}
                              disabled={i === rows.length - 1}
                              onClick={() => moveWithinKind(row, i + 1, `${uid}-down-${row.modelId}`)}
                            >
                              <span aria-hidden="true">↓</span>
                            </Button>
                            <Button
                              size="sm"
                              variant="ghost"
                              aria-label={t.remove(row.name)}
                              onClick={() => toggle(row, false)}
                            >
                              {t.removeShort}
                            </Button>
                          </span>
                        </li>
                      ))}
                    </ol>
                  </div>
                );
              })}
            </>
          )}
        </div>
      </div>
    </fieldset>
  );
}
