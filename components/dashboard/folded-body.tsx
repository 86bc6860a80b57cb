"use client";
import { useId, useState, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Rows shown before "show all": a province has up to ~130 communes and committees below it since 2025. */
export const FOLDED_FIRST_ROWS = 10;

/**
 * A table body that shows its first `first` rows and a button for the rest (a province has up to ~130
 * committees and communes below it since 2025). The rows beyond are not built until asked for (`rows` is
 * called with how many to render), so a long table costs the page little; the print view and the XLSX carry
 * their own forms of the same rows.
 */
export function FoldedBody({
  first = FOLDED_FIRST_ROWS,
  count,
  rows,
  colSpan,
  showAll,
  showFirst,
}: {
  first?: number;
  /** How many rows there are. */
  count: number;
  /** The first `shown` rows, in order. */
  rows: (shown: number) => ReactNode;
  colSpan: number;
  /** Button labels, e.g. "Hiện tất cả 30 ban chỉ đạo" / "Chỉ hiện 10 ban chỉ đạo đầu". */
  showAll: string;
  showFirst: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const hydrated = useHydrated();
  const folds = count > first;
  return (
    <>
      <tbody id={id}>{rows(folds && !expanded ? first : count)}</tbody>
      {folds ? (
        <tfoot className="print:hidden">
          <tr>
            <td colSpan={colSpan} className="pt-2">
              <button
                type="button"
                // Stays at the left edge while a phone scrolls the table's figures sideways.
                className="sticky left-0 inline-flex min-h-11 items-center px-2 text-sm link disabled:cursor-wait disabled:opacity-60"
                aria-controls={id}
                aria-expanded={expanded}
                onClick={() => setExpanded((e) => !e)}
                disabled={!hydrated}
              >
                {expanded ? showFirst : showAll}
              </button>
            </td>
          </tr>
        </tfoot>
      ) : null}
    </>
  );
}
