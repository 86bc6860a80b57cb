import type { DocumentStyle } from "@/lib/generated/prisma/enums";

/** Party committee terms last five years (Điều lệ Đảng); numbering restarts with each term. */
export const TERM_YEARS = 5;

type NumberingIssuer = {
  style: DocumentStyle;
  numberSuffix: string;
  termStartYear: number | null;
  validTo?: Date | null;
};

/**
 * The numbering register a decision belongs to: the Party committee term containing its date
 * ("2025-2030"), or the calendar year for State documents ("2026"). Null when a Party issuer has no
 * term configured (the caller reports it: a number without a register cannot be checked for reuse).
 */
export function registerFor(issuer: NumberingIssuer, decisionDate: Date): string | null {
  const year = decisionDate.getUTCFullYear();
  if (issuer.style === "STATE") return String(year);
  if (issuer.termStartYear == null) return null;
  let start = issuer.termStartYear + Math.floor((year - issuer.termStartYear) / TERM_YEARS) * TERM_YEARS;
  // A body abolished in the year a new term would start never held that congress (e.g. the Standing
  // Committee of a province merged on 1/7/2025 numbered in its 2020-2025 term until its last day).
  if (issuer.validTo && start > issuer.termStartYear && start >= issuer.validTo.getUTCFullYear()) start -= TERM_YEARS;
  return `${start}-${start + TERM_YEARS}`;
}

/** "1234-QĐ/TU" (Party, Hướng dẫn 36-HD/VPTW) or "56/QĐ-UBND" (State, Nghị định 30/2020/NĐ-CP). */
export function formatNumberText(issuer: Pick<NumberingIssuer, "style" | "numberSuffix">, number: number): string {
  return issuer.style === "PARTY" ? `${number}-${issuer.numberSuffix}` : `${number}/${issuer.numberSuffix}`;
}

/** How the number is printed under the issuer: "Số 1234-QĐ/TU" / "Số: 56/QĐ-UBND". */
export function displayNumber(style: DocumentStyle, numberText: string): string {
  return style === "PARTY" ? `Số ${numberText}` : `Số: ${numberText}`;
}
