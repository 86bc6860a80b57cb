import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { contentDisposition } from "@/lib/uploads/content-disposition";
import { canOpen } from "@/lib/nav";
import { vnTodayIso } from "@/lib/models/dates";
import { getDashboard } from "./get-dashboard";
import { parseDashboardFilter, VIEW_KEYS } from "./filter";
import { renderDashboardXlsx } from "./export-dashboard-xlsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * GET /api/thong-ke/tai-ve?campaign=&year=&quarter=&unit= — the dashboard of that view as XLSX,
 * authorised like the page: signed out → 401, no dashboard section or unit out of scope → 404.
 */
export async function downloadDashboard(actor: Actor | null, params: URLSearchParams): Promise<Response> {
  if (!actor) return new Response(null, { status: 401 });
  if (!canOpen(actor, "dashboard")) return new Response(null, { status: 404 });
  const raw = Object.fromEntries([...params.entries()].filter(([k]) => (VIEW_KEYS as readonly string[]).includes(k)));
  const filter = parseDashboardFilter(raw);
  // The file holds what the page shows: the same figures, read from the summaries (its date is in the file).
  const r = await getDashboard(actor, filter);
  if (!r.ok) return new Response(null, { status: r.code === "forbidden" || r.code === "not_found" ? 404 : 400 });
  const campaign = filter.campaign
    ? await prisma.campaign.findUnique({ where: { id: filter.campaign }, select: { name: true, code: true } })
    : null;
  const body = await renderDashboardXlsx(r.dashboard, campaign?.name ?? null);
  // The day in Vietnam, as the sheet's "Ngày lập" line (a UTC date is the day before from 00:00 to 07:00).
  const stamp = vnTodayIso(r.dashboard.generatedAt);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": XLSX,
      "Content-Length": String(body.length),
      "Content-Disposition": contentDisposition(
        dashboardFileName(r.dashboard.unit.name, stamp, {
          campaignCode: campaign?.code ?? null,
          year: r.dashboard.filter.year ?? null,
          quarter: r.dashboard.filter.quarter ?? null,
        }),
      ),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * "Thống kê Tỉnh Thái Nguyên đợt DVK-2026 quý 3 năm 2025 (03-12-2026).xlsx": the unit by name, the period of
 * the view, and the day it was made as the portal writes days (characters no file name may hold replaced).
 */
export function dashboardFileName(
  unitName: string,
  isoDay: string,
  period: { campaignCode?: string | null; year?: number | null; quarter?: number | null } = {},
): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim();
  const parts = [`Thống kê ${clean(unitName)}`];
  if (period.campaignCode) parts.push(`đợt ${clean(period.campaignCode)}`);
  if (period.year) parts.push(period.quarter ? `quý ${period.quarter} năm ${period.year}` : `năm ${period.year}`);
  const [y, m, d] = isoDay.split("-");
  return `${parts.join(" ")} (${d}-${m}-${y}).xlsx`;
}
