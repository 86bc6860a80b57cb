/** A committee whose oldest pending file has waited longer than this is shown as late. */
export const LATE_AFTER_DAYS = 30;

export type ProgressStatus = "done" | "late" | "in-progress" | "none";

/** What the "Tình trạng" column says of a committee (the page's badge and the XLSX's text). */
export function progressStatus(
  c: { done: boolean; received: number; oldestPendingDays: number | null },
  lateAfterDays: number,
): ProgressStatus {
  if (c.done) return "done";
  if ((c.oldestPendingDays ?? 0) > lateAfterDays) return "late";
  return c.received ? "in-progress" : "none";
}
