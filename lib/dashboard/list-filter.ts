import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  filterQuery,
  hasDashboardFilter,
  isCommitteeFigure,
  parseDashboardFilter,
  type DashboardFilter,
} from "./filter";
import { dashboardCampaigns } from "./campaign-options";
import { committeeUnitIds, dashboardModelWhere, resolveDashboardUnit } from "./scope";

export type DashboardListFilter =
  | {
      ok: true;
      where: Prisma.ModelWhereInput;
      unitName: string;
      /** The figure's campaign, from the dashboard's own list (dashboardCampaigns; null: every campaign, or none in scope). */
      campaignName: string | null;
      filter: DashboardFilter;
      query: Record<string, string>;
    }
  | { ok: false };

/**
 * The filter a dashboard figure link puts on the model list (/mo-hinh?campaign=&year=&unit=&fig=…), or
 * null when the URL carries none. A unit outside the actor's scope gives `{ ok: false }` (the list shows
 * nothing rather than another scope's rows).
 */
export async function dashboardListFilter(
  actor: Actor,
  params: Record<string, string | string[] | undefined>,
): Promise<DashboardListFilter | null> {
  const filter = parseDashboardFilter(params);
  // `field` alone is the list's own filter; any other key means the link came from the dashboard.
  if (!hasDashboardFilter({ ...filter, field: undefined })) return null;
  const unit = await resolveDashboardUnit(actor, filter.unit);
  if (!unit) return { ok: false };
  const query = Object.fromEntries(new URLSearchParams(filterQuery(filter)));
  const [committeeIds, campaign] = await Promise.all([
    isCommitteeFigure(filter.fig) ? committeeUnitIds(unit) : [unit.id],
    filter.campaign ? dashboardCampaigns(actor).then((cs) => cs.find((c) => c.id === filter.campaign)) : null,
  ]);
  return {
    ok: true,
    where: dashboardModelWhere(actor, unit, filter, committeeIds),
    unitName: unit.name,
    campaignName: campaign?.name ?? null,
    filter,
    query,
  };
}
