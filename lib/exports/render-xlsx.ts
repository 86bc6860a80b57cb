import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { DOCUMENT_TEXT as T } from "@/lib/i18n/documents";
import { MARGINS_MM } from "./fonts";
import type { HonoreeLine, HonoreeListDocument } from "./honoree-list";

const COLUMN_WIDTHS = [6, 10, 11, 36, 28, 48, 60, 16, 16];
const LAST_COL = COLUMN_WIDTHS.length;
/** The issuer block spans the first four columns, the motto block the rest (as the print view's two halves). */
const ISSUER_COLS = 4;
const FONT = "Times New Roman";
/** As the Word file: 13 pt throughout, the title 14 pt. */
const SIZE = { body: 13, title: 14 } as const;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** A header or footer section in the sheet's typeface ("&C": centred). */
const headerFooterText = (text: string, style: "Regular" | "Bold") => `&C&"${FONT},${style}"&${SIZE.body}${text}`;
const inch = (millimetres: number) => Math.round((millimetres / 25.4) * 100) / 100;

/**
 * The annex as a sheet: the official title block the print view, PDF and Word carry (issuer and number left,
 * motto and place–date right, title, "(Kèm theo Quyết định số … ngày …)"), then the honoree table with the
 * columns a mail merge of certificates needs: STT, loại, danh xưng, tên, chức vụ, địa chỉ, mô hình, số quyết
 * định, ngày (a real date cell). As in the other outputs the table has the sections "I. TẬP THỂ" and
 * "II. CÁ NHÂN" (a row merged across the table, only for a kind the list has), STT restarting at 1 in each,
 * thin borders on every cell, Times New Roman 13 pt throughout. A second sheet holds the same honorees as
 * plain records (a header row, a row each, no sections) under the workbook name `T.xlsxTableName`, which
 * Word's mail merge offers as its own table: neither the title block nor a section row becomes a certificate.
 * Printed on A4 landscape, fitted to the page width, the header row repeated and "Trang n/N" at the foot of
 * every page. Written with exceljs' streaming writer.
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
  const sheetName = d.draft ? T.draftSheetName : T.sheetName;

  const left = [
    ...d.issuerLines.flatMap((l) => l.lines.map((text) => ({ text, bold: l.bold }))),
    { text: d.issuerStar ? "*" : "", bold: false },
    { text: d.numberLine, bold: false },
  ];
  const motto = d.mottoLines.map((text, i) => ({
    text,
    bold: true,
    italic: false,
    underline: i === d.mottoLines.length - 1,
  }));
  const blockRows = Math.max(left.length, motto.length + 1);
  // The place and date stand on the number's row, as both official formats set them.
  const right = [
    ...motto,
    ...Array.from({ length: blockRows - motto.length - 1 }, () => ({
      text: "",
      bold: false,
      italic: false,
      underline: false,
    })),
    { text: d.placeDate, bold: false, italic: true, underline: false },
  ];
  const leftPadded = [
    ...left.slice(0, -1),
    ...Array.from({ length: blockRows - left.length }, () => ({ text: "", bold: false })),
    left[left.length - 1],
  ];
  // Block, blank, title, subtitle, "(Kèm theo …)", blank, then the table header.
  const headerRow = blockRows + 6;

  const ws = wb.addWorksheet(sheetName, {
    views: [{ state: "frozen", ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: {
        top: inch(MARGINS_MM.top),
        bottom: inch(MARGINS_MM.bottom),
        left: inch(MARGINS_MM.left),
        right: inch(MARGINS_MM.right),
        header: 0.3,
        footer: 0.3,
      },
    },
    // A draft says so when printed too (the number columns stay empty until it is issued). Fitted to the
    // width, the sheet's page breaks are Excel's own, so the footer counts the pages: a reader sees one missing.
    headerFooter: {
      ...(d.draft
        ? { oddHeader: headerFooterText(d.draftMark, "Bold"), evenHeader: headerFooterText(d.draftMark, "Bold") }
        : {}),
      oddFooter: headerFooterText(T.xlsxPageFooter, "Regular"),
      evenFooter: headerFooterText(T.xlsxPageFooter, "Regular"),
    },
  });
  // The column style gives cells nobody writes (and what a user types next to the list) the sheet's font too.
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width, style: { font: { name: FONT, size: SIZE.body } } }));

  const centred: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle", wrapText: true };
  const textRow = (cells: { col: number; to: number; text: string; font: Partial<ExcelJS.Font> }[]) => {
    const row = ws.addRow([]);
    for (const c of cells) {
      const cell = row.getCell(c.col);
      cell.value = c.text || null;
      cell.font = { name: FONT, size: SIZE.body, ...c.font };
      cell.alignment = centred;
      if (c.to > c.col) ws.mergeCells(row.number, c.col, row.number, c.to);
    }
    row.commit();
  };

  for (let i = 0; i < blockRows; i++) {
    const l = leftPadded[i];
    const r = right[i];
    textRow([
      { col: 1, to: ISSUER_COLS, text: l.text, font: { bold: l.bold } },
      {
        col: ISSUER_COLS + 1,
        to: LAST_COL,
        text: r.text,
        font: { bold: r.bold, italic: r.italic, underline: r.underline },
      },
    ]);
  }
  textRow([]);
  textRow([{ col: 1, to: LAST_COL, text: d.title, font: { bold: true, size: SIZE.title } }]);
  textRow([{ col: 1, to: LAST_COL, text: d.subtitle, font: { bold: true } }]);
  textRow([{ col: 1, to: LAST_COL, text: d.annexOf, font: { italic: true } }]);
  textRow([]);

  /** Every cell of a table row, empty ones included, so the grid has no gaps. */
  const tableRow = (values: ExcelJS.CellValue[], style: (col: number) => Partial<ExcelJS.Style>) => {
    const row = ws.addRow(values);
    for (let col = 1; col <= LAST_COL; col++) {
      const cell = row.getCell(col);
      const s = style(col);
      cell.font = { name: FONT, size: SIZE.body, ...s.font };
      cell.alignment = s.alignment ?? {};
      cell.border = GRID;
      if (s.numFmt) cell.numFmt = s.numFmt;
    }
    return row;
  };

  tableRow([...T.xlsxHeaders], () => ({ font: { bold: true }, alignment: centred })).commit();

  const [y, m, day] = d.dateIso.split("-").map(Number);
  // Midnight UTC is a whole Excel serial (exceljs converts with getTime()): the cell shows that calendar day
  // wherever the file is opened. A local-time Date would be the day before in Vietnam (UTC+7).
  const date = new Date(Date.UTC(y, m - 1, day));
  const top: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
  const topCentred: Partial<ExcelJS.Alignment> = { ...top, horizontal: "center" };
  const lineStyle = (col: number): Partial<ExcelJS.Style> =>
    col === 1
      ? { alignment: topCentred }
      : col === LAST_COL
        ? { alignment: topCentred, numFmt: "dd/mm/yyyy" }
        : { alignment: top };
  const sections: [string, HonoreeLine[]][] = [
    [d.collectivesHeading, d.collectives],
    [d.individualsHeading, d.individuals],
  ];
  const values = (l: HonoreeLine): ExcelJS.CellValue[] => [
    l.no,
    l.kind === "COLLECTIVE" ? T.kindCollective : T.kindIndividual,
    l.honorific,
    l.name,
    l.position,
    l.address,
    l.modelTitle,
    d.numberText,
    date,
  ];
  for (const [heading, lines] of sections) {
    if (!lines.length) continue;
    const head = tableRow([heading], () => ({ font: { bold: true }, alignment: { vertical: "middle" } }));
    ws.mergeCells(head.number, 1, head.number, LAST_COL);
    head.commit();
    for (const l of lines) tableRow(values(l), lineStyle).commit();
  }
  ws.commit();

  // The same honorees as records for Word's mail merge of certificates: one header row, one row per honoree,
  // no title block and no section rows (a section row would be merged as a certificate with no name).
  const data = wb.addWorksheet(T.mergeSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = COLUMN_WIDTHS.map((width) => ({ width, style: { font: { name: FONT, size: SIZE.body } } }));
  const dataRow = (row: ExcelJS.Row, bold: boolean) => {
    for (let col = 1; col <= LAST_COL; col++) {
      const cell = row.getCell(col);
      cell.font = { name: FONT, size: SIZE.body, bold };
      if (col === LAST_COL && !bold) cell.numFmt = "dd/mm/yyyy";
    }
    row.commit();
  };
  dataRow(data.addRow([...T.xlsxHeaders]), true);
  let lastRow = 1;
  for (const [, lines] of sections) {
    for (const l of lines) {
      const row = data.addRow(values(l));
      lastRow = row.number;
      dataRow(row, false);
    }
  }
  if (lastRow > 1) wb.definedNames.add(`'${T.mergeSheetName}'!$A$1:$I$${lastRow}`, T.xlsxTableName);
  data.commit();
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}
