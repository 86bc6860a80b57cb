/**
 * One export render, as the worker threads of lib/exports/render-pool.ts run it (and the pool itself when
 * EXPORT_WORKERS=0). Plain data in, bytes out: no DB, no server-only imports, nothing a worker cannot load.
 */
import type { HonoreeListDocument } from "./honoree-list";
import { renderHonoreeListDocx } from "./render-docx";
import { renderHonoreeListPdf } from "./render-pdf";
import { renderHonoreeListXlsx } from "./render-xlsx";

export type ExportFormat = "pdf" | "docx" | "xlsx";
export type RenderTask = { kind: "honoree-list"; format: ExportFormat; doc: HonoreeListDocument };

export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  const { format, doc } = task;
  const buf =
    format === "pdf"
      ? await renderHonoreeListPdf(doc)
      : format === "docx"
        ? await renderHonoreeListDocx(doc)
        : await renderHonoreeListXlsx(doc);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
