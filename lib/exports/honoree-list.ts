/**
 * The honoree list annexed to a commendation decision, as plain data: one structure that the print view,
 * the PDF, the Word and the Excel renderers all read, so the four outputs cannot drift apart.
 * Pure (no DB, no server-only imports): the print view and the benchmark use it directly.
 */
import type { AwardForm, DecisionStatus, DocumentStyle, Gender, ModelKind } from "@/lib/generated/prisma/enums";
import { documentDateParts, formatDocumentDate, formatPartyCitedDate } from "@/lib/format";
import { DOCUMENT_TEXT as T } from "@/lib/i18n/documents";
import { awardFormLabels, honorificLabels } from "@/lib/i18n/vi";

export type HonoreeLine = {
  /** Number within its section (1..n for collectives, 1..m for individuals). */
  no: number;
  kind: ModelKind;
  /** "Bà" / "Ông" for individuals, else "". */
  honorific: string;
  /** As registered: the collective's name, or the person's name without honorific. */
  name: string;
  /** Printed name: the collective's name, or "Bà Hoàng Thị Mai". */
  displayName: string;
  position: string;
  address: string;
  /** Printed "Đơn vị – địa chỉ": the position (if any), then the address. */
  unitAddress: string;
  modelTitle: string;
};

export type HonoreeListDocument = {
  style: DocumentStyle;
  /** A draft prints "DỰ THẢO" on every page and leaves the number blank: it is not an issued decision. */
  draft: boolean;
  /** "DỰ THẢO" on a draft, "" once issued. */
  draftMark: string;
  /** Left header block, top to bottom (Party: parent body, issuing body; State: parent body if any, issuing body). */
  issuerLines: { text: string; bold: boolean; lines: string[] }[];
  /** Party documents print an asterisk under the issuing body. */
  issuerStar: boolean;
  /** "Số 112-QĐ/TU" / "Số: 56/QĐ-UBND"; on a draft the number is left blank ("Số     -QĐ/TU"). */
  numberLine: string;
  /** Right header block: the Party or national motto. */
  mottoLines: string[];
  /** "Thái Nguyên, ngày 05 tháng 01 năm 2026": the issuer's own place, zero only before days 1–9, months 1–2. */
  placeDate: string;
  title: string;
  subtitle: string;
  /**
   * In the style of the document type: Party "(Kèm theo Quyết định số 112-QĐ/TU, ngày 16-12-2025 của …)",
   * State "(Kèm theo Quyết định số 56/QĐ-UBND ngày 05 tháng 01 năm 2026 của …)".
   */
  annexOf: string;
  collectivesHeading: string;
  individualsHeading: string;
  columns: [string, string, string, string];
  collectives: HonoreeLine[];
  individuals: HonoreeLine[];
  /** The signer block, as all outputs print it: title in capitals, then the name. */
  signer: { title: string; name: string };
  /** For the Excel mail-merge columns ("" on a draft). */
  numberText: string;
  dateText: string;
  /**
   * The decision's calendar day as "2025-12-16", for the Excel date cell: a string rather than a Date so the
   * day cannot shift with the time zone of the worker thread that renders the file.
   */
  dateIso: string;
  /** "Danh sách khen thưởng 112-QĐ-TU", "Dự thảo danh sách khen thưởng" (no extension). */
  fileBaseName: string;
};

/** What the builder needs from a decision (get-decision's result fits; the benchmark builds it in memory). */
export type DecisionForDocument = {
  status: DecisionStatus;
  numberText: string | null;
  decisionDate: Date;
  signerName: string;
  signerTitle: string;
  awardForm: AwardForm;
  issuer: { name: string; parentName: string | null; style: DocumentStyle; place: string; numberSuffix: string };
  honorees: {
    kind: ModelKind;
    sortOrder: number;
    honorific: Gender | null;
    name: string;
    position: string | null;
    address: string;
    modelTitle: string;
  }[];
};

const TITLE_WORDS: [RegExp, string][] = [
  [/thường vụ/g, "Thường vụ"],
  [/tỉnh ủy/g, "Tỉnh ủy"],
  [/thành ủy/g, "Thành ủy"],
  [/huyện ủy/g, "Huyện ủy"],
  [/đảng ủy/g, "Đảng ủy"],
  [/dân vận/g, "Dân vận"],
  [/tuyên giáo/g, "Tuyên giáo"],
  [/ban chỉ đạo/g, "Ban Chỉ đạo"],
];

/**
 * "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy", "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" → "Ủy ban nhân dân
 * tỉnh Thái Nguyên": the sentence-case form used inside running text, with the place name restored.
 */
export function issuerInText(name: string, place: string): string {
  let s = name.normalize("NFC").toLocaleLowerCase("vi");
  for (const [re, word] of TITLE_WORDS) s = s.replace(re, word);
  const lowerPlace = place.toLocaleLowerCase("vi");
  if (lowerPlace) s = s.split(lowerPlace).join(place);
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

function line(h: DecisionForDocument["honorees"][number], no: number): HonoreeLine {
  const honorific = h.kind === "INDIVIDUAL" && h.honorific ? honorificLabels[h.honorific] : "";
  const position = h.kind === "INDIVIDUAL" ? (h.position ?? "").trim() : "";
  const address = h.address.trim();
  return {
    no,
    kind: h.kind,
    honorific,
    name: h.name,
    displayName: honorific ? `${honorific} ${h.name}` : h.name,
    position,
    address,
    // A provincial body ("Hội Chữ thập đỏ tỉnh") stands alone; a person may have no position.
    unitAddress: [position, address].filter(Boolean).join(", "),
    modelTitle: h.modelTitle,
  };
}

/** The blank a draft leaves for the number: the office writes it in when the decision is issued. */
const NUMBER_BLANK = "\u00a0".repeat(6);

/** Longest header line kept whole: what fits the issuer column at 13 pt bold capitals (about 70 mm). */
const HEADER_LINE_CHARS = 24;
/** Where an issuing body's name may break: before the unit's level and name ("… / TỈNH BẮC KẠN"). */
const PLACE_START = /(?:^|\s)(?=(?:THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|TỈNH|HUYỆN|QUẬN|XÃ|PHƯỜNG)\s)/gu;

/**
 * A header line as it is laid out in the issuer block: a long name breaks before its place, never inside
 * it ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC KẠN", "BAN TUYÊN GIÁO VÀ DÂN VẬN" / "TỈNH ỦY"), as official documents
 * set it; a short one stays on one line. Each renderer prints the parts as separate lines.
 */
export function headerLines(text: string): string[] {
  if (text.length <= HEADER_LINE_CHARS) return [text];
  // The first place word after the start: "THỊ XÃ PHÚ THỌ" breaks before THỊ, not before its XÃ.
  const at = [...text.matchAll(PLACE_START)].map((m) => m.index + m[0].length).find((i) => i > 0);
  return at === undefined ? [text] : [text.slice(0, at).trim(), text.slice(at).trim()];
}

export function buildHonoreeListDocument(decision: DecisionForDocument): HonoreeListDocument {
  const { issuer } = decision;
  const { day, month, year } = documentDateParts(decision.decisionDate);
  const dateText = `${day}/${month}/${year}`;
  const ordered = [...decision.honorees].sort((a, b) => a.sortOrder - b.sortOrder);
  const collectives = ordered.filter((h) => h.kind === "COLLECTIVE").map((h, i) => line(h, i + 1));
  const individuals = ordered.filter((h) => h.kind === "INDIVIDUAL").map((h, i) => line(h, i + 1));
  const party = issuer.style === "PARTY";
  const draft = decision.status !== "ISSUED" || !decision.numberText;
  const numberText = draft
    ? party
      ? `${NUMBER_BLANK}-${issuer.numberSuffix}`
      : `${NUMBER_BLANK}/${issuer.numberSuffix}`
    : decision.numberText!;
  const inText = issuerInText(issuer.name, issuer.place);
  const cited = party
    ? `, ngày ${formatPartyCitedDate(decision.decisionDate)}`
    : ` ${formatDocumentDate(decision.decisionDate)}`;
  return {
    style: issuer.style,
    draft,
    draftMark: draft ? T.draftMark : "",
    issuerLines: [
      ...(issuer.parentName ? [{ text: issuer.parentName, bold: !party, lines: headerLines(issuer.parentName) }] : []),
      { text: issuer.name, bold: true, lines: headerLines(issuer.name) },
    ],
    issuerStar: party,
    numberLine: party ? T.partyNumber(numberText) : T.stateNumber(numberText),
    mottoLines: party ? [T.partyMotto] : [T.stateMotto, T.stateMotto2],
    placeDate: `${issuer.place}, ${formatDocumentDate(decision.decisionDate)}`,
    title: T.title,
    subtitle: T.subtitle(awardFormLabels[decision.awardForm], inText),
    annexOf: T.annexOf(numberText, cited, inText),
    collectivesHeading: T.collectives,
    individualsHeading: T.individuals,
    columns: [T.colNo, T.colName, T.colAddress, T.colModel],
    collectives,
    individuals,
    signer: { title: decision.signerTitle.normalize("NFC").toLocaleUpperCase("vi"), name: decision.signerName },
    numberText: draft ? "" : decision.numberText!,
    dateText,
    dateIso: `${year}-${String(decision.decisionDate.getUTCMonth() + 1).padStart(2, "0")}-${day}`,
    fileBaseName: draft ? T.draftFileBase : T.fileName(decision.numberText!, "").slice(0, -1),
  };
}

/**
 * The list in one sentence, as reports quote it: "Tập thể: A, địa chỉ; B. Cá nhân: Bà X, chức vụ, địa chỉ; …"
 * (a line without address or position prints only its name).
 */
export function inlineHonoreeList(doc: Pick<HonoreeListDocument, "collectives" | "individuals">): string {
  const part = (label: string, lines: HonoreeLine[]) =>
    lines.length
      ? `${label}: ${lines.map((l) => [l.displayName, l.unitAddress].filter(Boolean).join(", ")).join("; ")}.`
      : "";
  return [part(T.inlineCollectives, doc.collectives), part(T.inlineIndividuals, doc.individuals)]
    .filter(Boolean)
    .join(" ");
}
