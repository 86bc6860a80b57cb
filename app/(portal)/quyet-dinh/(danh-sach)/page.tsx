import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listDecisions } from "@/lib/decisions/list-decisions";
import { formatDate, formatNumber, isoDate } from "@/lib/format";
import { awardFormLabels, decisionStatusLabels } from "@/lib/i18n/vi";
import { decisionsUi } from "@/lib/i18n/decisions-ui";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchBox } from "@/components/decisions/search-box";
import { can } from "@/lib/permissions";
import { requireSection } from "../../_lib/require-section";
import { first, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: decisionsUi.list.title };

export default async function DecisionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("decisions");
  const params = await searchParams;
  const q = first(params.q)?.trim() ?? "";
  const result = await listDecisions(actor, { q, page: first(params.page) });
  if (!result.ok) notFound();
  const t = decisionsUi.list;
  // The administrator reads decisions but drafts none.
  const create = can(actor, "manage:decision:subtree") ? (
    <ButtonLink href="/quyet-dinh/moi">{t.create}</ButtonLink>
  ) : null;

  return (
    <>
      <PageHeader title={t.title} description={create ? t.intro : t.introReadOnly} actions={create} />
      {first(params["da-xoa"]) === "1" ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900"
        >
          {decisionsUi.detail.deleted}
        </p>
      ) : null}
      <SearchBox defaultValue={q} />
      {result.items.length ? (
        <>
          <p className="mb-2 text-sm text-slate-600" aria-live="polite">
            {t.total(formatNumber(result.total))}
          </p>
          <ul
            aria-label={t.caption}
            className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm"
          >
            {result.items.map((d) => (
              <li key={d.id} className="relative px-4 py-4 hover:bg-slate-50 sm:px-5">
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
                  <div className="min-w-0">
                    <Link
                      href={`/quyet-dinh/${d.id}`}
                      className="font-semibold text-slate-900 underline-offset-2 after:absolute after:inset-0 hover:underline focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-brand-600"
                    >
                      <span className="sr-only">{t.number} </span>
                      {d.numberText ?? t.draftLabel(d.plannedNumber)}
                      {d.status === "DRAFT" && d.numberText ? (
                        <span className="font-normal text-slate-600"> {t.noNumberYet}</span>
                      ) : null}
                    </Link>
                    <p className="mt-1 text-slate-800">{d.title}</p>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-600 sm:flex sm:flex-wrap sm:gap-x-4">
                      <div className="contents sm:flex sm:gap-1">
                        <dt>{t.date}:</dt>
                        <dd>
                          <time dateTime={isoDate(d.decisionDate)} className="tabular-nums">
                            {formatDate(d.decisionDate)}
                          </time>
                        </dd>
                      </div>
                      <div className="contents sm:flex sm:gap-1">
                        <dt>{t.issuer}:</dt>
                        <dd>{d.issuer.parentName ? `${d.issuer.name} – ${d.issuer.parentName}` : d.issuer.name}</dd>
                      </div>
                      <div className="contents sm:flex sm:gap-1">
                        <dt>{t.awardForm}:</dt>
                        <dd>{awardFormLabels[d.awardForm]}</dd>
                      </div>
                      <div className="contents sm:flex sm:gap-1">
                        <dt>{t.honorees}:</dt>
                        <dd className="tabular-nums">{formatNumber(d.honoreeCount)}</dd>
                      </div>
                    </dl>
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-1">
                    <span className="sr-only">{t.status}: </span>
                    <Badge tone={d.status === "ISSUED" ? "success" : "warning"}>{decisionStatusLabels[d.status]}</Badge>
                    {d.imported ? <Badge tone="muted">{decisionsUi.detail.imported}</Badge> : null}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : q ? (
        <EmptyState title={t.noMatch(q)} description={t.noMatchHint} />
      ) : (
        <EmptyState title={t.empty} description={create ? t.emptyHint : t.emptyReadOnly} action={create} />
      )}
      <Pagination
        page={result.page}
        totalPages={result.pageCount}
        pathname="/quyet-dinh"
        query={{ q: q || undefined }}
      />
    </>
  );
}
