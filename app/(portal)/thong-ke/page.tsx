import type { Metadata } from "next";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { dashboardCampaigns } from "@/lib/dashboard/campaign-options";
import { parseDashboardFilter, VIEW_KEYS } from "@/lib/dashboard/filter";
import { dvi } from "@/lib/i18n/dashboard";
import type { SearchParams } from "@/lib/search-params";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { requireSection } from "../_lib/require-section";

export const metadata: Metadata = { title: dvi.title };

/** /thong-ke?campaign=&year=&quarter=&unit= — the movement figures of a unit and period. */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireSection("dashboard");
  const params = await searchParams;
  const view = Object.fromEntries(VIEW_KEYS.map((k) => [k, params[k]]));
  const filter = parseDashboardFilter(view);
  const [r, campaigns] = await Promise.all([getDashboard(actor, filter), dashboardCampaigns(actor)]);
  if (!r.ok) {
    return (
      <>
        <PageHeader title={dvi.title} />
        <EmptyState title={r.message} />
      </>
    );
  }
  const campaignName = campaigns.find((c) => c.id === filter.campaign)?.name ?? null;
  return (
    <>
      <div className="print:hidden">
        <PageHeader title={`${dvi.title}: ${r.dashboard.unit.name}`} description={dvi.intro} />
      </div>
      <DashboardView
        d={r.dashboard}
        campaigns={campaigns}
        campaignName={campaignName}
        thisYear={new Date().getUTCFullYear()}
      />
    </>
  );
}
