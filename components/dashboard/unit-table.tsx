"use client";
import Link from "next/link";
import { useState } from "react";

export type UnitTableColumn = { key: string; label: string };
export type UnitTableRow = {
  id: number;
  name: string;
  drillHref: string;
  values: Record<string, { value: number; href: string }>;
};

const nf = new Intl.NumberFormat("vi-VN");

/** Ranked table of the units below: sorts by any column (keyboard: the header buttons); every figure is a link. */
export function UnitTable({
  caption,
  unitHeader,
  rankHeader,
  columns,
  rows,
}: {
  caption: string;
  unitHeader: string;
  rankHeader: string;
  columns: UnitTableColumn[];
  rows: UnitTableRow[];
}) {
  const [sort, setSort] = useState<{ key: string; desc: boolean }>({ key: columns[0].key, desc: true });
  const sorted = [...rows].sort((a, b) => {
    const d =
      sort.key === "name"
        ? a.name.localeCompare(b.name, "vi")
        : (a.values[sort.key]?.value ?? 0) - (b.values[sort.key]?.value ?? 0);
    return (sort.desc ? -d : d) || a.name.localeCompare(b.name, "vi");
  });
  const header = (key: string, label: string, right = true) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}
        className={right ? "text-right" : "text-left"}
      >
        <button
          type="button"
          className="inline-flex min-h-11 items-center gap-1 px-2 font-medium text-slate-700 hover:text-slate-950"
          onClick={() => setSort({ key, desc: active ? !sort.desc : key !== "name" })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.desc ? "▼" : "▲") : "↕"}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="unit-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-2 text-left font-medium text-slate-700">
              {rankHeader}
            </th>
            {header("name", unitHeader, false)}
            {columns.map((c) => header(c.key, c.label))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => (
            <tr key={r.id} className="border-b border-slate-100">
              <td className="px-2 py-2 text-slate-600">{i + 1}</td>
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <Link href={r.drillHref} className="link">
                  {r.name}
                </Link>
              </th>
              {columns.map((c) => (
                <td key={c.key} className="px-2 py-2 text-right tabular-nums">
                  <Link
                    href={r.values[c.key].href}
                    className="link"
                    aria-label={`${c.label} ${r.name}: ${nf.format(r.values[c.key].value)}`}
                  >
                    {nf.format(r.values[c.key].value)}
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
