import type { Metadata } from "next";
import { formatDateTime, formatNumber } from "@/lib/format";
import { roleLabels, vi } from "@/lib/i18n/vi";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { orgText } from "@/lib/i18n/org";
import { Pagination, parsePage } from "@/components/ui/pagination";
import type { SearchParams } from "@/lib/search-params";
import { listUsers } from "../_queries/users";
import { requireSection } from "../_lib/require-section";

export const metadata: Metadata = { title: vi.admin.title };

export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  await requireSection("admin");

  const params = await searchParams;
  const result = await listUsers(parsePage(params.page));
  const t = vi.admin;

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={<ButtonLink href="/quan-tri/don-vi" variant="secondary">{orgText.title}</ButtonLink>}
      />
      <section aria-labelledby="nguoi-dung">
        <h2 id="nguoi-dung" className="mb-3 text-lg font-semibold text-slate-900">
          {t.usersHeading}{" "}
          <span className="text-sm font-normal text-slate-600">({formatNumber(result.total)})</span>
        </h2>
        {result.rows.length ? (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
            {result.rows.map((u) => (
              <li key={u.id} className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5">
                <div className="min-w-0">
                  <p className="font-semibold text-slate-900">{u.fullName}</p>
                  <p className="mt-1 text-sm break-words text-slate-600">
                    <span className="sr-only">{t.username}: </span>
                    <span className="font-mono text-[0.8rem]">{u.username}</span>
                    <span aria-hidden="true"> · </span>
                    <span className="sr-only">{t.role}: </span>
                    {roleLabels[u.role]}
                    <span aria-hidden="true"> · </span>
                    <span className="sr-only">{t.unit}: </span>
                    {u.unit.name}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2 sm:flex-col sm:items-end">
                  <span className="sr-only">{t.status}: </span>
                  <Badge tone={u.disabled ? "muted" : "success"}>{u.disabled ? t.disabled : t.active}</Badge>
                  <span className="text-xs text-slate-600">
                    {t.lastLogin}: {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t.never}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t.empty} />
        )}
        <Pagination page={result.page} totalPages={result.totalPages} pathname="/quan-tri" />
      </section>
    </>
  );
}
