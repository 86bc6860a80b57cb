import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type Stat = { label: string; value: string; href?: string; emphasis?: boolean };

/** Big figures with their labels; a figure with a link opens the matching filtered list. */
export function StatList({ stats, columns = 3 }: { stats: Stat[]; columns?: 2 | 3 }) {
  return (
    <dl className={cx("grid gap-3", columns === 3 ? "grid-cols-3" : "grid-cols-2")}>
      {stats.map((s) => (
        <div key={s.label} className="min-w-0 rounded-md bg-slate-50 px-2.5 py-2.5">
          <dt className="text-xs font-medium text-slate-600 sm:text-sm">{s.label}</dt>
          <dd
            className={cx(
              "mt-0.5 text-xl font-bold tabular-nums sm:text-2xl",
              s.emphasis ? "text-brand-800" : "text-slate-900",
            )}
          >
            {s.href ? (
              <Link href={s.href} className="rounded hover:underline">
                {s.value}
              </Link>
            ) : (
              s.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export type CountRow = { key: string; label: string; value: string; href?: string; badge?: ReactNode };

/** Label → count rows, e.g. models by state. */
export function CountList({ rows }: { rows: CountRow[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) =>
        r.href ? (
          // The whole row is the link: a bare "3" was a tap target a few pixels wide on a phone.
          <li key={r.key}>
            <Link
              href={r.href}
              aria-label={`${r.label}: ${r.value}`}
              className="group -mx-2 flex min-h-11 items-center justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-slate-50"
            >
              <span className="min-w-0 text-sm text-slate-700">{r.badge ?? r.label}</span>
              <span className="link tabular-nums">{r.value}</span>
            </Link>
          </li>
        ) : (
          <li key={r.key} className="flex items-center justify-between gap-3 py-2">
            <span className="min-w-0 text-sm text-slate-700">{r.badge ?? r.label}</span>
            <span className="font-semibold text-slate-900 tabular-nums">{r.value}</span>
          </li>
        ),
      )}
    </ul>
  );
}
