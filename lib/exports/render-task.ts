/**
 * One export render, as the worker threads of lib/exports/render-pool.ts run it (and the pool itself when
 * EXPORT_WORKERS=0). Plain data in, bytes out: no DB, no server-only imports, nothing a worker cannot load.
 */
import { buildHonoreeListDocument, type HonoreeListDocument } from "./honoree-list";
import { renderHonoreeListDocx } from "./render-docx";
import { renderHonoreeListPdf } from "./render-pdf";
import { renderHonoreeListXlsx } from "./render-xlsx";

export type ExportFormat = "pdf" | "docx" | "xlsx";
export type RenderTask =
  | { kind: "honoree-list"; format: ExportFormat; doc: HonoreeListDocument }
  /** Loads the renderers and the fonts by rendering a one-line list in each format (ExportPool.warm). */
  | { kind: "warm" };

export async function renderTask(task: RenderTask): Promise<Uint8Array> {
  if (task.kind === "warm") {
    for (const format of ["pdf", "docx", "xlsx"] as const)
      await renderTask({ kind: "honoree-list", format, doc: WARM_DOC });
    return new Uint8Array();
  }
  const { format, doc } = task;
  const buf =
    format === "pdf"
      ? await renderHonoreeListPdf(doc)
      : format === "docx"
        ? await renderHonoreeListDocx(doc)
        : await renderHonoreeListXlsx(doc);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** A one-line Party draft: what a first real render loads (renderers, fonts), nothing of anyone's data. */
const WARM_DOC = buildHonoreeListDocument({
  status: "DRAFT",
  numberText: null,
  decisionDate: new Date("2026-01-05T00:00:00Z"),
  signerName: "Nguyễn Văn An",
  signerTitle: "Bí thư",
  awardForm: "GIAY_KHEN",
  issuer: {
    name: "BAN THƯỜNG VỤ TỈNH ỦY",
    parentName: "TỈNH ỦY",
    style: "PARTY",
    place: "Thái Nguyên",
    numberSuffix: "QĐ/TU",
  },
  honorees: [
    {
      kind: "COLLECTIVE",
      sortOrder: 1,
      honorific: null,
      name: "Chi bộ thôn Nà Làng",
      position: null,
      address: "xã Tân Lập",
      modelTitle: "Dân vận khéo",
    },
  ],
});
