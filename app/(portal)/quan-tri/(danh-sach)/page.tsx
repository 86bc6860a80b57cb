import { GetForm } from "@/components/ui/get-form";
import type { Metadata } from "next";
import Link from "next/link";
import { listAccounts } from "@/lib/accounts/queries";
import { formatDateTime, formatNumber } from "@/lib/format";
import { accountsText } from "@/lib/i18n/accounts";
import { fieldText } from "@/lib/i18n/fields";
import { orgText } from "@/lib/i18n/org";
import { roleName } from "@/lib/i18n/levels";
import { vi } from "@/lib/i18n/vi";
import { first, type SearchParams } from "@/lib/search-params";
import { roleOptions } from "@/components/accounts/account-options";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { filterControlClass } from "@/components/ui/filter-control";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requireSection } from "../../_lib/require-section";

export const metadata: Metadata = { title: vi.admin.title };

export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("admin");
  const params = await searchParams;
  const filters = {
    q: first(params.q),
    role: first(params.role),
    unit: first(params.unit),
    status: first(params.status),
  };
  const result = (await listAccounts(actor, { ...filters, page: parsePage(params.page) }))!;
  const t = vi.admin;
  const a = accountsText.admin;

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/quan-tri/don-vi" className={buttonClasses("secondary", "md")}>
              {orgText.title}
            </Link>
            <Link href="/quan-tri/linh-vuc" className={buttonClasses("secondary", "md")}>
              {fieldText.title}
            </Link>
            <Link href="/quan-tri/tai-khoan/moi" className={buttonClasses("primary", "md")}>
              {a.newAccount}
            </Link>
          </div>
        }
      />
      <GetForm
        role="search"
        className="mb-5 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5"
      >
        <div className="lg:col-span-2">
          <label htmlFor="q" className="block text-sm font-semibold text-slate-800">
            {a.search}
          </label>
          <input id="q" name="q" defaultValue={filters.q} className={filterControlClass} />
        </div>
        <FilterSelect
          id="role"
          name="role"
          label={a.role}
          all={a.allRoles}
          value={filters.role}
          options={roleOptions}
        />
        <FilterSelect
          id="status"
          name="status"
          label={t.status}
          all={a.allStates}
          value={filters.status}
          options={[
            { value: "active", label: a.activeOnly },
            { value: "disabled", label: a.disabledOnly },
          ]}
        />
        <div>
          <label htmlFor="unit" className="block text-sm font-semibold text-slate-800">
            {a.unitFilter}
          </label>
          <input id="unit" name="unit" defaultValue={filters.unit} className={filterControlClass} />
        </div>
        <div className="sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClasses("secondary", "md")}>
            {a.searchButton}
          </button>
        </div>
      </GetForm>
      <section aria-labelledby="nguoi-dung">
        <h2 id="nguoi-dung" className="mb-3 text-lg font-semibold text-slate-900">
          {t.usersHeading} <span className="text-sm font-normal text-slate-600">({formatNumber(result.total)})</span>
        </h2>
        {result.rows.length ? (
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
            {result.rows.map((u) => (
              <li
                key={u.id}
                className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5"
              >
                <div className="min-w-0">
                  <Link
                    href={`/quan-tri/tai-khoan/${u.id}`}
                    className="font-semibold text-brand-800 underline-offset-2 hover:underline"
                  >
                    {u.fullName}
                  </Link>
                  <p className="mt-1 text-sm break-words text-slate-600">
                    <span className="sr-only">{t.username}: </span>
                    <span className="font-mono text-[0.8rem]">{u.username}</span>
                    <span aria-hidden="true"> · </span>
                    <span className="sr-only">{t.role}: </span>
                    {roleName(u.role, u.unit)}
                    <span aria-hidden="true"> · </span>
                    <span className="sr-only">{t.unit}: </span>
                    {u.unit.name}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2 sm:flex-col sm:items-end">
                  <span className="sr-only">{t.status}: </span>
                  <Badge tone={u.disabled ? "muted" : "success"}>{u.disabled ? t.disabled : t.active}</Badge>
                  {u.mustChangePassword ? <Badge tone="muted">{a.mustChangeBadge}</Badge> : null}
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
        <Pagination page={result.page} totalPages={result.totalPages} pathname="/quan-tri" query={filters} />
      </section>
    </>
  );
}
