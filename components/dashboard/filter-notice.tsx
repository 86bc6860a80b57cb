import Link from "next/link";
import type { DashboardFilter } from "@/lib/dashboard/filter";
import { filterQuery, isCommitteeFigure } from "@/lib/dashboard/filter";
import { dvi, periodText } from "@/lib/i18n/dashboard";
import { modelKindLabels } from "@/lib/i18n/vi";

/** Shown above the model list when it was opened from a dashboard figure. */
export function DashboardFilterNotice({
  unitName,
  campaignName,
  filter,
}: {
  unitName: string;
  campaignName: string | null;
  filter: DashboardFilter;
}) {
  const figure = filter.fig
    ? filter.level && (filter.fig === "recognized" || filter.fig === "typical")
      ? filter.fig === "recognized"
        ? dvi.recognizedAt(filter.level)
        : dvi.typicalAt(filter.level)
      : dvi.figure[filter.fig]
    : dvi.allModels;
  const extra = [
    filter.kind ? modelKindLabels[filter.kind] : null,
    filter.reglevel ? dvi.regLevel(filter.reglevel) : null,
  ].filter(Boolean);
  // A committee's figure came from the review progress of the units above it, the others from the dashboard.
  const fromProgress = isCommitteeFigure(filter.fig);
  const back = fromProgress
    ? filterQuery({ campaign: filter.campaign })
    : filterQuery({ campaign: filter.campaign, year: filter.year, quarter: filter.quarter, unit: filter.unit });
  const backPath = fromProgress ? "/tham-dinh/tien-do" : "/thong-ke";
  return (
    <div role="note" className="mb-4 rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-slate-800">
      <p className="font-semibold">{dvi.fromDashboard}</p>
      <p data-testid="dashboard-filter">
        {dvi.fromDashboardText([figure, ...extra].join(", "), unitName, periodText({ ...filter, campaignName }))}
      </p>
      <p className="mt-1 flex flex-wrap gap-4">
        <Link className="link" href={`${backPath}${back ? `?${back}` : ""}`}>
          {fromProgress ? dvi.backToProgress : dvi.backToDashboard}
        </Link>
        <Link className="link" href="/mo-hinh">
          {dvi.allModels}
        </Link>
      </p>
    </div>
  );
}
