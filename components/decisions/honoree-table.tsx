"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import type { ModelKind } from "@/lib/generated/prisma/enums";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Button } from "@/components/ui/button";
import { FormMessage, inputClasses } from "./field";
import { idleState, type ActionState, type HonoreeRow } from "./types";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const KINDS: ModelKind[] = ["COLLECTIVE", "INDIVIDUAL"];
const ROMAN = ["I", "II"];

/**
 * The honoree list of a decision, by section. On a draft each line's printed name and address can be
 * corrected in place (the model it came from is never changed) and lines can be moved up and down.
 */
export function HonoreeTable({
  decisionId,
  version,
  editable,
  honorees,
  correctAction,
  reorderAction,
}: {
  decisionId: number;
  version: number;
  editable: boolean;
  honorees: HonoreeRow[];
  correctAction: Action;
  reorderAction: Action;
}) {
  const t = decisionsUi.detail;
  const [reorderState, reorder, reordering] = useActionState(reorderAction, idleState);
  const [announce, setAnnounce] = useState("");
  const focusAfter = useRef<string | null>(null);

  // After the server has re-rendered the new order, put focus back on the moved line's button.
  useEffect(() => {
    if (!focusAfter.current) return;
    const el = document.getElementById(focusAfter.current) as HTMLButtonElement | null;
    if (el && !el.disabled) el.focus();
    focusAfter.current = null;
  }, [honorees]);

  function move(kind: ModelKind, index: number, delta: -1 | 1) {
    const rows = honorees.filter((h) => h.kind === kind);
    const target = index + delta;
    if (target < 0 || target >= rows.length) return;
    const order = rows.map((r) => r.id);
    [order[index], order[target]] = [order[target], order[index]];
    const moved = rows[index];
    focusAfter.current = `h-${delta < 0 ? "up" : "down"}-${moved.id}`;
    setAnnounce(decisionsUi.picker.moved(moved.name, target + 1));
    const data = new FormData();
    data.set("id", String(decisionId));
    data.set("version", String(version));
    data.set("order", order.join(","));
    startTransition(() => reorder(data));
  }

  if (!honorees.length) {
    return <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{t.noHonorees}</p>;
  }

  return (
    <div className="flex flex-col gap-4">
      {editable ? <p className="text-sm text-slate-600">{t.correctionNote}</p> : <p className="text-sm text-slate-600">{t.lockedNote}</p>}
      {reorderState.ok ? null : <FormMessage state={reorderState} />}
      <p aria-live="polite" className="sr-only">
        {reordering ? "" : announce}
      </p>
      {KINDS.map((kind, k) => {
        const rows = honorees.filter((h) => h.kind === kind);
        if (!rows.length) return null;
        return (
          <section key={kind} aria-labelledby={`sec-${kind}`}>
            <h3 id={`sec-${kind}`} className="mb-2 text-sm font-bold text-slate-900 uppercase">
              {ROMAN[k]}. {decisionsUi.sections[kind]}
            </h3>
            <ol className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-busy={reordering}>
              {rows.map((h, i) => (
                <HonoreeLine
                  key={`${h.id}-${version}`}
                  row={h}
                  no={i + 1}
                  decisionId={decisionId}
                  version={version}
                  editable={editable}
                  correctAction={correctAction}
                  first={i === 0}
                  last={i === rows.length - 1}
                  busy={reordering}
                  onMove={(delta) => move(kind, i, delta)}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function HonoreeLine({
  row,
  no,
  decisionId,
  version,
  editable,
  correctAction,
  first,
  last,
  busy,
  onMove,
}: {
  row: HonoreeRow;
  no: number;
  decisionId: number;
  version: number;
  editable: boolean;
  correctAction: Action;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const t = decisionsUi.detail;
  const uid = useId();
  const [editing, setEditing] = useState(false);
  const [state, save, saving] = useActionState(correctAction, idleState);
  const editButton = useRef<HTMLButtonElement>(null);

  // A saved correction bumps the version, which remounts the line; until then keep the form closed.
  const open = editing && !state.ok;

  return (
    <li className="px-3 py-3 text-sm sm:px-4" data-testid="honoree-line">
      <div className="flex items-start gap-3">
        <span className="w-7 shrink-0 pt-0.5 text-right font-medium tabular-nums text-slate-600">{no}.</span>
        {open ? (
          <form
            className="flex min-w-0 flex-1 flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (saving) return;
              const data = new FormData(e.currentTarget);
              startTransition(() => save(data));
            }}
          >
            <input type="hidden" name="id" value={decisionId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="honoreeId" value={row.id} />
            <div>
              <label htmlFor={`${uid}-name`} className="block font-medium text-slate-800">
                {t.name}
              </label>
              <input id={`${uid}-name`} name="name" defaultValue={row.name} className={inputClasses} aria-invalid={state.fieldErrors?.honorees || state.fieldErrors?.name ? true : undefined} />
            </div>
            <div>
              <label htmlFor={`${uid}-address`} className="block font-medium text-slate-800">
                {t.address}
              </label>
              <input id={`${uid}-address`} name="address" defaultValue={row.address} className={inputClasses} />
            </div>
            <p className="text-slate-600">
              {t.model}: {row.modelTitle}
            </p>
            {!state.ok && state.message ? (
              <p role="alert" className="font-medium text-red-700">
                {[state.message, ...Object.values(state.fieldErrors ?? {}).flat()].filter((v, i, a) => a.indexOf(v) === i).join(" ")}
              </p>
            ) : null}
            <div className="flex gap-2">
              <Button type="submit" size="sm" aria-disabled={saving || undefined}>
                {saving ? t.saving : t.save}
              </Button>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => {
                  setEditing(false);
                  requestAnimationFrame(() => editButton.current?.focus());
                }}
              >
                {t.cancel}
              </Button>
            </div>
          </form>
        ) : (
          <div className="min-w-0 flex-1">
            <p className="font-medium text-slate-900">{row.name}</p>
            <p className="text-slate-600">{row.address}</p>
            <p className="text-slate-600">
              <span className="sr-only">{t.model}: </span>
              <span className="italic">{row.modelTitle}</span>
            </p>
          </div>
        )}
        {editable && !open ? (
          <div className="flex shrink-0 flex-wrap justify-end gap-1">
            <Button id={`h-up-${row.id}`} size="sm" variant="ghost" disabled={first || busy} aria-label={decisionsUi.picker.moveUp(row.name)} onClick={() => onMove(-1)}>
              <span aria-hidden="true">↑</span>
            </Button>
            <Button id={`h-down-${row.id}`} size="sm" variant="ghost" disabled={last || busy} aria-label={decisionsUi.picker.moveDown(row.name)} onClick={() => onMove(1)}>
              <span aria-hidden="true">↓</span>
            </Button>
            <Button
              ref={editButton}
              size="sm"
              variant="secondary"
              aria-label={t.edit(row.name)}
              onClick={() => {
                setEditing(true);
                requestAnimationFrame(() => document.getElementById(`${uid}-name`)?.focus());
              }}
            >
              {t.editShort}
            </Button>
          </div>
        ) : null}
      </div>
    </li>
  );
}
