/** Display formatting: Vietnamese conventions, Asia/Ho_Chi_Minh wall clock whatever the server's zone. */

const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const numberFormat = new Intl.NumberFormat("vi-VN");

/**
 * Vietnamese alphabetical order (Ă after A, Đ after D, tones secondary). One shared collator: a
 * `localeCompare(b, "vi")` builds the locale's collation data on every call, about 20× slower per
 * comparison, which a sort of a province's 1,000 units pays 10,000 times.
 */
export const compareVi: (a: string, b: string) => number = new Intl.Collator("vi").compare;
const percentFormat = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

function parts(value: Date | string | number) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const map: Record<string, string> = {};
  for (const p of dateParts.formatToParts(date)) map[p.type] = p.value;
  return map;
}

/** dd/MM/yyyy in Vietnam time (built from parts: locale data must not change the pattern). */
export function formatDate(value: Date | string | number | null | undefined): string {
  if (value == null) return "";
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : "";
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTime(value: Date | string | number | null | undefined): string {
  if (value == null) return "";
  const p = parts(value);
  return p ? `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}` : "";
}

/** ISO date (yyyy-MM-dd) in Vietnam time, for `<time dateTime>`. */
export function isoDate(value: Date | string | number): string {
  const p = parts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : "";
}

/** 11821 → "11.821". */
export function formatNumber(value: number | bigint | null | undefined): string {
  if (value == null) return "";
  return numberFormat.format(value);
}

/** 0.391 → "39,1%" (vi-VN); a zero total gives "0%" rather than NaN. */
export function formatPercent(part: number, total: number): string {
  return percentFormat.format(total > 0 ? part / total : 0);
}

/**
 * Day and month of a calendar date as official documents write them (Nghị định 30/2020/NĐ-CP Phụ lục I,
 * Hướng dẫn 36-HD/VPTW): a zero only before days 1–9 and the months 1 and 2 ("05", "02", but "6", "10").
 * `@db.Date` values are UTC midnights, so the parts are read in UTC (no time-zone shift of a calendar date).
 */
export function documentDateParts(value: Date): { day: string; month: string; year: string } {
  const d = value.getUTCDate();
  const m = value.getUTCMonth() + 1;
  return { day: String(d).padStart(2, "0"), month: m <= 2 ? `0${m}` : String(m), year: String(value.getUTCFullYear()) };
}

/** "ngày 25 tháng 6 năm 2025", "ngày 05 tháng 02 năm 2025": the date line and State citations. */
export function formatDocumentDate(value: Date): string {
  const { day, month, year } = documentDateParts(value);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The calendar day of an instant in Vietnam, written as a document's date line: a report produced at
 * 2026-12-02 21:50 UTC is dated "ngày 03 tháng 12 năm 2026" (04:50 in Hà Nội).
 */
export function formatDocumentDay(value: Date): string {
  return formatDocumentDate(new Date(`${isoDate(value)}T00:00:00Z`));
}

/** "05-02-2025", "25-6-2025": how Party documents cite another document's date ("…, ngày 01-10-1997"). */
export function formatPartyCitedDate(value: Date): string {
  const { day, month, year } = documentDateParts(value);
  return `${day}-${month}-${year}`;
}
