import type { UnitKind, UnitLevel } from "@/lib/enums";
import { formatNumber } from "@/lib/format";
import { levelTitle } from "@/lib/i18n/levels";
import { rvi } from "@/lib/i18n/review";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import type { ProgressCount, ProgressLinks } from "@/lib/review/progress-links";

import { progressStatus } from "@/lib/review/progress-status";

export { LATE_AFTER_DAYS } from "@/lib/review/progress-status";

type Row = {
  unitId: number;
  unitName: string;
  level: UnitLevel;
  kind?: UnitKind;
  received: number;
  reviewed: number;
  pending: number;
  oldestPendingDays: number | null;
  done: boolean;
  /** The list behind each count that one reproduces (lib/review/progress-links.ts). */
  links?: ProgressLinks;
};

/** A count, as a link to the list of its models when there is one. */
function Count({ row, count, label }: { row: Row; count: ProgressCount; label: string }) {
  const text = formatNumber(row[count]);
  const href = row.links?.[count];
  if (!href) return text;
  return (
    <a href={href} className="link" aria-label={`${label} ${row.unitName}: ${text}`}>
      {text}
    </a>
  );
}

export function ProgressTable({ committees, lateAfterDays }: { committees: Row[]; lateAfterDays: number }) {
  const num = "px-3 py-2 text-right tabular-nums";
  return (
    <>
      {/* 40rem of columns: on a phone the last ones (pending, oldest wait, status) are off-screen. */}
      <p className="mb-1 text-sm text-slate-600 sm:hidden">{rvi.progress.scrollHint}</p>
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
        role="region"
        aria-label={rvi.progress.caption}
        tabIndex={0}
      >
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="sr-only">{rvi.progress.caption}</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 font-semibold">
                {rvi.progress.committee}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {rvi.progress.level}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {rvi.progress.received}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {rvi.progress.reviewed}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {rvi.progress.pending}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {rvi.progress.oldest}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {rvi.progress.status}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {committees.map((c) => {
              const status = progressStatus(c, lateAfterDays);
              const late = status === "late";
              return (
                <tr key={c.unitId} className={cx(late && "bg-amber-50")}>
                  <th
                    scope="row"
                    className={cx(
                      "sticky left-0 z-10 max-w-[9rem] px-3 py-2 text-left font-medium break-words text-slate-900 sm:max-w-none",
                      late ? "bg-amber-50" : "bg-white",
                    )}
                  >
                    {c.unitName}
                  </th>
                  <td className="px-3 py-2 text-slate-700">
                    {levelTitle({ level: c.level, kind: c.kind, name: c.unitName })}
                  </td>
                  <td className={num}>
                    <Count row={c} count="received" label={rvi.progress.received} />
                  </td>
                  <td className={num}>
                    <Count row={c} count="reviewed" label={rvi.progress.reviewed} />
                  </td>
                  <td className={num}>
                    <Count row={c} count="pending" label={rvi.progress.pending} />
                  </td>
                  <td className={num}>
                    {c.oldestPendingDays === null ? "—" : rvi.queue.days(formatNumber(c.oldestPendingDays))}
                  </td>
                  <td className="px-3 py-2">
                    {status === "done" ? (
                      <Badge tone="success">{rvi.progress.done}</Badge>
                    ) : late ? (
                      <Badge tone="warning">{rvi.progress.late(lateAfterDays)}</Badge>
                    ) : status === "in-progress" ? (
                      <Badge tone="progress">{rvi.progress.inProgress}</Badge>
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
