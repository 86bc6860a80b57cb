import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from "docx";
import { MARGINS_MM, twip } from "./fonts";
import type { HonoreeLine, HonoreeListDocument } from "./honoree-list";

const FONT = "Times New Roman";
/** Half-points: 13 pt body and table, 14 pt title. */
const PT13 = 26;
const PT14 = 28;
const A4 = { width: 11906, height: 16838 };
const TEXT_WIDTH = A4.width - twip(MARGINS_MM.left) - twip(MARGINS_MM.right);
const COLS = [0.08, 0.28, 0.32, 0.32].map((c) => Math.round(c * TEXT_WIDTH));

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

type RunOpts = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

function para(text: string, opts: RunOpts & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number; keepNext?: boolean } = {}) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.CENTER,
    spacing: { after: opts.after ?? 0, before: opts.before ?? 0 },
    keepNext: opts.keepNext,
    children: [
      new TextRun({ text, font: FONT, size: opts.size ?? PT13, bold: opts.bold, italics: opts.italics, underline: opts.underline ? {} : undefined }),
    ],
  });
}

function cell(children: Paragraph[], width: number, borders?: ITableCellBorders) {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders, margins: { top: 40, bottom: 40, left: 80, right: 80 } });
}

function headerBlock(d: HonoreeListDocument): Table {
  const leftW = Math.round(TEXT_WIDTH * 0.42);
  const rightW = TEXT_WIDTH - leftW;
  const leftParas = [
    ...d.issuerLines.map((l) => para(l.text, { bold: l.bold })),
    para(d.issuerStar ? "*" : "—"),
    para(d.numberLine),
  ];
  const rightParas = [
    ...d.mottoLines.map((m, i) => para(m, { bold: true, underline: i === d.mottoLines.length - 1, after: i === d.mottoLines.length - 1 ? 120 : 0 })),
    para(d.placeDate, { italics: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ children: [cell(leftParas, leftW, NO_BORDERS), cell(rightParas, rightW, NO_BORDERS)] })],
  });
}

function listTable(d: HonoreeListDocument, lines: HonoreeLine[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: d.columns.map((c, i) => cell([para(c, { bold: true })], COLS[i])),
  });
  const rows = lines.map(
    (l) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([para(String(l.no))], COLS[0]),
          cell([para(l.displayName, { align: AlignmentType.LEFT })], COLS[1]),
          cell([para(l.unitAddress, { align: AlignmentType.LEFT })], COLS[2]),
          cell([para(l.modelTitle, { align: AlignmentType.LEFT })], COLS[3]),
        ],
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLS, layout: TableLayoutType.FIXED, rows: [header, ...rows] });
}

/**
 * The honoree list as a Word document people edit before signing: A4, Times New Roman 13/14 pt, margins
 * 20/20/30/15 mm, a real table whose header row repeats on each page, page numbers from page 2
 * (different first page).
 */
export async function renderHonoreeListDocx(d: HonoreeListDocument): Promise<Buffer> {
  const sections = ([
    [d.collectivesHeading, d.collectives],
    [d.individualsHeading, d.individuals],
  ] as const).flatMap(([heading, lines]) =>
    lines.length ? [para(heading, { bold: true, align: AlignmentType.LEFT, before: 240, after: 120, keepNext: true }), listTable(d, lines)] : [],
  );
  const signW = Math.round(TEXT_WIDTH * 0.55);
  const signature = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH - signW, signW],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell([para("")], TEXT_WIDTH - signW, NO_BORDERS),
          cell([para(d.signer.title, { bold: true, after: 1400 }), para(d.signer.name, { bold: true })], signW, NO_BORDERS),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: d.issuerLines.map((l) => l.text).join(" "),
    title: `${d.title} – ${d.numberLine}`,
    styles: { default: { document: { run: { font: FONT, size: PT13 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: { top: twip(MARGINS_MM.top), bottom: twip(MARGINS_MM.bottom), left: twip(MARGINS_MM.left), right: twip(MARGINS_MM.right), header: twip(8) },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: PT13, children: [PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          headerBlock(d),
          para(d.title, { bold: true, size: PT14, before: 360 }),
          para(d.subtitle, { bold: true }),
          para(d.annexOf, { italics: true, after: 120 }),
          ...sections,
          para("", { after: 240 }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
