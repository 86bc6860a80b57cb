import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { contentDisposition } from "@/lib/uploads/content-disposition";
import { canOpen } from "@/lib/nav";
import { vnTodayIso } from "@/lib/models/dates";
import { resolveDashboardUnit } from "@/lib/dashboard/scope";
import { positiveInt } from "@/lib/search-params";
import { reviewProgress } from "./review-progress";
import { renderReviewProgressXlsx } from "./export-review-progress-xlsx";
import { LATE_AFTER_DAYS } from "./progress-status";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/tham-dinh/tien-do/tai-ve?campaign=&unit= — the review progress table of that view as XLSX,
 * authorised like the page and like the dashboard's file (lib/dashboard/download-dashboard.ts): signed out
 * → 401, no review progress section or a unit outside the actor's subtree → 404.
 */
export async function downloadReviewProgress(actor: Actor | null, params: URLSearchParams): Promise<Response> {
  if (!actor) return new Response(null, { status: 401 });
  if (!canOpen(actor, "reviewProgress")) return new Response(null, { status: 404 });
  const unit = await resolveDashboardUnit(actor, positiveInt(params.get("unit") ?? undefined));
  if (!unit) return new Response(null, { status: 404 });
  const campaignId = positiveInt(params.get("campaign") ?? undefined);
  const producedAt = new Date();
  const [progress, campaign] = await Promise.all([
    reviewProgress(actor, { campaignId, unitId: unit.id }),
    campaignId ? prisma.campaign.findUnique({ where: { id: campaignId }, select: { name: true } }) : null,
  ]);
  const body = await renderReviewProgressXlsx(progress, {
    unitName: unit.name,
    campaignName: campaign?.name ?? null,
    producedAt,
    lateAfterDays: LATE_AFTER_DAYS,
  });
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": XLSX,
      "Content-Length": String(body.length),
      "Content-Disposition": contentDisposition(`tien-do-tham-dinh-${unit.id}-${vnTodayIso(producedAt)}.xlsx`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
