import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** One block of an import's page: a white card with its heading, and actions beside the heading if any. */
export function ImportSection({
  id,
  heading,
  actions,
  children,
}: {
  id: string;
  heading: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const h2 = (
    <h2 id={id} className="text-lg font-semibold text-slate-900">
      {heading}
    </h2>
  );
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      {actions ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {h2}
          {actions}
        </div>
      ) : (
        h2
      )}
      {children}
    </section>
  );
}

/**
 * The plain tables of an import's page (rows in error, set-password links): a header per column, a row
 * per item; `columnClass` adds a column's own styling (monospace, figures).
 */
export function RowTable<T>({
  headers,
  columnClass = [],
  items,
  itemKey,
  cells,
  fixed,
}: {
  /** Column widths from `columnClass`, not from the content (long links shrink to the screen). */
  fixed?: boolean;
  headers: string[];
  columnClass?: (string | undefined)[];
  items: T[];
  itemKey: (item: T, index: number) => string | number;
  cells: (item: T) => ReactNode[];
}) {
  const pad = (i: number) => (i < headers.length - 1 ? "py-2 pr-3" : "py-2");
  return (
    <table className={cx("w-full text-left text-sm", fixed && "table-fixed")}>
      <thead>
        <tr className="border-b border-slate-200">
          {headers.map((h, i) => (
            <th key={h} scope="col" className={cx(pad(i), fixed && columnClass[i])}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, r) => (
          <tr key={itemKey(item, r)} className="border-b border-slate-100 align-top">
            {cells(item).map((cell, i) => (
              <td key={i} className={cx(pad(i), columnClass[i])}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
