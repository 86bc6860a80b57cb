import "server-only";
import type { Actor } from "@/lib/auth/types";
import { buildHonoreeListDocument } from "@/lib/exports/honoree-list";
import { renderHonoreeListDocx } from "@/lib/exports/render-docx";
import { renderHonoreeListPdf } from "@/lib/exports/render-pdf";
import { renderHonoreeListXlsx } from "@/lib/exports/render-xlsx";
import { contentDisposition } from "@/lib/uploads/content-disposition";
import { getDecision } from "./get-decision";

export const DOWNLOAD_FORMATS = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

export function isDownloadFormat(v: unknown): v is DownloadFormat {
  return typeof v === "string" && Object.hasOwn(DOWNLOAD_FORMATS, v);
}

/**
 * The body of GET /api/quyet-dinh/[id]/tai-ve?dinh-dang=pdf|docx|xlsx, authorised like the decision page:
 * signed out → 401, out of scope or without the decisions section → 404 (never another unit's data).
 */
export async function downloadDecision(
  actor: Actor | null,
  id: string | number,
  format: string | null,
): Promise<Response> {
  if (!actor) return new Response(null, { status: 401 });
  const numericId = typeof id === "number" ? id : /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const found = await getDecision(actor, numericId);
  if (!found.ok) return new Response(null, { status: 404 });
  const fmt = format ?? "pdf";
  if (!isDownloadFormat(fmt)) return new Response(null, { status: 400 });

  const doc = buildHonoreeListDocument(found.decision);
  const body =
    fmt === "pdf"
      ? await renderHonoreeListPdf(doc)
      : fmt === "docx"
        ? await renderHonoreeListDocx(doc)
        : await renderHonoreeListXlsx(doc);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": DOWNLOAD_FORMATS[fmt],
      "Content-Length": String(body.length),
      "Content-Disposition": contentDisposition(`${doc.fileBaseName}.${fmt}`),
      // A draft changes between downloads, and the list is personal data: never cache.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
