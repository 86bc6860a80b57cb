/**
 * The honoree list annexed to a commendation decision, as plain data: one structure that the print view,
 * the PDF, the Word and the Excel renderers all read, so the four outputs cannot drift apart.
 * Pure (no DB, no server-only imports): the print view and the benchmark use it directly.
 */
import type { AwardForm, DocumentStyle, Gender, ModelKind } from "@/lib/generated/prisma/enums";
import { DOCUMENT_TEXT as T } from "@/lib/i18n/decisions";
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
  /** Left header block, top to bottom (Party: parent body, issuing body; State: parent body if any, issuing body). */
  issuerLines: { text: string; bold: boolean }[];
  /** Party documents print an asterisk under the issuing body. */
  issuerStar: boolean;
  /** "Số 112-QĐ/TU" / "Số: 56/QĐ-UBND". */
  numberLine: string;
  /** Right header block: the Party or national motto. */
  mottoLines: string[];
  /** "Thái Nguyên, ngày 05 tháng 01 năm 2026". */
  placeDate: string;
  title: string;
  subtitle: string;
  /** "(Kèm theo Quyết định số 112-QĐ/TU ngày 16/12/2025 của Ban Thường vụ Tỉnh ủy)". */
  annexOf: string;
  collectivesHeading: string;
  individualsHeading: string;
  columns: [string, string, string, string];
  collectives: HonoreeLine[];
  individuals: HonoreeLine[];
  signer: { title: string; name: string };
  /** For the Excel mail-merge columns. */
  numberText: string;
  dateText: string;
  /** "Danh sách khen thưởng 112-QĐ-TU" (no extension). */
  fileBaseName: string;
};

/** What the builder needs from a decision (get-decision's result fits; the benchmark builds it in memory). */
export type DecisionForDocument = {
  numberText: string;
  decisionDate: Date;
  signerName: string;
  signerTitle: string;
  awardForm: AwardForm;
  issuer: { name: string; parentName: string | null; style: DocumentStyle; place: string };
  honorees: { kind: ModelKind; sortOrder: number; honorific: Gender | null; name: string; position: string | null; address: string; modelTitle: string }[];
};

/** Day, month, year of a calendar date (`@db.Date` columns are UTC midnights), zero-padded. */
function dateParts(d: Date): [string, string, string] {
  const iso = d.toISOString().slice(0, 10);
  return [iso.slice(8, 10), iso.slice(5, 7), iso.slice(0, 4)];
}

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
  const position = h.kind === "INDIVIDUAL" ? (h.position ?? "") : "";
  return {
    no,
    kind: h.kind,
    honorific,
    name: h.name,
    displayName: honorific ? `${honorific} ${h.name}` : h.name,
    position,
    address: h.address,
    unitAddress: position ? `${position}, ${h.address}` : h.address,
    modelTitle: h.modelTitle,
  };
}

export function buildHonoreeListDocument(decision: DecisionForDocument): HonoreeListDocument {
  const { issuer } = decision;
  const [dd, mm, yyyy] = dateParts(decision.decisionDate);
  const dateText = `${dd}/${mm}/${yyyy}`;
  const ordered = [...decision.honorees].sort((a, b) => a.sortOrder - b.sortOrder);
  const collectives = ordered.filter((h) => h.kind === "COLLECTIVE").map((h, i) => line(h, i + 1));
  const individuals = ordered.filter((h) => h.kind === "INDIVIDUAL").map((h, i) => line(h, i + 1));
  const party = issuer.style === "PARTY";
  const inText = issuerInText(issuer.name, issuer.place);
  return {
    style: issuer.style,
    issuerLines: [
      ...(issuer.parentName ? [{ text: issuer.parentName, bold: !party }] : []),
      { text: issuer.name, bold: true },
    ],
    issuerStar: party,
    numberLine: party ? T.partyNumber(decision.numberText) : T.stateNumber(decision.numberText),
    mottoLines: party ? [T.partyMotto] : [T.stateMotto, T.stateMotto2],
    placeDate: T.placeDate(issuer.place, dd, mm, yyyy),
    title: T.title,
    subtitle: T.subtitle(awardFormLabels[decision.awardForm], inText),
    annexOf: T.annexOf(decision.numberText, dateText, inText),
    collectivesHeading: T.collectives,
    individualsHeading: T.individuals,
    columns: [T.colNo, T.colName, T.colAddress, T.colModel],
    collectives,
    individuals,
    signer: { title: decision.signerTitle, name: decision.signerName },
    numberText: decision.numberText,
    dateText,
    fileBaseName: T.fileName(decision.numberText, "").slice(0, -1),
  };
}

/**
 * The list in one sentence, as reports quote it: "Tập thể: A, địa chỉ; B, địa chỉ. Cá nhân: Bà X, địa chỉ; …".
 */
export function inlineHonoreeList(doc: Pick<HonoreeListDocument, "collectives" | "individuals">): string {
  const part = (label: string, lines: HonoreeLine[]) =>
    lines.length ? `${label}: ${lines.map((l) => `${l.displayName}, ${l.address}`).join("; ")}.` : "";
  return [part(T.inlineCollectives, doc.collectives), part(T.inlineIndividuals, doc.individuals)].filter(Boolean).join(" ");
}
