import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { downloadDecision } from "@/lib/decisions/download-decision";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/quyet-dinh/[id]/tai-ve?dinh-dang=pdf|docx|xlsx — the honoree list as a file. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return signedOutRedirect(request) ?? downloadDecision(null, id, null);
  return downloadDecision(actor, id, new URL(request.url).searchParams.get("dinh-dang"), request.signal);
}
