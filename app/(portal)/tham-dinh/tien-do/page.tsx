import { GetForm } from "@/components/ui/get-form";
import type { Metadata } from "next";
import { formatNumber } from "@/lib/format";
import { rvi } from "@/lib/i18n/review";
import { reviewProgress } from "@/lib/review/review-progress";
import { progressLinks } from "@/lib/review/progress-links";
import { filterQuery } from "@/lib/dashboard/filter-query";
import { resolveDashboardUnit } from "@/lib/dashboard/scope";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FilterSelect } from "@/components/ui/filter-select";
import { Button, ButtonDownload } from "@/components/ui/button";
import { ProgressTable, LATE_AFTER_DAYS } from "@/components/review/progress-table";
import { positiveInt, type SearchParams } from "@/lib/search-params";
import { requireSection } from "../../_lib/require-section";
import { reviewFilterOptions } from "@/lib/review/filter-options";

export const metadata: Metadata = { title: rvi.progress.title };

export default async function ReviewProgressPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("reviewProgress");
  const params = await searchParams;
  const campaignId = positiveInt(params.campaign);
  // `unit=` (the dashboard's drill-down key): the committees below a unit of the actor's subtree.
  const unitId = positiveInt(params.unit);
  const unit = unitId === undefined || unitId === actor.unitId ? null : await resolveDashboardUnit(actor, unitId);
  if (unitId !== undefined && unitId !== actor.unitId && !unit) {
    return (
      <>
        <PageHeader title={rvi.progress.title} />
        <EmptyState title={rvi.progress.notFound} />
      </>
    );
  }
  const [{ campaigns }, progress] = await Promise.all([
    reviewFilterOptions(),
    reviewProgress(actor, { campaignId, unitId: unit?.id }),
  ]);
  const exportHref = `/api/tham-dinh/tien-do/tai-ve?${filterQuery({ campaign: campaignId, unit: unit?.id ?? actor.unitId })}`;

  return (
    <>
      <PageHeader
        title={rvi.progress.title}
        description={unit ? rvi.progress.introUnit(unit.name) : rvi.progress.intro}
      />
      <GetForm action="/tham-dinh/tien-do" className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-end">
        {unit ? <input type="hidden" name="unit" value={String(unit.id)} /> : null}
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
          <div className="mb-4">
            <ButtonDownload href={exportHref} variant="secondary">
              {rvi.progress.download}
            </ButtonDownload>
          </div>
          <ProgressTable
            committees={progress.committees.map((c) => ({ ...c, links: progressLinks(c, campaignId) }))}
            lateAfterDays={LATE_AFTER_DAYS}
          />
        </>
      ) : (
        <EmptyState title={rvi.progress.empty} description={rvi.progress.emptyHint} />
      )}
    </>
  );
}
