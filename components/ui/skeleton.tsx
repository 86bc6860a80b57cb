import type { ReactNode } from "react";
import { vi } from "@/lib/i18n/vi";
import { cx } from "./cx";

/** A grey placeholder block; purely decorative. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded-md bg-slate-200", className)} />;
}

/** Wraps placeholders so assistive technology hears one polite "loading" instead of nothing. */
export function LoadingRegion({
  children,
  label = vi.common.loading,
  className,
}: {
  children: ReactNode;
  label?: string;
  className?: string;
}) {
  return (
    <div role="status" aria-live="polite" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

export function CardSkeleton({ lines = 3 }: { lines?: number }) {
  return (
    <LoadingRegion className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <Skeleton className="h-5 w-2/3" />
      <Skeleton className="mt-2 h-4 w-full" />
      <div className="mt-5 space-y-3">
        {Array.from({ length: lines }, (_, i) => (
          <Skeleton key={i} className="h-4 w-5/6" />
        ))}
      </div>
    </LoadingRegion>
  );
}

export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <LoadingRegion className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="space-y-2 px-4 py-4 sm:px-5">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-3 w-1/2" />
        </div>
      ))}
    </LoadingRegion>
  );
}

/**
 * Placeholder for a section page: heading, intro line and a list. At least a window high, so the footer
 * is out of sight while the page loads instead of jumping down when the content replaces this.
 */
export function PageSkeleton() {
  return (
    <LoadingRegion className="min-h-dvh">
      <Skeleton className="h-8 w-56 max-w-full" />
      <Skeleton className="mt-3 mb-8 h-4 w-96 max-w-full" />
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2 px-4 py-4 sm:px-5">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-3 w-1/2" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
