import { getActor } from "@/lib/auth/actor";
import { getImportJob } from "@/lib/import/get-import-job";
import { parseDbId } from "@/lib/validation/text";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Status and counts of one of the signed-in person's imports (polled by the progress bar). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return text("Vui lòng đăng nhập.", 401);
  // An id outside the database's int4 range is simply not found (never a 500).
  const id = parseDbId((await params).id);
  const job = id === null ? null : await getImportJob(actor, id);
  if (!job) return text("Không tìm thấy lượt nhập dữ liệu.", 404);
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
}
