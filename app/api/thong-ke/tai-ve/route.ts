import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { downloadDashboard } from "@/lib/dashboard/download-dashboard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/thong-ke/tai-ve?campaign=&year=&quarter=&unit= — the dashboard as XLSX. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return signedOutRedirect(request) ?? downloadDashboard(null, new URL(request.url).searchParams);
  return downloadDashboard(actor, new URL(request.url).searchParams);
}
