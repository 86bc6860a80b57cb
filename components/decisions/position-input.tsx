"use client";

import { useRef, useState } from "react";
import { decisionsUi } from "@/lib/i18n/decisions-ui";

/** Moves the item at `from` to `to` (0-based, clamped), keeping the others in order. */
export function moveTo<T>(rows: T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(rows.length - 1, to));
  if (from === target || from < 0 || from >= rows.length) return rows;
  const next = [...rows];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved);
  return next;
}

/**
 * The line's position typed as a number ("move to 12"), applied on Enter or when leaving the field:
 * the keyboard way to move a line far in a long list, next to the ↑/↓ buttons and drag and drop.
 */
export function PositionInput({
  id,
  position,
  count,
  name,
  disabled,
  onMove,
}: {
  id: string;
  /** 1-based. */
  position: number;
  count: number;
  name: string;
  disabled?: boolean;
  onMove: (to: number) => void;
}) {
  const [value, setValue] = useState(String(position));
  const [shown, setShown] = useState(position);
  /**
   * The move already asked for: Enter saves it, and the focus then leaves the field for the moved line, so
   * the blur would ask again with the version the first save used (a false "changed elsewhere").
   */
  const sent = useRef<number | null>(null);
  // Follow the position when the list is reordered by other means.
  if (shown !== position) {
    setShown(position);
    setValue(String(position));
  }
  function apply() {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      setValue(String(position));
      return;
    }
    const to = Math.min(n, count);
    if (to === position) {
      setValue(String(position));
      return;
    }
    if (sent.current === to) return;
    sent.current = to;
    onMove(to);
  }
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      disabled={disabled}
      aria-label={decisionsUi.picker.position(name, count)}
      onChange={(e) => setValue(e.target.value.replace(/\D/g, ""))}
      onFocus={() => {
        // A new try: the same move may be asked again (the first may have been refused).
        sent.current = null;
      }}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          apply();
        }
      }}
      className="w-12 rounded-md border border-slate-300 px-1.5 py-1 text-center text-sm tabular-nums focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none"
    />
  );
}
