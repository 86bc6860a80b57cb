import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";

export function EmptyState({
  title,
  description,
  action,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cx(
        "rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center sm:px-8",
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="mx-auto size-8 text-slate-400"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M3.75 9.75h16.5m-16.5 0V18A2.25 2.25 0 0 0 6 20.25h12A2.25 2.25 0 0 0 20.25 18V9.75m-16.5 0 1.9-4.43A2.25 2.25 0 0 1 7.72 3.75h8.56a2.25 2.25 0 0 1 2.07 1.57l1.9 4.43"
        />
      </svg>
      <p className="mt-3 font-semibold text-slate-800">{title}</p>
      {description ? <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">{description}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}

/**
 * The empty result of a filtered list: with a filter set, "nothing matches" and a link clearing it;
 * without one, the list's own empty state.
 */
export function FilteredEmptyState({
  filtered,
  clearHref,
  clearLabel,
  matchesNothing,
  empty,
}: {
  filtered: boolean;
  clearHref: string;
  clearLabel: string;
  matchesNothing: { title: ReactNode; description?: ReactNode };
  empty: { title: ReactNode; description?: ReactNode; action?: ReactNode };
}) {
  if (!filtered) return <EmptyState {...empty} />;
  return (
    <EmptyState
      {...matchesNothing}
      action={
        <Link href={clearHref} className="link">
          {clearLabel}
        </Link>
      }
    />
  );
}
