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
import { IM } from "@/lib/i18n/import";
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

describe("openTable on a CSV, read as a stream", () => {
  const read = async (file: string) => {
    const t = await openTable(file, { dataSheet: "Mô hình", allowedSheets: [] });
    const rows: { row: number; cells: unknown[] }[] = [];
    for await (const r of t.rows) rows.push(r);
    return { headers: t.headers, rows };
  };
  const failure = (file: string) =>
    read(file).then(
      () => "đọc được",
      (err: Error) => err.message,
    );

  it("60,000 rows over several 1 MB pieces: every row, Vietnamese letters split across pieces intact", async () => {
    // Every line is 100 bytes wide with 3-byte letters in it, so the piece boundaries cut letters in two.
    const line = (i: number) => {
      const text = `${i},Bữa cơm có thịt cho đồng bào Mông ${"ề".repeat(10)},"dòng ""${i}"", có dấu phẩy"`;
      return text + " ".repeat(Math.max(0, 100 - Buffer.byteLength(text)));
    };
    const file = path.join(dir, "lon.csv");
    const body = ["Mã,Tên,Ghi chú", ...Array.from({ length: 60_000 }, (_, i) => line(i + 1))].join("\r\n");
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, "utf8")]));
    expect(fs.statSync(file).size).toBeGreaterThan(5 * 1024 * 1024);
    const { headers, rows } = await read(file);
    expect(headers).toEqual(["Mã", "Tên", "Ghi chú"]);
    expect(rows).toHaveLength(60_000);
    for (const [k, r] of rows.entries()) {
      const i = k + 1;
      expect(r.row).toBe(i + 1);
      expect(r.cells).toEqual([
        String(i),
        `Bữa cơm có thịt cho đồng bào Mông ${"ề".repeat(10)}`,
        `dòng "${i}", có dấu phẩy`,
      ]);
    }
  });

  it("UTF-16 LE with BOM (Excel's Unicode text), tab-separated, over piece boundaries", async () => {
    const body = [
      "Mã\tTên",
      ...Array.from({ length: 30_000 }, (_, i) => `MH-${i}\tNhà văn hóa thôn ${i} – Đồng Hỷ`),
    ].join("\r\n");
    const file = path.join(dir, "utf16.csv");
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]));
    expect(fs.statSync(file).size).toBeGreaterThan(1024 * 1024);
    const { rows } = await read(file);
    expect(rows).toHaveLength(30_000);
    expect(rows[29_999].cells).toEqual(["MH-29999", "Nhà văn hóa thôn 29999 – Đồng Hỷ"]);
  });

  it("a byte that is not UTF-8 deep in the file (after the first piece) is the encoding message, not a crash", async () => {
    const good = Buffer.from(
      ["Mã,Tên", ...Array.from({ length: 80_000 }, (_, i) => `MH-${i},Mô hình ${i}`)].join("\n"),
    );
    const file = path.join(dir, "hong.csv");
    // A Windows-1258 "à" (0xE0 then a plain letter): invalid UTF-8 after 1.6 MB of good text, in the second piece.
    fs.writeFileSync(file, Buffer.concat([good, Buffer.from("\nMH-x,C\xe0u", "latin1")]));
    expect(good.length).toBeGreaterThan(1024 * 1024 * 1.5);
    expect(await failure(file)).toBe(IM.file.encoding);
    const binary = path.join(dir, "anh.csv");
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8]));
    expect(await failure(binary)).toBe(IM.file.notSpreadsheet);
    const empty = path.join(dir, "trong.csv");
    fs.writeFileSync(empty, "");
    expect(await failure(empty)).toBe(IM.file.empty);
  });
});
