/** Calendar dates (the `@db.Date` columns) as UTC midnights, "today" as the Vietnamese wall calendar. */

const vnDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** yyyy-MM-dd of `now` in Vietnam (the server may run in UTC: 23:30 UTC is already tomorrow there). */
export function vnTodayIso(now: Date = new Date()): string {
  return vnDate.format(now);
}

export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function isoFromDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addYearsIso(iso: string, years: number): string {
  const d = dateFromIso(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoFromDate(d);
}

/**
 * Accepts what a form sends ("2026-03-05" from <input type=date>, or "05/03/2026" typed by hand) and
 * Date objects; returns a UTC-midnight Date, or the input unchanged (zod then reports it) if it is not a real day.
 */
export function parseDateOnly(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : dateFromIso(isoFromDate(value));
  if (typeof value !== "string") return value;
  const s = value.trim();
  let iso: string | undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) iso = `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  if (!iso) return value;
  const d = dateFromIso(iso);
  return !Number.isNaN(d.getTime()) && isoFromDate(d) === iso ? d : value;
}

/** Calendar year in Vietnam, for registration numbers. */
export function vnYear(now: Date = new Date()): number {
  return Number(vnTodayIso(now).slice(0, 4));
}
