import type { ReactNode } from "react";

export type StatTableRow = { key: string; label: ReactNode; count: string; share: string; ratio: number };

/** A small label / count / share table with a proportional bar (the bar is decoration; the figures are text). */
export function StatTable({
  caption,
  labelHeader,
  countHeader,
  shareHeader,
  rows,
}: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  shareHeader: string;
  rows: StatTableRow[];
}) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="py-2 pr-3 font-medium">
            {labelHeader}
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            {countHeader}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            {shareHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="py-2.5 pr-3 text-left font-normal text-slate-800">
              {r.label}
              <div aria-hidden="true" className="mt-1.5 h-1.5 w-full rounded-full bg-slate-100">
                <div
                  className="h-1.5 rounded-full bg-brand-700/70"
                  style={{ width: `${Math.round(Math.min(1, Math.max(0, r.ratio)) * 100)}%` }}
                />
              </div>
            </th>
            <td className="py-2.5 pr-3 text-right align-top font-semibold text-slate-900 tabular-nums">{r.count}</td>
            <td className="py-2.5 text-right align-top text-slate-600 tabular-nums">{r.share}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
