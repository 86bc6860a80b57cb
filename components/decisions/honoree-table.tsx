"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import type { Gender, ModelKind } from "@/lib/enums";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { honorificLabels } from "@/lib/i18n/vi";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { FormMessage, inputClasses } from "./field";
import { moveTo, PositionInput } from "./position-input";
import { idleState, type ActionState, type HonoreeRow } from "./types";
import { MODEL_KINDS } from "@/lib/workflow/state-machine";

const GENDERS: Gender[] = ["FEMALE", "MALE"];

/** The line as printed: "Bà Hoàng Thị Mai" / "Chức vụ, địa chỉ". */
function printedName(h: HonoreeRow) {
  return h.kind === "INDIVIDUAL" && h.honorific ? `${honorificLabels[h.honorific]} ${h.name}` : h.name;
}
function printedAddress(h: HonoreeRow) {
  return [h.kind === "INDIVIDUAL" ? h.position : null, h.address].filter(Boolean).join(", ");
}

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const KINDS: readonly ModelKind[] = MODEL_KINDS;
const ROMAN = ["I", "II"];

/**
 * The honoree list of a decision, by section. On a draft each printed line can be corrected in place
 * (the model it came from is never changed), removed, and moved: by drag and drop, by typing its
 * position, or with ↑/↓.
 */
export function HonoreeTable({
  decisionId,
  version,
  editable,
  honorees,
  correctAction,
  reorderAction,
  removeAction,
  lockedNote,
}: {
  decisionId: number;
  version: number;
  editable: boolean;
  /** Shown instead of the issued decision's "reopen to correct" note (an imported decision cannot be reopened). */
  lockedNote?: string;
  honorees: HonoreeRow[];
  correctAction: Action;
  reorderAction: Action;
  removeAction: Action;
}) {
  const t = decisionsUi.detail;
  const [reorderState, reorder, reordering] = useActionState(reorderAction, idleState);
  const [removeState, remove, removing] = useActionState(removeAction, idleState);
  const dragging = useRef<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const focusAfter = useRef<string | null>(null);

  // After the server has re-rendered the new order, put focus back on the moved line's button.
  useEffect(() => {
    if (!focusAfter.current) return;
    const el = document.getElementById(focusAfter.current) as HTMLButtonElement | null;
    if (el && !el.disabled) el.focus();
    focusAfter.current = null;
  }, [honorees]);

  function save(kind: ModelKind, order: number[]) {
    const data = new FormData();
    data.set("id", String(decisionId));
    data.set("version", String(version));
    data.set("order", order.join(","));
    startTransition(() => reorder(data));
  }

  /** Moves a line of a section to `to` (0-based) and saves the section's new order. */
  function moveLine(kind: ModelKind, index: number, to: number, focusId: string) {
    const rows = honorees.filter((h) => h.kind === kind);
    const next = moveTo(rows, index, to);
    if (next === rows) return;
    const moved = rows[index];
    focusAfter.current = focusId;
    setAnnounce(decisionsUi.picker.moved(moved.name, next.indexOf(moved) + 1));
    save(
      kind,
      next.map((r) => r.id),
    );
  }

  function removeLine(row: HonoreeRow) {
    const data = new FormData();
    data.set("id", String(decisionId));
    data.set("version", String(version));
    data.set("honoreeId", String(row.id));
    startTransition(() => remove(data));
  }

  if (!honorees.length) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">
        {t.noHonorees}
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {editable ? (
        <p className="text-sm text-slate-600">{t.correctionNote}</p>
      ) : (
        <p className="text-sm text-slate-600">{lockedNote ?? t.lockedNote}</p>
      )}
      {editable ? <p className="text-sm text-slate-600">{decisionsUi.picker.dragHint}</p> : null}
      {reorderState.ok ? null : <FormMessage state={reorderState} />}
      {removeState.ok ? null : <FormMessage state={removeState} />}
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
            <ol
              className="divide-y divide-slate-100 rounded-md border border-slate-200"
              aria-busy={reordering || removing}
            >
              {rows.map((h, i) => (
                <HonoreeLine
                  key={`${h.id}-${version}`}
                  row={h}
                  no={i + 1}
                  count={rows.length}
                  decisionId={decisionId}
                  version={version}
                  editable={editable}
                  correctAction={correctAction}
                  busy={reordering || removing}
                  onMove={(to, focusId) => moveLine(kind, i, to, focusId)}
                  onRemove={
                    rows.length + honorees.filter((x) => x.kind !== kind).length > 1 ? () => removeLine(h) : undefined
                  }
                  dragProps={
                    editable
                      ? {
                          draggable: true,
                          onDragStart: () => {
                            dragging.current = h.id;
                          },
                          onDragOver: (e) => {
                            if (rows.some((r) => r.id === dragging.current)) e.preventDefault();
                          },
                          onDrop: (e) => {
                            e.preventDefault();
                            const from = rows.findIndex((r) => r.id === dragging.current);
                            dragging.current = null;
                            if (from >= 0 && from !== i) moveLine(kind, from, i, `h-pos-${rows[from].id}`);
                          },
                        }
                      : {}
                  }
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
  count,
  decisionId,
  version,
  editable,
  correctAction,
  busy,
  onMove,
  onRemove,
  dragProps,
}: {
  row: HonoreeRow;
  no: number;
  count: number;
  decisionId: number;
  version: number;
  editable: boolean;
  correctAction: Action;
  busy: boolean;
  onMove: (to: number, focusId: string) => void;
  onRemove?: () => void;
  dragProps: React.LiHTMLAttributes<HTMLLIElement>;
}) {
  const t = decisionsUi.detail;
  const uid = useId();
  const hydrated = useHydrated();
  const [editing, setEditing] = useState(false);
  const [state, save, saving] = useActionState(correctAction, idleState);
  const editButton = useRef<HTMLButtonElement>(null);
  const individual = row.kind === "INDIVIDUAL";

  // A saved correction bumps the version, which remounts the line; until then keep the form closed.
  const open = editing && !state.ok;
  const address = printedAddress(row);

  return (
    <li className="px-3 py-3 text-sm sm:px-4" data-testid="honoree-line" {...(open ? {} : dragProps)}>
      <div className="flex items-start gap-3">
        {editable && !open ? (
          <span className="flex shrink-0 items-center gap-1">
            <span aria-hidden="true" className="cursor-grab text-slate-400 select-none">
              ⠿
            </span>
            <PositionInput
              id={`h-pos-${row.id}`}
              position={no}
              count={count}
              name={row.name}
              disabled={busy}
              onMove={(to) => onMove(to - 1, `h-pos-${row.id}`)}
            />
          </span>
        ) : (
          <span className="w-7 shrink-0 pt-0.5 text-right font-medium text-slate-600 tabular-nums">{no}.</span>
        )}
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
            {individual ? (
              <div>
                <label htmlFor={`${uid}-honorific`} className="block font-medium text-slate-800">
                  {t.honorific}
                </label>
                <select
                  id={`${uid}-honorific`}
                  name="honorific"
                  defaultValue={row.honorific ?? ""}
                  className={inputClasses}
                >
                  <option value="">{t.honorificNone}</option>
                  {GENDERS.map((g) => (
                    <option key={g} value={g}>
                      {honorificLabels[g]}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div>
              <label htmlFor={`${uid}-name`} className="block font-medium text-slate-800">
                {t.name}
              </label>
              <input
                id={`${uid}-name`}
                name="name"
                defaultValue={row.name}
                className={inputClasses}
                aria-invalid={state.fieldErrors?.honorees || state.fieldErrors?.name ? true : undefined}
              />
            </div>
            {individual ? (
              <div>
                <label htmlFor={`${uid}-position`} className="block font-medium text-slate-800">
                  {t.position}
                </label>
                <input
                  id={`${uid}-position`}
                  name="position"
                  defaultValue={row.position ?? ""}
                  className={inputClasses}
                  aria-describedby={`${uid}-position-hint`}
                />
                <p id={`${uid}-position-hint`} className="mt-1 text-slate-600">
                  {t.positionHint}
                </p>
              </div>
            ) : null}
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
                {[state.message, ...Object.values(state.fieldErrors ?? {}).flat()]
                  .filter((v, i, a) => a.indexOf(v) === i)
                  .join(" ")}
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
            <p className="font-medium text-slate-900">{printedName(row)}</p>
            {address ? <p className="text-slate-600">{address}</p> : null}
            <p className="text-slate-600">
              <span className="sr-only">{t.model}: </span>
              <span className="italic">{row.modelTitle}</span>
            </p>
          </div>
        )}
        {editable && !open ? (
          <div className="flex shrink-0 flex-wrap justify-end gap-1">
            <Button
              id={`h-up-${row.id}`}
              size="sm"
              variant="ghost"
              disabled={no === 1 || busy || !hydrated}
              aria-label={decisionsUi.picker.moveUp(row.name)}
              onClick={() => onMove(no - 2, `h-up-${row.id}`)}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              id={`h-down-${row.id}`}
              size="sm"
              variant="ghost"
              disabled={no === count || busy || !hydrated}
              aria-label={decisionsUi.picker.moveDown(row.name)}
              onClick={() => onMove(no, `h-down-${row.id}`)}
            >
              <span aria-hidden="true">↓</span>
            </Button>
            <Button
              ref={editButton}
              size="sm"
              variant="secondary"
              aria-label={t.edit(row.name)}
              disabled={!hydrated}
              onClick={() => {
                setEditing(true);
                requestAnimationFrame(() => document.getElementById(`${uid}-name`)?.focus());
              }}
            >
              {t.editShort}
            </Button>
            {onRemove ? (
              <Button
                size="sm"
                variant="ghost"
                disabled={busy || !hydrated}
                aria-label={t.removeLine(row.name)}
                onClick={onRemove}
              >
                {t.removeShort}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </li>
  );
}
