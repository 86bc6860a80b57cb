import "server-only";
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/format";
import { levelTitle } from "@/lib/i18n/levels";
import { rvi } from "@/lib/i18n/review";
import type { ReviewProgress } from "./review-progress";
import { progressStatus } from "./progress-status";

/**
 * The review progress table as an XLSX sheet: a title (the unit), the campaign filter and the date
 * produced, then the rows and columns of the page, counts as numbers.
 */
export async function renderReviewProgressXlsx(
  progress: ReviewProgress,
  view: { unitName: string; campaignName: string | null; producedAt: Date; lateAfterDays: number },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng Dân vận khéo";
  const ws = wb.addWorksheet(rvi.progress.sheet);
  ws.columns = [
    { width: 40 },
    { width: 22 },
    { width: 10 },
    { width: 14 },
    { width: 10 },
    { width: 20 },
    { width: 22 },
  ];
  ws.addRow([rvi.progress.reportTitle(view.unitName)]).font = { bold: true, size: 13 };
  ws.addRow([rvi.progress.reportCampaign(view.campaignName ?? rvi.progress.allCampaigns)]);
  ws.addRow([rvi.progress.reportProduced(formatDateTime(view.producedAt))]);
  ws.addRow([rvi.progress.summary(String(progress.reviewedCount), String(progress.total))]);
  ws.addRow([]);
  ws.addRow([
    rvi.progress.committee,
    rvi.progress.level,
    rvi.progress.received,
    rvi.progress.reviewed,
    rvi.progress.pending,
    rvi.progress.oldestDays,
    rvi.progress.status,
  ]).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: ws.rowCount }];
  const statusText = {
    done: rvi.progress.done,
    late: rvi.progress.late(view.lateAfterDays),
    "in-progress": rvi.progress.inProgress,
    none: "—",
  } as const;
  for (const c of progress.committees) {
    ws.addRow([
      c.unitName,
      levelTitle({ level: c.level, kind: c.kind, name: c.unitName }),
      c.received,
      c.reviewed,
      c.pending,
      c.oldestPendingDays,
      statusText[progressStatus(c, view.lateAfterDays)],
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
