import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
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

function para(
  text: string,
  opts: RunOpts & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    after?: number;
    before?: number;
    keepNext?: boolean;
  } = {},
) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.CENTER,
    spacing: { after: opts.after ?? 0, before: opts.before ?? 0 },
    keepNext: opts.keepNext,
    children: [
      // Font and 13 pt come from the document default style: fewer objects per run keeps 1,000 rows fast.
      new TextRun({
        text,
        size: opts.size,
        bold: opts.bold,
        italics: opts.italics,
        underline: opts.underline ? {} : undefined,
      }),
    ],
  });
}

function cell(children: Paragraph[], width?: number, borders?: ITableCellBorders) {
  return new TableCell({ children, width: width ? { size: width, type: WidthType.DXA } : undefined, borders });
}

function headerBlock(d: HonoreeListDocument): Table {
  const leftW = Math.round(TEXT_WIDTH * 0.42);
  const rightW = TEXT_WIDTH - leftW;
  const leftParas = [
    // Line by line as headerLines broke them: a long name breaks before its place, not inside it.
    ...d.issuerLines.flatMap((l) => l.lines.map((text) => para(text, { bold: l.bold }))),
    para(d.issuerStar ? "*" : "—"),
    para(d.numberLine),
  ];
  const rightParas = [
    ...d.mottoLines.map((m, i) =>
      para(m, { bold: true, underline: i === d.mottoLines.length - 1, after: i === d.mottoLines.length - 1 ? 120 : 0 }),
    ),
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

type Xml = Record<string, unknown>;
type Align = "left" | "center";

const run = (text: string, bold: boolean): Xml => ({
  "w:r": [...(bold ? [{ "w:rPr": [{ "w:b": {} }] }] : []), { "w:t": [{ _attr: { "xml:space": "preserve" } }, text] }],
});
const cellXml = (width: number, text: string, align: Align, bold: boolean): Xml => ({
  "w:tc": [
    { "w:tcPr": [{ "w:tcW": { _attr: { "w:w": width, "w:type": "dxa" } } }] },
    { "w:p": [{ "w:pPr": [{ "w:jc": { _attr: { "w:val": align } } }] }, run(text, bold)] },
  ],
});
const rowXml = (cells: Xml[], header: boolean): Xml => ({
  "w:tr": [{ "w:trPr": [{ "w:cantSplit": {} }, ...(header ? [{ "w:tblHeader": {} }] : [])] }, ...cells],
});
const border = (side: string) => ({
  [`w:${side}`]: { _attr: { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000" } },
});

/**
 * The honoree table, serialised from plain objects rather than docx's Table/TableRow/TableCell classes:
 * for 1,000 rows the class tree cost ~1.5 s (mostly garbage collection), this costs a tenth of that
 * (measurements in docs/decisions/0004-pdf-engine.md). The XML is the same WordprocessingML: fixed grid,
 * single borders, rows that do not split, and a header row marked `w:tblHeader` so Word repeats it.
 */
class ListTable extends FileChild {
  constructor(
    private readonly columns: readonly string[],
    private readonly lines: HonoreeLine[],
  ) {
    super("w:tbl");
  }

  override prepForXml(): Xml {
    const header = rowXml(
      this.columns.map((c, i) => cellXml(COLS[i], c, "center", true)),
      true,
    );
    const rows = this.lines.map((l) =>
      rowXml(
        [
          cellXml(COLS[0], String(l.no), "center", false),
          cellXml(COLS[1], l.displayName, "left", false),
          cellXml(COLS[2], l.unitAddress, "left", false),
          cellXml(COLS[3], l.modelTitle, "left", false),
        ],
        false,
      ),
    );
    return {
      "w:tbl": [
        {
          "w:tblPr": [
            { "w:tblW": { _attr: { "w:w": TEXT_WIDTH, "w:type": "dxa" } } },
            { "w:tblBorders": ["top", "left", "bottom", "right", "insideH", "insideV"].map(border) },
            { "w:tblLayout": { _attr: { "w:type": "fixed" } } },
            {
              "w:tblCellMar": [
                { "w:top": { _attr: { "w:w": 40, "w:type": "dxa" } } },
                { "w:left": { _attr: { "w:w": 80, "w:type": "dxa" } } },
                { "w:bottom": { _attr: { "w:w": 40, "w:type": "dxa" } } },
                { "w:right": { _attr: { "w:w": 80, "w:type": "dxa" } } },
              ],
            },
          ],
        },
        { "w:tblGrid": COLS.map((w) => ({ "w:gridCol": { _attr: { "w:w": w } } })) },
        header,
        ...rows,
      ],
    };
  }
}

/** "DỰ THẢO" at the top right of every page of a draft (an empty header paragraph once issued). */
function draftMark(d: HonoreeListDocument): Paragraph {
  if (!d.draft) return new Paragraph({ children: [] });
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    border: ["top", "bottom", "left", "right"].reduce(
      (b, side) => ({ ...b, [side]: { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 } }),
      {},
    ),
    children: [new TextRun({ text: d.draftMark, bold: true, font: FONT, size: PT13 })],
  });
}

/**
 * The honoree list as a Word document people edit before signing: A4, Times New Roman 13/14 pt, margins
 * 20/20/30/15 mm, a real table whose header row repeats on each page, page numbers from page 2
 * (different first page).
 */
export async function renderHonoreeListDocx(d: HonoreeListDocument): Promise<Buffer> {
  const sections = (
    [
      [d.collectivesHeading, d.collectives],
      [d.individualsHeading, d.individuals],
    ] as const
  ).flatMap(([heading, lines]) =>
    lines.length
      ? [
          para(heading, { bold: true, align: AlignmentType.LEFT, before: 240, after: 120, keepNext: true }),
          new ListTable(d.columns, lines),
        ]
      : [],
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
          cell(
            [para(d.signer.title, { bold: true, after: 1400 }), para(d.signer.name, { bold: true })],
            signW,
            NO_BORDERS,
          ),
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
            margin: {
              top: twip(MARGINS_MM.top),
              bottom: twip(MARGINS_MM.bottom),
              left: twip(MARGINS_MM.left),
              right: twip(MARGINS_MM.right),
              header: twip(8),
            },
          },
        },
        headers: {
          first: new Header({ children: [draftMark(d)] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: PT13, children: [PageNumber.CURRENT] })],
              }),
              ...(d.draft ? [draftMark(d)] : []),
            ],
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
