import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/format";
import { dvi, periodText } from "@/lib/i18n/dashboard";
import { unitLevelLabels } from "@/lib/i18n/vi";
import type { Dashboard } from "./get-dashboard";
import { COMMITTEE_LEVELS_TOP_FIRST } from "@/lib/workflow/state-machine";

/**
 * Every figure and table of a dashboard as an XLSX workbook: a summary sheet (title, unit, period, date
 * produced, the cards, levels, results, honorees, progress summary), then one sheet per table.
 */
export async function renderDashboardXlsx(d: Dashboard, campaignName: string | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng Dân vận khéo";
  const period = periodText({ campaignName, year: d.filter.year, quarter: d.filter.quarter });

  const sheet = (name: string, headers: string[], rows: (string | number)[][], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = widths.map((width) => ({ width }));
    ws.addRow(headers).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    return ws;
  };

  const summary = wb.addWorksheet("Tổng hợp");
  summary.columns = [{ width: 48 }, { width: 18 }, { width: 16 }];
  summary.addRow([dvi.reportTitle(d.unit.name)]).font = { bold: true, size: 13 };
  summary.addRow([dvi.reportPeriod(period)]);
  summary.addRow([dvi.reportProduced(formatDateTime(d.generatedAt))]);
  summary.addRow([]);
  summary.addRow([dvi.cards, dvi.count]).font = { bold: true };
  const c = d.cards;
  const cardRows: [string, number][] = [
    [dvi.figure.registered, c.registered],
    [`${dvi.figure.registered}: ${dvi.collective.toLowerCase()}`, c.collective],
    [`${dvi.figure.registered}: ${dvi.individual.toLowerCase()}`, c.individual],
    [dvi.figure.recognized, c.recognized],
    [dvi.figure.typical, c.typical],
    [dvi.figure["not-recognized"], c.notRecognized],
    [dvi.figure.awaiting, c.awaiting],
    [dvi.figure["needs-revision"], c.needsRevision],
    [dvi.figure.withdrawn, c.withdrawn],
    [dvi.figure.replications, c.replications],
    ...COMMITTEE_LEVELS_TOP_FIRST.map((l): [string, number] => [dvi.recognizedAt(l), d.recognizedByLevel[l]]),
    ...COMMITTEE_LEVELS_TOP_FIRST.map((l): [string, number] => [dvi.typicalAt(l), d.typicalByLevel[l]]),
    [`${dvi.honorees}: ${dvi.collective.toLowerCase()}`, d.honorees.collective],
    [`${dvi.honorees}: ${dvi.individual.toLowerCase()}`, d.honorees.individual],
  ];
  for (const r of cardRows) summary.addRow(r);
  summary.addRow([]);
  summary.addRow([dvi.progress]).font = { bold: true };
  summary.addRow([dvi.progressSummary(String(d.progress.doneCount), String(d.progress.total))]);
  summary.addRow([dvi.proposedSummary(String(d.progress.proposed), String(d.progress.recognizedAbove))]);
  summary.addRow([dvi.targetCoverage, d.coverage.withModel, d.coverage.grassroots]);

  sheet(
    "Cấp đăng ký",
    [dvi.level, dvi.figure.registered, dvi.figure.recognized, dvi.figure.typical],
    d.byRegistrationLevel.map((r) => [unitLevelLabels[r.level], r.registered, r.recognized, r.typical]),
    [20, 14, 16, 14],
  );
  // As the page's table: the share of the registered models, a number Excel formats as a percentage.
  sheet(
    "Lĩnh vực",
    [dvi.field, dvi.figure.registered, dvi.collective, dvi.individual, dvi.share],
    d.byField.map((r) => [
      r.name,
      r.registered,
      r.collective,
      r.individual,
      c.registered > 0 ? r.registered / c.registered : 0,
    ]),
    [40, 14, 12, 12, 10],
  ).getColumn(5).numFmt = "0.0%";
  sheet(
    "Xu hướng",
    [dvi.year, dvi.quarter, dvi.figure.registered],
    d.trend.map((t) => [t.year, t.quarter, t.registered]),
    [10, 10, 14],
  );
  sheet(
    "Đơn vị",
    [
      dvi.rank,
      dvi.unit,
      dvi.level,
      dvi.figure.registered,
      dvi.figure.recognized,
      dvi.figure.typical,
      dvi.figure.awaiting,
      dvi.figure["not-recognized"],
    ],
    d.children.map((u, i) => [
      i + 1,
      u.name,
      unitLevelLabels[u.level],
      u.registered,
      u.recognized,
      u.typical,
      u.awaiting,
      u.notRecognized,
    ]),
    [8, 40, 12, 14, 16, 12, 18, 18],
  );
  sheet(
    "Tiến độ thẩm định",
    [dvi.committee, dvi.pending, dvi.reviewed, dvi.proposed, dvi.recognizedAbove, dvi.status],
    d.progress.committees.map((r) => [
      r.unitName,
      r.pending,
      r.reviewed,
      r.proposed,
      r.recognizedAbove,
      r.done ? dvi.done : dvi.notDone,
    ]),
    [40, 12, 14, 18, 18, 22],
  );
  sheet(
    "Kết quả",
    [dvi.quantity, dvi.amount, dvi.measure],
    [
      [dvi.money, Number(d.results.moneyVnd), dvi.vnd],
      [dvi.land, Number(d.results.landM2), dvi.m2],
      [dvi.road, Number(d.results.roadKm), dvi.km],
      [dvi.workdays, d.results.workdays, dvi.workday],
      [dvi.households, d.results.households, dvi.household],
    ],
    [36, 20, 14],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
