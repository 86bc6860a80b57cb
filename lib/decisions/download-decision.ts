import "server-only";
import type { Actor } from "@/lib/auth/types";
import { buildHonoreeListDocument } from "@/lib/exports/honoree-list";
import { ExportBusyError, exportPool, isAbortError } from "@/lib/exports/render-pool";
import { DOCUMENT_TEXT } from "@/lib/i18n/documents";
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
 * The file renders in the export pool (lib/exports/render-pool.ts): when it is full → 503 with a Vietnamese
 * "busy, try again in a moment" and Retry-After; `signal` (the request's) drops the render if the client leaves.
 */
export async function downloadDecision(
  actor: Actor | null,
  id: string | number,
  format: string | null,
  signal?: AbortSignal,
): Promise<Response> {
  if (!actor) return new Response(null, { status: 401 });
  const numericId = typeof id === "number" ? id : /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const found = await getDecision(actor, numericId);
  if (!found.ok) return new Response(null, { status: 404 });
  const fmt = format ?? "pdf";
  if (!isDownloadFormat(fmt)) return new Response(null, { status: 400 });

  const doc = buildHonoreeListDocument(found.decision);
  let body: Buffer;
  try {
    body = await exportPool().render({ kind: "honoree-list", format: fmt, doc }, signal);
  } catch (err) {
    if (err instanceof ExportBusyError) return exportBusyResponse();
    // The client has gone: nobody reads this answer.
    if (isAbortError(err) || signal?.aborted) return new Response(null, { status: 499 });
    throw err;
  }
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

/** 503 for a full export pool: the message a browser shows for the download link, and when to retry. */
export function exportBusyResponse(): Response {
  return new Response(DOCUMENT_TEXT.exportBusy, {
    status: 503,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Retry-After": "10",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
