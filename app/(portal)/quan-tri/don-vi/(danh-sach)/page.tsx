import { GetForm } from "@/components/ui/get-form";
import { levelTitle } from "@/lib/i18n/levels";
import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/actor";
import { formatDate, formatNumber } from "@/lib/format";
import { orgText } from "@/lib/i18n/org";
import { listUnits } from "@/lib/org/list-units";
import { first, positiveInt, type SearchParams } from "@/lib/search-params";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/review/field";
import { OrgForm } from "@/components/org/org-form";
import { UNIT_KIND_OPTIONS, UNIT_LEVEL_OPTIONS } from "@/components/org/options";
import { LEVEL_KINDS } from "@/lib/org/unit-rules";
import { createUnitAction } from "../actions";

export const metadata: Metadata = { title: orgText.title };

export default async function OrgTreePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  const q = first(params.q) ?? "";
  const closed = first(params.closed) === "1";
  const parentId = positiveInt(params.parent);
  const list = await listUnits(actor, { q, closed, parentId, page: positiveInt(params.page) ?? 1 });
  if (!list) return null;
  const t = orgText;
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <ButtonLink href="/quan-tri/don-vi/nap-du-lieu" variant="secondary">
            {t.load.heading}
          </ButtonLink>
        }
      />
      <GetForm className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end" role="search">
        <label className="min-w-0 flex-1 text-sm font-semibold text-slate-800">
          {t.search}
          <input name="q" defaultValue={q} className={inputClass} />
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="closed" value="1" defaultChecked={closed} className="size-5" />
          {t.includeClosed}
        </label>
        <Button type="submit">{t.searchButton}</Button>
      </GetForm>
      <p className="mb-2 text-sm text-slate-600">{t.unitCount(formatNumber(list.total))}</p>
      {list.rows.length ? (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          {list.rows.map((u) => (
            <li key={u.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/quan-tri/don-vi/${u.id}`} className="link font-semibold break-words">
                  {u.name}
                </Link>
                <p className="text-sm break-words text-slate-600">
                  {levelTitle(u, u.validTo ?? undefined)} · {t.code}{" "}
                  <span className="font-mono text-[0.8rem]">{u.code}</span>
                  {u.parentName ? ` · ${t.parent}: ${u.parentName}` : ""}
                  {u.successorName ? ` · ${t.successor}: ${u.successorName}` : ""}
                </p>
              </div>
              <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-slate-600">
                <Badge tone={u.validTo ? "muted" : "success"}>{u.validTo ? t.closed : t.current}</Badge>
                <span>
                  {formatDate(u.validFrom)}
                  {u.validTo ? ` – ${formatDate(u.validTo)}` : ""}
                </span>
                <Link href={`/quan-tri/don-vi?parent=${u.id}${closed ? "&closed=1" : ""}`} className="link">
                  {t.children}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t.empty} />
      )}
      <Pagination
        page={list.page}
        totalPages={list.totalPages}
        pathname="/quan-tri/don-vi"
        query={{ q: q || undefined, closed: closed ? "1" : undefined, parent: parentId ? String(parentId) : undefined }}
      />
      <div className="mt-6 max-w-xl">
        <OrgForm
          action={createUnitAction}
          heading={t.create.heading}
          submit={t.create.submit}
          goTo
          fields={[
            { name: "name", label: t.create.name },
            { name: "code", label: t.create.code },
            { name: "level", label: t.create.level, options: UNIT_LEVEL_OPTIONS, defaultValue: "DISTRICT" },
            {
              name: "kind",
              label: t.create.kind,
              options: UNIT_KIND_OPTIONS,
              defaultValue: "DISTRICT_EQUIVALENT",
              optionsBy: { field: "level", allowed: LEVEL_KINDS },
            },
            { name: "parentCode", label: t.create.parent },
            { name: "validFrom", label: t.create.validFrom, placeholder: "01/07/2025" },
          ]}
        />
      </div>
    </>
  );
}
