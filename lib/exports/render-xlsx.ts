import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { DOCUMENT_TEXT as T } from "@/lib/i18n/documents";
import type { HonoreeListDocument } from "./honoree-list";

/**
 * One row per honoree, ready for a mail merge of certificates: STT, loại, danh xưng, tên, chức vụ, địa chỉ,
 * mô hình, số quyết định, ngày. Written with exceljs' streaming writer (rows are committed as they go).
 */
export async function renderHonoreeListXlsx(d: HonoreeListDocument): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = d.issuerLines.map((l) => l.text).join(" ");
  const ws = wb.addWorksheet(d.draft ? T.draftSheetName : T.sheetName, {
    views: [{ state: "frozen", ySplit: 1 }],
    // A draft says so when printed too (the number columns stay empty until it is issued).
    headerFooter: d.draft ? { oddHeader: `&C&B${d.draftMark}`, evenHeader: `&C&B${d.draftMark}` } : undefined,
  });
  ws.columns = [
    { width: 6 },
    { width: 10 },
    { width: 11 },
    { width: 36 },
    { width: 28 },
    { width: 48 },
    { width: 60 },
    { width: 16 },
    { width: 16 },
  ];
  const header = ws.addRow([...T.xlsxHeaders]);
  header.font = { bold: true };
  header.commit();
  let n = 0;
  for (const l of [...d.collectives, ...d.individuals]) {
    ws.addRow([
      ++n,
      l.kind === "COLLECTIVE" ? T.kindCollective : T.kindIndividual,
      l.honorific,
      l.name,
      l.position,
      l.address,
      l.modelTitle,
      d.numberText,
      d.dateText,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}
