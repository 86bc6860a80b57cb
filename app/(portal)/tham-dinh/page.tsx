import type { Metadata } from "next";
import { formatNumber } from "@/lib/format";
import { vi } from "@/lib/i18n/vi";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { ModelList } from "@/components/models/model-list";
import { listReviewQueue } from "../_queries/models";
import type { SearchParams } from "../_queries/params";
import { requireSection } from "../_lib/require-section";

export const metadata: Metadata = { title: vi.review.title };

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("review");

  const params = await searchParams;
  const result = await listReviewQueue(actor, parsePage(params.page));

  return (
    <>
      <PageHeader title={vi.review.title} description={vi.review.intro} />
      <p className="mb-3 text-sm text-slate-600">{vi.models.count(formatNumber(result.total))}</p>
      {result.rows.length ? (
        <ModelList
          role={actor.role}
          dateLabel={vi.models.submittedAt}
          items={result.rows.map((m) => ({
            id: m.id,
            code: m.code,
            title: m.title,
            kind: m.kind,
            state: m.state,
            typicalLevel: m.typicalLevel,
            ownerUnitName: m.ownerUnitName,
            fieldName: m.field.name,
            date: m.submittedAt,
          }))}
        />
      ) : (
        <EmptyState title={vi.review.empty} description={vi.review.emptyHint} />
      )}
      <Pagination page={result.page} totalPages={result.totalPages} pathname="/tham-dinh" />
    </>
  );
}
