"use client";
import { Children, useId, useState, type ReactNode } from "react";

/** Rows shown before "show all": a province has up to ~130 communes and committees below it since 2025. */
export const FOLDED_FIRST_ROWS = 10;

/**
 * A table body that shows its first `first` rows and a button for the rest (a province has up to ~130
 * committees and communes below it since 2025). The rows beyond are not rendered until asked for, so a long
 * table costs the page little; the print view and the XLSX carry their own forms of the same rows.
 */
export function FoldedBody({
  first = FOLDED_FIRST_ROWS,
  colSpan,
  showAll,
  showFirst,
  children,
}: {
  first?: number;
  colSpan: number;
  /** Button labels, e.g. "Hiện tất cả 30 ban chỉ đạo" / "Chỉ hiện 10 ban chỉ đạo đầu". */
  showAll: string;
  showFirst: string;
  children?: ReactNode;
}) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const rows = Children.toArray(children);
  const folds = rows.length > first;
  return (
    <>
      <tbody id={id}>{folds && !expanded ? rows.slice(0, first) : rows}</tbody>
      {folds ? (
        <tfoot className="print:hidden">
          <tr>
            <td colSpan={colSpan} className="pt-2">
              <button
                type="button"
                className="inline-flex min-h-11 items-center px-2 text-sm link"
                aria-controls={id}
                aria-expanded={expanded}
                onClick={() => setExpanded((e) => !e)}
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
