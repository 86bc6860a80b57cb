import { GetForm } from "@/components/ui/get-form";
import type { Metadata } from "next";
import { formatNumber } from "@/lib/format";
import { rvi } from "@/lib/i18n/review";
import { reviewProgress } from "@/lib/review/review-progress";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FilterSelect } from "@/components/ui/filter-select";
import { Button } from "@/components/ui/button";
import { ProgressTable, LATE_AFTER_DAYS } from "@/components/review/progress-table";
import { positiveInt, type SearchParams } from "@/lib/search-params";
import { requireSection } from "../../_lib/require-section";
import { reviewFilterOptions } from "@/lib/review/filter-options";

export const metadata: Metadata = { title: rvi.progress.title };

export default async function ReviewProgressPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("reviewProgress");
  const params = await searchParams;
  const campaignId = positiveInt(params.campaign);
  const [{ campaigns }, progress] = await Promise.all([reviewFilterOptions(), reviewProgress(actor, { campaignId })]);

  return (
    <>
      <PageHeader title={rvi.progress.title} description={rvi.progress.intro} />
      <GetForm action="/tham-dinh/tien-do" className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-end">
        <FilterSelect
          className="sm:w-80"
          id="tien-do-dot"
          name="campaign"
          long
          label={rvi.progress.campaign}
          all={rvi.progress.allCampaigns}
          value={campaignId ? String(campaignId) : ""}
          options={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <Button type="submit" variant="secondary">
          {rvi.progress.show}
        </Button>
      </GetForm>

      {progress.committees.length ? (
        <>
          <p className="text-2xl font-bold text-slate-900">
            {rvi.progress.summary(formatNumber(progress.reviewedCount), formatNumber(progress.total))}
          </p>
          <p className="mb-4 text-sm text-slate-600">{rvi.progress.summaryHint}</p>
          <ProgressTable committees={progress.committees} lateAfterDays={LATE_AFTER_DAYS} />
        </>
      ) : (
        <EmptyState title={rvi.progress.empty} description={rvi.progress.emptyHint} />
      )}
    </>
  );
}
