import "server-only";
import fs from "node:fs";
import { Readable } from "node:stream";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, notFound, type Result } from "@/lib/result";
import { contentDisposition } from "./content-disposition";
import { uploadsText } from "@/lib/i18n/uploads";
import { storagePath } from "./storage";
import { ensureThumbnail } from "./thumbnail";
import { parseDbId } from "@/lib/validation/text";

export type ReadUploadResult = Result<{
  stream: ReadableStream<Uint8Array>;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** Ready for `new Response(stream, { headers })` in the route handler. */
  headers: Record<string, string>;
}>;

/**
 * An evidence file for download, scoped through its model: whoever may see the model may read its
 * files; any other id is "not found". `inline` lets images and PDFs open in the browser. `thumbnail` answers
 * a small WebP of an image (lib/uploads/thumbnail.ts) after the same check, and the original itself when
 * there is none (a PDF, an image sharp cannot read).
 */
export async function readUpload(
  actor: Actor,
  input: { id: number | string; disposition?: "attachment" | "inline"; thumbnail?: boolean },
): Promise<ReadUploadResult> {
  if (!(can(actor, "view:model:own-unit") || can(actor, "view:model:subtree") || can(actor, "view:model:all")))
    return forbidden();
  const id = parseDbId(input.id);
  if (id === null) return notFound(uploadsText.fileNotFound);
  const scope = modelScopeWhere(actor);
  const file = await prisma.attachment.findFirst({
    where: { id, OR: [{ model: { is: scope } }, { progressReport: { is: { model: { is: scope } } } }] },
    select: { fileName: true, mimeType: true, sizeBytes: true, storageKey: true },
  });
  if (!file) return notFound(uploadsText.fileNotFound);
  const filePath = storagePath(file.storageKey);
  try {
    await fs.promises.access(filePath, fs.constants.R_OK);
  } catch {
    return notFound(uploadsText.fileNotFound);
  }
  const disposition = contentDisposition(file.fileName, input.disposition ?? "attachment");
  const thumbnail = input.thumbnail ? await ensureThumbnail(file.storageKey, file.mimeType) : null;
  if (thumbnail) {
    // Saved from the browser, the thumbnail is a WebP: its name says so ("anh-1.jpg" → "anh-1.webp").
    const fileName = `${file.fileName.replace(/\.[^.]*$/, "")}.webp`;
    return {
      ok: true,
      stream: new Blob([new Uint8Array(thumbnail)]).stream(),
      fileName,
      mimeType: "image/webp",
      sizeBytes: thumbnail.length,
      headers: headers("image/webp", thumbnail.length, contentDisposition(fileName, "inline")),
    };
  }
  const stream = Readable.toWeb(fs.createReadStream(filePath)) as unknown as ReadableStream<Uint8Array>;
  return {
    ok: true,
    stream,
    fileName: file.fileName,
    mimeType: file.mimeType,
    sizeBytes: file.sizeBytes,
    headers: headers(file.mimeType, file.sizeBytes, disposition),
  };
}

function headers(mimeType: string, size: number, disposition: string): Record<string, string> {
  return {
    "Content-Type": mimeType,
    "Content-Length": String(size),
    "Content-Disposition": disposition,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
