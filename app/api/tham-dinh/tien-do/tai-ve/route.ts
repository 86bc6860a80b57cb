import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { downloadReviewProgress } from "@/lib/review/download-review-progress";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/tham-dinh/tien-do/tai-ve?campaign=&unit= — the review progress table as XLSX. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return signedOutRedirect(request) ?? downloadReviewProgress(null, new URL(request.url).searchParams);
  return downloadReviewProgress(actor, new URL(request.url).searchParams);
}
