import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/types";
import { IM } from "@/lib/i18n/import";
import type { ImportKindSpec } from "./kind";
import { safeCell } from "./safe-cell";

const TEMPLATE_ROWS = 5000;
/** Light orange: the header of a required column. */
const REQUIRED_FILL = "FFFCD5B4";

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * A workbook with the data sheet (header row, drop-downs for closed lists), an instructions sheet and a
 * hidden sheet holding the lists the drop-downs point to (a list written inline is limited to 255 characters).
 */
export function newWorkbook(spec: ImportKindSpec, lists: Record<string, readonly string[]>) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng Dân vận khéo";
  const data = wb.addWorksheet(spec.dataSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18 }));
  data.getRow(1).font = { bold: true };
  markRequired(spec, data);
  addHelpSheets(wb, spec, lists, data);
  return { wb, data };
}

/** Required columns: the header keeps its text (it is how the file is read back) and gets a colour and a note. */
export function markRequired(spec: ImportKindSpec, data: ExcelJS.Worksheet) {
  spec.columns.forEach((c, i) => {
    if (!c.required) return;
    const cell = data.getRow(1).getCell(i + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: REQUIRED_FILL } };
    cell.note = IM.sheet.requiredNote;
  });
}

/**
 * The instructions sheet and the hidden lists sheet; with `dropDownsOn` (a data sheet whose columns are the
 * spec's, in its order), the drop-downs of its closed lists.
 */
export function addHelpSheets(
  wb: ExcelJS.Workbook,
  spec: ImportKindSpec,
  lists: Record<string, readonly string[]>,
  dropDownsOn: ExcelJS.Worksheet | null,
) {
  const help = wb.addWorksheet(IM.sheet.instructions);
  help.columns = [
    { header: "Cột", key: "header", width: 22 },
    { header: IM.sheet.requiredHeader, key: "required", width: 12 },
    { header: "Cách nhập", key: "help", width: 70 },
    { header: "Giá trị được chọn", key: "allowed", width: 50 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of spec.columns) {
    const row = help.addRow({
      header: c.header,
      required: c.required ? IM.sheet.required : c.requiredOnce ? IM.sheet.requiredOnce : "",
      help: c.help,
      allowed: (lists[c.key] ?? c.allowed ?? []).join("; "),
    });
    if (c.required)
      row.getCell("header").fill = { type: "pattern", pattern: "solid", fgColor: { argb: REQUIRED_FILL } };
  }
  help.addRow({});
  help.addRow({
    header: "Lưu ý",
    help:
      "Dòng 1 của trang dữ liệu là tên cột: giữ nguyên. Cột tô màu cam là cột bắt buộc: dòng nào để trống sẽ bị báo lỗi " +
      "kèm tên cột. Ngày nhập dạng dd/mm/yyyy. " +
      "Không gộp ô, không thêm trang tính. Tải lên để xem trước: chưa có gì được ghi cho tới khi bấm “Nhập dữ liệu”.",
  });

  const listSheet = wb.addWorksheet(IM.sheet.lists, { state: "hidden" });
  let listCol = 0;
  spec.columns.forEach((c, i) => {
    const values = lists[c.key] ?? c.allowed;
    if (!values?.length) return;
    listCol++;
    const letter = columnLetter(listCol);
    listSheet.getCell(`${letter}1`).value = c.header;
    values.forEach((v, j) => (listSheet.getCell(`${letter}${j + 2}`).value = safeCell(v)));
    if (!dropDownsOn) return;
    const dataLetter = columnLetter(i + 1);
    (
      dropDownsOn as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${dataLetter}2:${dataLetter}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [`'${IM.sheet.lists}'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: "Chọn một giá trị trong danh sách.",
    });
  });
}

export async function buildTemplate(spec: ImportKindSpec, actor: Actor): Promise<Buffer> {
  const lists = (await spec.dynamicAllowed?.(actor)) ?? {};
  const { wb } = newWorkbook(spec, lists);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
