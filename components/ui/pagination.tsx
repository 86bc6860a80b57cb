import Link from "next/link";
import { vi } from "@/lib/i18n/vi";
import { cx } from "./cx";

type Query = Record<string, string | undefined>;

function hrefFor(pathname: string, query: Query, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value && key !== "page") params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Pages to show around the current one: 1 … 4 5 6 … 12 (null marks a gap). */
function pageWindow(page: number, total: number): Array<number | null> {
  const wanted = new Set([1, total, page - 1, page, page + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1] > 1) out.push(null);
    out.push(n);
  });
  return out;
}

const item = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-medium";
const enabled = "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
const disabled = "border border-slate-200 bg-slate-50 text-slate-400";

/** "← Trang trước" / "Trang sau →": a link, or the same words greyed out where there is no such page. */
function StepLink({ href, rel }: { href: string | null; rel: "prev" | "next" }) {
  const label =
    rel === "prev" ? (
      <>
        <span aria-hidden="true">←</span>&nbsp;{vi.pagination.previous}
      </>
    ) : (
      <>
        {vi.pagination.next}&nbsp;<span aria-hidden="true">→</span>
      </>
    );
  return href ? (
    <Link href={href} rel={rel} className={cx(item, enabled)}>
      {label}
    </Link>
  ) : (
    <span aria-disabled="true" className={cx(item, disabled)}>
      {label}
    </span>
  );
}

/** URL-driven pagination (`?page=`), keeps the other filters of the current query. */
export function Pagination({
  page,
  totalPages,
  pathname,
  query = {},
}: {
  page: number;
  totalPages: number;
  pathname: string;
  query?: Query;
}) {
  if (totalPages <= 1) return null;
  const prev = page > 1 ? hrefFor(pathname, query, page - 1) : null;
  const next = page < totalPages ? hrefFor(pathname, query, page + 1) : null;

  return (
    <nav aria-label={vi.pagination.label} className="mt-6 flex items-center justify-between gap-2">
      <StepLink href={prev} rel="prev" />

      <p className="text-sm text-slate-600 sm:hidden">{vi.pagination.status(page, totalPages)}</p>
      <ul className="hidden items-center gap-1 sm:flex">
        {pageWindow(page, totalPages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefFor(pathname, query, n)}
                aria-label={vi.pagination.page(n)}
                aria-current={n === page ? "page" : undefined}
                className={cx(item, n === page ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100")}
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ul>

      <StepLink href={next} rel="next" />
    </nav>
  );
}

/** Reads `?page=` as a positive integer (anything else is page 1). */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function cursorHref(pathname: string, query: Query, key: "after" | "before" | null, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [k, value] of Object.entries(query)) {
    if (value && k !== "page" && k !== "after" && k !== "before") params.set(k, value);
  }
  if (key && cursor) params.set(key, cursor);
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/**
 * Keyset pagination (`?after=` / `?before=` cursors, lib/db/keyset.ts): first, previous and next page,
 * keeping the other filters of the current query. Deep pages cost what the first one does.
 */
export function CursorPagination({
  after,
  before,
  onFirstPage,
  pathname,
  query = {},
}: {
  after: string | null;
  before: string | null;
  onFirstPage: boolean;
  pathname: string;
  query?: Query;
}) {
  if (!after && !before && onFirstPage) return null;
  const prev = before ? cursorHref(pathname, query, "before", before) : null;
  const next = after ? cursorHref(pathname, query, "after", after) : null;
  return (
    <nav aria-label={vi.pagination.label} className="mt-6 flex flex-wrap items-center justify-between gap-2">
      <div className="flex gap-2">
        {onFirstPage ? null : (
          <Link href={cursorHref(pathname, query, null, null)} className={cx(item, enabled)}>
            {vi.pagination.first}
          </Link>
        )}
        <StepLink href={prev} rel="prev" />
      </div>
      <StepLink href={next} rel="next" />
    </nav>
  );
}
