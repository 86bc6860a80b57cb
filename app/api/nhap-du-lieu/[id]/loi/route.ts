import { getActor } from "@/lib/auth/actor";
import { signedOutRedirect } from "@/lib/auth/signed-out-download";
import { downloadErrorFile } from "@/lib/import/download-error-file";
import { xlsxHeaders } from "@/lib/import/http";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The uploaded spreadsheet with an error column, for one of the signed-in person's imports. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return signedOutRedirect(request) ?? text("Vui lòng đăng nhập.", 401);
  const id = Number((await params).id);
  const file = Number.isSafeInteger(id) ? await downloadErrorFile(actor, id) : null;
  if (!file) return text("Không tìm thấy lượt nhập dữ liệu.", 404);
  return new Response(new Uint8Array(file.bytes), { headers: xlsxHeaders(file.fileName) });
}
