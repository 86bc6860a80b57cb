import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { readUpload } from "@/lib/uploads/read-upload";

/**
 * An evidence file, for whoever may see its model (readUpload scopes it); anything else is 404.
 * `?inline=1` opens images and PDFs in the browser (previews) instead of downloading; `?thumb=1` answers a
 * small WebP of an image for a thumbnail (the original when there is none), inline, after the same check.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor)
    return (
      signedOutRedirect(request) ??
      new Response("Vui lòng đăng nhập.", {
        status: 401,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
    );
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const thumbnail = query.get("thumb") === "1";
  const inline = thumbnail || query.get("inline") === "1";
  const r = await readUpload(actor, { id, disposition: inline ? "inline" : "attachment", thumbnail });
  if (!r.ok) {
    return new Response(r.message, {
      status: r.code === "forbidden" ? 403 : 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(r.stream, { headers: r.headers });
}
