import { IM } from "@/lib/i18n/import";

const nf = new Intl.NumberFormat("vi-VN");

/**
 * The progress bar and line of an import. The number of rows is known once the preview has read the file
 * through (it streams it); until then the bar is indeterminate and the line says how many rows were read,
 * never "6.000 / 0 dòng".
 */
export function jobProgress(job: { status: string; totalRows: number; processedRows: number }): {
  pct: number | null;
  label: string;
} {
  const t = IM.jobPage;
  if (job.status === "APPLIED" || job.status === "PREVIEWED") {
    return { pct: 100, label: t.progressLabel(nf.format(job.processedRows), nf.format(job.totalRows)) };
  }
  if (!job.totalRows) return { pct: null, label: t.progressRows(nf.format(job.processedRows)) };
  return {
    pct: Math.min(99, Math.round((job.processedRows / job.totalRows) * 100)),
    label: t.progressLabel(nf.format(job.processedRows), nf.format(job.totalRows)),
  };
}
