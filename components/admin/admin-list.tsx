import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { cx } from "@/components/ui/cx";

/**
 * The blocks the administration pages of reference data share (issuers, fields, campaigns): a page
 * with an optional way back, a list of entries or its empty state, and cards holding a form.
 */
export function AdminPage({
  back,
  title,
  intro,
  actions,
  children,
}: {
  back?: { href: string; label: string };
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {back ? (
        <p className="mb-3">
          <Link href={back.href} className="text-sm link">
            ← {back.label}
          </Link>
        </p>
      ) : null}
      <PageHeader title={title} description={intro} actions={actions} />
      {children}
    </>
  );
}

/** In force / ended, open / closed: green when `on`, grey otherwise. */
export function StateBadge({ on, label }: { on: boolean; label: ReactNode }) {
  return <Badge tone={on ? "success" : "muted"}>{label}</Badge>;
}

export type AdminEntry = { key: number | string; href: string; title: ReactNode; lines: ReactNode[]; badge: ReactNode };

/** One line per entry: its name linking to its page, a line or two of facts, its state on the right. */
export function AdminEntryList({
  entries,
  empty,
  className,
}: {
  entries: AdminEntry[];
  empty: string;
  className?: string;
}) {
  if (!entries.length) return <EmptyState title={empty} />;
  return (
    <ul
      className={cx(
        "divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm",
        className,
      )}
    >
      {entries.map((e) => (
        <li
          key={e.key}
          className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5"
        >
          <div className="min-w-0">
            <Link href={e.href} className="font-semibold break-words text-brand-800 hover:underline">
              {e.title}
            </Link>
            {e.lines.map((line, i) => (
              <p key={i} className={cx("text-sm break-words text-slate-600", i === 0 && "mt-1")}>
                {line}
              </p>
            ))}
          </div>
          {e.badge}
        </li>
      ))}
    </ul>
  );
}

/** A card with a heading and a form (create, edit, change state). */
export function AdminFormCard({
  id,
  title,
  description,
  action,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={id} className={className}>
      <CardHeader id={id} title={title} description={description} action={action} />
      <div className="flex flex-col gap-3 px-4 py-4 sm:px-5">{children}</div>
    </Card>
  );
}

export { SavedNotice } from "./saved-notice";
