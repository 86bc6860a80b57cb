import type { Metadata } from "next";
import { formatDate, formatNumber, isoDate } from "@/lib/format";
import { awardFormLabels, decisionStatusLabels, vi } from "@/lib/i18n/vi";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listDecisions } from "../_queries/decisions";
import type { SearchParams } from "../_queries/params";
import { requireSection } from "../_lib/require-section";

export const metadata: Metadata = { title: vi.decisions.title };

export default async function DecisionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("decisions");

  const params = await searchParams;
  const result = await listDecisions(actor, parsePage(params.page));
  const t = vi.decisions;

  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {result.rows.length ? (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          {result.rows.map((d) => (
            <li key={d.id} className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5">
              <div className="min-w-0">
                <p className="font-semibold text-slate-900">{d.title}</p>
                <p className="mt-1 text-sm text-slate-600">
                  <span className="sr-only">{t.number}: </span>
                  {d.status === "ISSUED" ? <span className="font-medium text-slate-800">{d.numberText}</span> : t.noNumber}
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">{t.date}: </span>
                  <time dateTime={isoDate(d.decisionDate)} className="tabular-nums">
                    {formatDate(d.decisionDate)}
                  </time>
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">{t.issuer}: </span>
                  {d.issuer.name}
                </p>
                <p className="mt-1 text-sm text-slate-600">
                  {awardFormLabels[d.awardForm]}
                  <span aria-hidden="true"> · </span>
                  {t.honoreeCount(formatNumber(d._count.honorees))}
                </p>
              </div>
              <div className="shrink-0">
                <span className="sr-only">{t.status}: </span>
                <Badge tone={d.status === "ISSUED" ? "success" : "neutral"}>{decisionStatusLabels[d.status]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t.empty} description={t.emptyHint} />
      )}
      <Pagination page={result.page} totalPages={result.totalPages} pathname="/quyet-dinh" />
    </>
  );
}
