"use client";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { compareVi } from "@/lib/format";
import { dvi } from "@/lib/i18n/dashboard";
import { FOLDED_FIRST_ROWS, FoldedBody } from "./folded-body";

export type UnitTableColumn = { key: string; label: string };
/** One unit below and its figures, in the order of the columns (compact: the rows travel in the RSC payload). */
export type UnitTableRow = { id: number; name: string; values: number[] };

const nf = new Intl.NumberFormat("vi-VN");
/**
 * The unit's name keeps a readable width; on a phone the figures scroll sideways under it (it stays at the
 * left edge) instead of squeezing the name to a word per line.
 */
const NAME_CELL = "min-w-40 text-left max-sm:sticky max-sm:left-0 max-sm:z-10 max-sm:bg-white";

/**
 * Ranked table of the units below: sorts by any column (keyboard: the header buttons); every figure is a
 * link to the list behind it. The links are built here from the view's period query, in the order of
 * lib/dashboard/filter.ts filterQuery (campaign, year, quarter, unit, fig), so they equal the figure links
 * of lib/dashboard/figure-links.ts; plain <a>: the list and the drill-down are full page loads.
 */
export function UnitTable({
  caption,
  unitHeader,
  rankHeader,
  columns,
  periodQuery,
  rows,
}: {
  caption: string;
  unitHeader: string;
  rankHeader: string;
  columns: UnitTableColumn[];
  /** `campaign=&year=&quarter=` of the view (may be empty). */
  periodQuery: string;
  rows: UnitTableRow[];
}) {
  const hydrated = useHydrated();
  const [sort, setSort] = useState<{ col: number; desc: boolean }>({ col: 0, desc: true });
  const sorted = [...rows].sort((a, b) => {
    const d = sort.col < 0 ? compareVi(a.name, b.name) : a.values[sort.col] - b.values[sort.col];
    return (sort.desc ? -d : d) || compareVi(a.name, b.name);
  });
  const q = (extra: string) => (periodQuery ? `${periodQuery}&${extra}` : extra);
  const header = (col: number, label: string) => {
    const active = sort.col === col;
    return (
      <th
        key={col}
        scope="col"
        aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}
        className={col < 0 ? NAME_CELL : "text-right"}
      >
        <button
          type="button"
          className="inline-flex min-h-11 items-center gap-1 px-2 font-medium text-slate-700 hover:text-slate-950 disabled:cursor-wait disabled:opacity-60"
          onClick={() => setSort({ col, desc: active ? !sort.desc : col >= 0 })}
          disabled={!hydrated}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.desc ? "▼" : "▲") : "↕"}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto">
      {/* On a phone the figures scroll under the names: say so, since only the first columns show. */}
      <p className="sticky left-0 mb-1 text-xs text-slate-600 sm:hidden print:hidden">{dvi.scrollSideways}</p>
      <table className="figure-table w-full text-sm" data-testid="unit-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-2 text-left font-medium text-slate-700">
              {rankHeader}
            </th>
            {header(-1, unitHeader)}
            {columns.map((c, i) => header(i, c.label))}
          </tr>
        </thead>
        {/* The first rows of the current order; all of them on request (sorting ranks all rows either way). */}
        <FoldedBody
          colSpan={columns.length + 2}
          showAll={dvi.unitsShowAll(nf.format(rows.length))}
          showFirst={dvi.unitsShowFirst(nf.format(FOLDED_FIRST_ROWS))}
          count={sorted.length}
          rows={(shown) =>
            sorted.slice(0, shown).map((r, i) => (
              <tr key={r.id}>
                <td className="px-2 text-left text-slate-600">{i + 1}</td>
                <th scope="row" className={`px-2 ${NAME_CELL}`}>
                  <a href={`/thong-ke?${q(`unit=${r.id}`)}`} className="link">
                    {r.name}
                  </a>
                </th>
                {columns.map((c, j) => (
                  <td key={c.key} className="px-2">
                    <a
                      href={`/mo-hinh?${q(`unit=${r.id}&fig=${c.key}`)}`}
                      className="link"
                      aria-label={`${c.label} ${r.name}: ${nf.format(r.values[j])}`}
                    >
                      {nf.format(r.values[j])}
                    </a>
                  </td>
                ))}
              </tr>
            ))
          }
        />
      </table>
    </div>
  );
}
