import { formatNumber } from "@/lib/format";
import { rvi } from "@/lib/i18n/review";
import { cx } from "@/components/ui/cx";

type Chip = { value: string; label: string; count?: number };

function href(query: Record<string, string | undefined>, state: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v && k !== "state") params.set(k, v);
  if (state !== "ACTIONABLE") params.set("state", state);
  const qs = params.toString();
  return qs ? `/tham-dinh?${qs}` : "/tham-dinh";
}

/** Per-state counts as links (the other filters are kept); the current one is marked for screen readers. */
export function StateChips({
  chips,
  current,
  query,
}: {
  chips: Chip[];
  current: string;
  query: Record<string, string | undefined>;
}) {
  return (
    <nav aria-label={rvi.queue.stateTabs} className="mb-4">
      {/* One scrollable row on a phone (the queue's first dossier stays on the first screen), wrapped above. */}
      <ul className="-mx-1 flex gap-2 overflow-x-auto px-1 py-1 sm:flex-wrap sm:overflow-visible">
        {chips.map((c) => {
          const active = c.value === current;
          return (
            <li key={c.value}>
              <a
                href={href(query, c.value)}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-10 items-center gap-2 rounded-full px-3 text-sm font-medium whitespace-nowrap ring-1 ring-inset",
                  active
                    ? "bg-slate-900 text-white ring-slate-900"
                    : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50",
                )}
              >
                {c.label}
                {c.count !== undefined ? (
                  <span
                    className={cx("rounded-full px-2 text-xs tabular-nums", active ? "bg-white/20" : "bg-slate-100")}
                  >
                    {formatNumber(c.count)}
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
