import fs from "node:fs";
import PDFDocument from "pdfkit";
import { MARGINS_MM, mm, TINOS } from "./fonts";
import type { HonoreeLine, HonoreeListDocument } from "./honoree-list";

let fontCache: Record<keyof typeof TINOS, Buffer> | undefined;
function fonts() {
  fontCache ??= {
    regular: fs.readFileSync(TINOS.regular),
    bold: fs.readFileSync(TINOS.bold),
    italic: fs.readFileSync(TINOS.italic),
    boldItalic: fs.readFileSync(TINOS.boldItalic),
  };
  return fontCache;
}

const SIZE = { header: 13, title: 14, body: 13, table: 12 } as const;
const CELL_PAD = 4;
/** Column widths as shares of the text width: STT, name, unit – address, model. */
const COLS = [0.08, 0.28, 0.32, 0.32];

/**
 * The honoree list as an A4 PDF (pdfkit with embedded, subsetted Tinos — see docs/decisions/0004-pdf-engine.md):
 * margins 20/20/30/15 mm, the table header repeated on every page, page numbers from page 2.
 */
export async function renderHonoreeListPdf(d: HonoreeListDocument): Promise<Buffer> {
  const margins = {
    top: mm(MARGINS_MM.top),
    bottom: mm(MARGINS_MM.bottom),
    left: mm(MARGINS_MM.left),
    right: mm(MARGINS_MM.right),
  };
  const doc = new PDFDocument({
    size: "A4",
    margins,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: `${d.title} – ${d.numberLine}`, Author: d.issuerLines.map((l) => l.text).join(" ") },
    lang: "vi-VN",
    // Without it pdfkit loads Helvetica's AFM from its own folder, which a bundled server build lacks.
    font: TINOS.regular,
  });
  const f = fonts();
  doc.registerFont("R", f.regular);
  doc.registerFont("B", f.bold);
  doc.registerFont("I", f.italic);
  doc.registerFont("BI", f.boldItalic);

  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const bottom = () => doc.page.height - margins.bottom;

  // ---- Header: issuer block left, motto and date right ----
  const leftW = width * 0.45;
  const rightX = left + width * 0.42;
  const rightW = width * 0.58;
  const top = margins.top;
  let y = top;
  // Line by line as headerLines broke them: a long name breaks before its place, not inside it.
  for (const part of d.issuerLines.flatMap((l) => l.lines.map((text) => ({ text, bold: l.bold })))) {
    doc.font(part.bold ? "B" : "R").fontSize(SIZE.header);
    doc.text(part.text, left, y, { width: leftW, align: "center" });
    y = doc.y;
  }
  if (d.issuerStar) {
    doc.font("R").text("*", left, y, { width: leftW, align: "center" });
    y = doc.y;
  } else {
    const w = 60;
    doc
      .moveTo(left + (leftW - w) / 2, y + 2)
      .lineTo(left + (leftW + w) / 2, y + 2)
      .lineWidth(0.6)
      .stroke();
    y += 6;
  }
  doc.font("R").fontSize(SIZE.header).text(d.numberLine, left, y, { width: leftW, align: "center" });
  const leftBottom = doc.y;

  y = top;
  d.mottoLines.forEach((m, i) => {
    doc.font("B").fontSize(SIZE.header).text(m, rightX, y, { width: rightW, align: "center" });
    y = doc.y;
    if (i === d.mottoLines.length - 1) {
      const w = Math.min(doc.widthOfString(m), rightW);
      const x0 = rightX + (rightW - w) / 2;
      doc
        .moveTo(x0, y + 1)
        .lineTo(x0 + w, y + 1)
        .lineWidth(0.6)
        .stroke();
      y += 8;
    }
  });
  doc.font("I").fontSize(SIZE.header).text(d.placeDate, rightX, y, { width: rightW, align: "center" });
  y = Math.max(leftBottom, doc.y) + 18;

  // ---- Title ----
  doc.font("B").fontSize(SIZE.title).text(d.title, left, y, { width, align: "center" });
  doc.font("B").fontSize(SIZE.body).text(d.subtitle, left, doc.y, { width, align: "center" });
  doc.font("I").fontSize(SIZE.body).text(d.annexOf, left, doc.y, { width, align: "center" });
  y = doc.y + 12;

  // ---- Table ----
  const colW = COLS.map((c) => c * width);
  const colX = colW.map((_, i) => left + colW.slice(0, i).reduce((a, b) => a + b, 0));

  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE.table);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: colW[i] - 2 * CELL_PAD }))) + 2 * CELL_PAD;
  };
  const drawRow = (cells: string[], font: string, h: number, aligns: ("left" | "center")[]) => {
    doc.font(font).fontSize(SIZE.table);
    cells.forEach((c, i) => {
      doc.rect(colX[i], y, colW[i], h).lineWidth(0.5).stroke();
      doc.text(c, colX[i] + CELL_PAD, y + CELL_PAD, {
        width: colW[i] - 2 * CELL_PAD,
        align: aligns[i],
        lineBreak: true,
      });
    });
    y += h;
  };
  const headerCells = [...d.columns];
  const headerH = rowHeight(headerCells, "B");
  const headerAligns: ("left" | "center")[] = ["center", "center", "center", "center"];
  const bodyAligns: ("left" | "center")[] = ["center", "left", "left", "left"];
  const newPage = () => {
    doc.addPage();
    y = margins.top;
  };

  const section = (heading: string, lines: HonoreeLine[]) => {
    if (!lines.length) return;
    const first = lines[0];
    const firstH = rowHeight([String(first.no), first.displayName, first.unitAddress, first.modelTitle], "R");
    doc.font("B").fontSize(SIZE.body);
    const headingH = doc.heightOfString(heading, { width }) + 6;
    // Keep the heading with the table header and the first row.
    if (y + headingH + headerH + firstH > bottom()) newPage();
    doc.text(heading, left, y, { width });
    y = doc.y + 6;
    drawRow(headerCells, "B", headerH, headerAligns);
    for (const l of lines) {
      const cells = [String(l.no), l.displayName, l.unitAddress, l.modelTitle];
      const h = rowHeight(cells, "R");
      if (y + h > bottom()) {
        newPage();
        drawRow(headerCells, "B", headerH, headerAligns);
      }
      drawRow(cells, "R", h, bodyAligns);
    }
    y += 12;
  };
  section(d.collectivesHeading, d.collectives);
  section(d.individualsHeading, d.individuals);

  // ---- Signature block, kept on one page ----
  const sigX = left + width * 0.45;
  const sigW = width * 0.55;
  doc.font("B").fontSize(SIZE.body);
  const sigH =
    doc.heightOfString(d.signer.title, { width: sigW }) + 70 + doc.heightOfString(d.signer.name, { width: sigW });
  if (y + sigH > bottom()) newPage();
  doc.text(d.signer.title, sigX, y, { width: sigW, align: "center" });
  doc.text(d.signer.name, sigX, doc.y + 70, { width: sigW, align: "center" });

  // ---- Page numbers from page 2, centred in the top margin (Nghị định 30/2020/NĐ-CP); a draft's mark on every page ----
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins;
    doc.page.margins = { ...saved, top: 0, bottom: 0 };
    if (i > range.start) {
      doc
        .font("R")
        .fontSize(SIZE.body)
        .text(String(i + 1), left, margins.top / 2 - 4, { width, align: "center", lineBreak: false });
    }
    if (d.draft) {
      doc.font("B").fontSize(SIZE.body);
      const w = doc.widthOfString(d.draftMark) + 12;
      const x = left + width - w;
      const y0 = margins.top / 2 - 8;
      doc.rect(x, y0, w, 20).lineWidth(1).stroke();
      doc.text(d.draftMark, x, y0 + 4, { width: w, align: "center", lineBreak: false });
    }
    doc.page.margins = saved;
  }
  doc.end();
  return done;
}
