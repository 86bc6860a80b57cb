import { Readable } from "node:stream";
import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { IM } from "@/lib/i18n/import";
import { canExport, exportXlsx } from "@/lib/import/export-file";
import { xlsxHeaders } from "@/lib/import/http";
import { kindBySlug } from "@/lib/import/kinds";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Everything of one kind in the actor's scope, in the template's columns (re-importing it changes nothing). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return signedOutRedirect(request) ?? text("Vui lòng đăng nhập.", 401);
  const spec = kindBySlug(new URL(request.url).searchParams.get("loai") ?? "");
  if (!spec || !canExport(spec)) return text("Không tìm thấy loại dữ liệu.", 404);
  if (!spec.allowed(actor)) return text(IM.job.forbidden, 403);
  const stream = Readable.toWeb(exportXlsx(spec, actor)) as ReadableStream<Uint8Array>;
  return new Response(stream, { headers: xlsxHeaders(`${spec.slug}.xlsx`) });
}
