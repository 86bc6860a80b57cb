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
 * files; any other id is "not found". `inline` lets images and PDFs open in the browser.
 */
export async function readUpload(
  actor: Actor,
  input: { id: number | string; disposition?: "attachment" | "inline" },
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
  const stream = Readable.toWeb(fs.createReadStream(filePath)) as unknown as ReadableStream<Uint8Array>;
  return {
    ok: true,
    stream,
    fileName: file.fileName,
    mimeType: file.mimeType,
    sizeBytes: file.sizeBytes,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": contentDisposition(file.fileName, input.disposition ?? "attachment"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  };
}
