import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { IM } from "@/lib/i18n/import";
import { xlsxHeaders } from "@/lib/import/http";
import { kindBySlug } from "@/lib/import/kinds";
import { buildTemplate } from "@/lib/import/template";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The XLSX template of one kind (`?loai=mo-hinh`), with drop-downs filled from the actor's lists. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return signedOutRedirect(request) ?? text("Vui lòng đăng nhập.", 401);
  const spec = kindBySlug(new URL(request.url).searchParams.get("loai") ?? "");
  if (!spec) return text("Không tìm thấy loại dữ liệu.", 404);
  if (!spec.allowed(actor)) return text(IM.job.forbidden, 403);
  return new Response(new Uint8Array(await buildTemplate(spec, actor)), {
    headers: xlsxHeaders(`mau-${spec.slug}.xlsx`),
  });
}
