import { getActor } from "@/lib/auth/actor";
import { downloadDashboard } from "@/lib/dashboard/download-dashboard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/thong-ke/tai-ve?campaign=&year=&quarter=&unit= — the dashboard as XLSX. */
export async function GET(request: Request) {
  return downloadDashboard(await getActor(), new URL(request.url).searchParams);
}
