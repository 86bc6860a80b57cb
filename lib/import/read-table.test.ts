// The streaming XLSX reader on files exceljs writes (our own templates and exports store xl/workbook.xml
// last): exceljs's one-pass unzip sometimes lost that last entry, and the same file then failed to read
// ("Không đọc được tệp") at random — the import journey failed so in CI. lib/import/exceljs-utf8-fix.ts
// opens such files by their central directory instead.
import "@/lib/import/exceljs-utf8-fix";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { openTable } from "./read-table";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-read-table-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("openTable on an exceljs-written workbook", () => {
  it("reads the same three-sheet file 150 times in a row, every time whole", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Hướng dẫn").addRow(["a", "b"]);
    const data = wb.addWorksheet("Mô hình");
    data.addRow(["Mã mô hình", "Tên mô hình"]);
    data.addRow(["MH-1", "Bữa cơm có thịt cho đồng bào Mông"]);
    wb.addWorksheet("Danh mục").addRow(["c", "d"]);
    const file = path.join(dir, "mau.xlsx");
    await wb.xlsx.writeFile(file);

    const outcomes = new Map<string, number>();
    for (let i = 0; i < 150; i++) {
      let outcome: string;
      try {
        const t = await openTable(file, { dataSheet: "Mô hình", allowedSheets: ["Hướng dẫn", "Danh mục"] });
        const rows: string[] = [];
        for await (const r of t.rows) rows.push(`${r.row}:${r.cells.join("|")}`);
        outcome = `${t.headers.join("|")} / ${rows.join(" / ")}`;
      } catch (err) {
        outcome = `lỗi: ${(err as Error).message}`;
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(Object.fromEntries(outcomes)).toEqual({
      "Mã mô hình|Tên mô hình / 2:MH-1|Bữa cơm có thịt cho đồng bào Mông": 150,
    });

    // The reader itself, without openTable's checks around it (a plain script lost it in about 1 read in 20; here less often).
    const direct = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      let outcome: string;
      try {
        const names: string[] = [];
        const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache" });
        for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<unknown> & { name: string }>) {
          names.push(ws.name);
          for await (const row of ws) void row;
        }
        outcome = names.join("|");
      } catch (err) {
        outcome = `lỗi: ${(err as Error).message}`;
      }
      direct.set(outcome, (direct.get(outcome) ?? 0) + 1);
    }
    expect(Object.fromEntries(direct)).toEqual({ "Hướng dẫn|Mô hình|Danh mục": 1000 });
  });
});
