import "@/lib/import/exceljs-utf8-fix";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db/client";
import { createWorld, type World } from "@/lib/models/test-world";
import { importOrgTree } from "@/lib/org/import-org-tree";
import { moveUnit } from "@/lib/org/move-unit";
import { createUser } from "@/tests/fixtures";
import { exportXlsx } from "./export-file";
import { startImport } from "./start-import";
import { buildTemplate } from "./template";
import { csv, importFile, preview, setUpImportTests, xlsx } from "./test-helpers";
import { UNIT_COLUMNS } from "./units/columns";
import { unitsImport } from "./units/spec";

setUpImportTests();

const HEADERS = UNIT_COLUMNS.map((c) => c.header);
let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const unitCount = () => prisma.unit.count();
const auditCount = () => prisma.auditLog.count();
const importUnits = (content: string | Uint8Array, name = "don-vi.csv") => importFile(w.admin, content, name, "UNITS");
const previewUnits = (content: string | Uint8Array, name = "don-vi.csv") => preview(w.admin, content, name, "UNITS");

let seq = 0;
/** A new province with a district, a commune under it (listed before its parent) and a cell under an existing commune. */
function newTree() {
  seq++;
  const p = `IMP${seq}`;
  return {
    p,
    rows: [
      // code, name, kind, level, parent, from, to, successor, nameFrom
      [`${p}-X`, "Xã Nà Phặc", "Xã", "Xã", `${p}-H`, "01/01/2010", "", "", ""],
      [`${p}-T`, "Tỉnh Hòa Lâm", "Tỉnh", "Tỉnh", "", "01/01/2008", "", "", ""],
      [`${p}-H`, "Huyện Ngân Sơn", "Huyện", "Huyện", `${p}-T`, "2008-01-01", "", "", "01/01/2008"],
      [`${p}-G`, "Chi bộ thôn Bản Chang", "Chi bộ", "Cơ sở", w.tree.communeDirect.code, "01/07/2025", "", "", ""],
    ] as string[][],
  };
}

describe("units import", () => {
  it("offers a template with the instructions sheet and drop-downs for kind and level", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(unitsImport, w.admin)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Đơn vị", "Hướng dẫn", "Danh mục"]);
    expect((wb.getWorksheet("Đơn vị")!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const lists = wb.getWorksheet("Danh mục")!;
    expect((lists.getRow(1).values as unknown[]).slice(1)).toEqual(["Loại đơn vị", "Cấp"]);
    expect(lists.getColumn(2).values.slice(2)).toEqual(["Tỉnh", "Huyện", "Xã", "Cơ sở"]);
    const help = wb.getWorksheet("Hướng dẫn")!;
    expect(String(help.getCell("A2").value)).toBe("Mã đơn vị");
  });

  it("refuses every role but the administrator, and writes nothing", async () => {
    const { rows } = newTree();
    const before = [await unitCount(), await prisma.importJob.count()];
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer, w.provinceOfficer]) {
      const r = await startImport(actor, {
        kind: "UNITS",
        fileName: "don-vi.csv",
        bytes: Buffer.from(csv([HEADERS, ...rows])),
      });
      expect(r).toEqual({ ok: false, message: "Bạn không có quyền nhập loại dữ liệu này." });
    }
    // A job queued by someone who may not import units (e.g. their role changed) fails without writing.
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]), "don-vi.csv", "UNITS");
    expect(job).toMatchObject({ status: "FAILED", failure: "Bạn không có quyền nhập loại dữ liệu này." });
    expect(await unitCount()).toBe(before[0]);
  });

  it("creates a tree parent first, with paths, lineage and name history; re-importing changes nothing", async () => {
    const { p, rows } = newTree();
    const before = await auditCount();
    const job = await importUnits(csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 4, changedCount: 0, unchangedCount: 0 });
    const get = (c: string) =>
      prisma.unit.findUniqueOrThrow({ where: { code: `${p}-${c}` }, include: { names: true } });
    const [t, h, x, g] = [await get("T"), await get("H"), await get("X"), await get("G")];
    expect(t.path).toBe(`/${t.id}/`);
    expect(h.path).toBe(`/${t.id}/${h.id}/`);
    expect(x.path).toBe(`/${t.id}/${h.id}/${x.id}/`);
    expect(g.path).toBe(`${w.tree.communeDirect.path}${g.id}/`);
    expect(x.lineage.sort()).toEqual([t.id, h.id, x.id].sort());
    expect(x).toMatchObject({ level: "COMMUNE", kind: "COMMUNE", validFrom: new Date("2010-01-01T00:00:00Z") });
    expect(x.names).toMatchObject([{ name: "Xã Nà Phặc", validFrom: new Date("2010-01-01T00:00:00Z"), validTo: null }]);
    const created = await prisma.auditLog.findMany({ where: { action: "org.unit.create", id: { gt: 0 } } });
    expect(
      created.filter((a) => String((a.data as { after: { code: string } }).after.code).startsWith(p)),
    ).toHaveLength(4);
    expect(await auditCount()).toBe(before + 5); // four units and the import itself

    const again = await importUnits(csv([HEADERS, ...rows]));
    expect(again).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: 4, errorCount: 0 });
    expect(await auditCount()).toBe(before + 6);
  });

  it("reads dates as dd/mm/yyyy text, Excel serial numbers and date cells", async () => {
    seq++;
    const p = `IMPD${seq}`;
    const file = await xlsx({
      "Đơn vị": [
        HEADERS,
        [`${p}-T`, "Tỉnh Ngọc Lâm", "Tỉnh", "Tỉnh", null, 39448, null, null, null], // serial of 01/01/2008
        [`${p}-X`, "Xã Ngọc Lâm", "Xã", "Xã", `${p}-T`, new Date(Date.UTC(2015, 5, 3)), "30/06/2025", null, null],
      ],
    });
    const job = await importUnits(file, "don-vi.xlsx");
    expect(job.errors).toEqual([]);
    const t = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-T` } });
    const x = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-X` } });
    expect(t.validFrom).toEqual(new Date("2008-01-01T00:00:00Z"));
    expect(x.validFrom).toEqual(new Date("2015-06-03T00:00:00Z"));
    expect(x.validTo).toEqual(new Date("2025-06-30T00:00:00Z"));
  });

  it("reports each bad row with row, column and a Vietnamese reason, and writes nothing", async () => {
    const { p, rows } = newTree();
    const bad = [
      ...rows,
      [`${p}-A`, "Xã A", "Xã", "Xã", `${p}-KHONG-CO`, "01/01/2010", "", "", ""], // row 6: unknown parent
      [`${p}-C1`, "Huyện C1", "Huyện", "Huyện", `${p}-C2`, "01/01/2010", "", "", ""], // row 7: cycle
      [`${p}-C2`, "Huyện C2", "Huyện", "Huyện", `${p}-C1`, "01/01/2010", "", "", ""], // row 8: cycle
      [`${p}-X`, "Xã trùng", "Xã", "Xã", `${p}-H`, "01/01/2010", "", "", ""], // row 9: duplicate code
      [`${p}-D`, "Xã D", "Xã", "Xã", `${p}-H`, "31/02/2024", "", "", ""], // row 10: no such day
      [`${p}-E`, "Huyện E", "Huyện", "Huyện", `${p}-X`, "01/01/2012", "", "", ""], // row 11: above its parent's level
      [`${p}-F`, "Xã F", "Xã", "Xã", "", "01/01/2012", "", "", ""], // row 12: no parent
      [`${p}-K`, "Xã K", "Xã", "Xã", `${p}-H`, "01/01/2012", "", `${p}-X`, ""], // row 13: successor without end
      [`${p}-L`, "Xã L", "Phố", "Xã", `${p}-H`, "01/01/2012", "", "", ""], // row 14: unknown kind
      [`${p}-M`, "Xã <img src=x onerror=alert(1)>", "Xã", "Xã", `${p}-H`, "01/01/2012", "", "", ""], // row 15: markup
    ];
    const [units, audits] = [await unitCount(), await auditCount()];
    const job = await previewUnits(csv([HEADERS, ...bad]));
    expect(job.status).toBe("PREVIEWED");
    const errs = job.errors as { row: number; column: string; message: string }[];
    const at = (row: number) => errs.filter((e) => e.row === row).map((e) => `${e.column}: ${e.message}`);
    expect(at(6)).toEqual([
      `Mã đơn vị cấp trên: Không có đơn vị cấp trên mã “${p}-KHONG-CO” trong cổng hoặc trong tệp.`,
    ]);
    expect(at(7)).toEqual([
      "Mã đơn vị cấp trên: Cây tổ chức bị vòng lặp: đơn vị này nằm dưới chính nó (qua các mã đơn vị cấp trên).",
    ]);
    expect(at(8)).toHaveLength(1);
    expect(at(9)).toEqual(["Mã đơn vị: Mã bị trùng với dòng 2 trong tệp."]);
    expect(at(10)).toEqual(["Hiệu lực từ ngày: Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)."]);
    expect(at(11)).toEqual([
      "Mã đơn vị cấp trên: Đơn vị cấp huyện (trực thuộc tỉnh) phải trực thuộc một đơn vị cấp tỉnh; " +
        "đơn vị cấp trên đã nhập là đơn vị cấp xã.",
    ]);
    expect(at(12)).toEqual([
      "Mã đơn vị cấp trên: Đơn vị cấp xã phải trực thuộc một đơn vị cấp tỉnh hoặc cấp huyện (trực thuộc tỉnh): " +
        "nhập mã đơn vị cấp trên.",
    ]);
    expect(at(13)).toEqual(["Hiệu lực đến ngày: Đơn vị có đơn vị kế thừa phải có ngày kết thúc hiệu lực."]);
    expect(at(14)[0]).toMatch(/^Loại đơn vị: Giá trị không hợp lệ\. Chọn một trong: Tỉnh; /);
    expect(at(15)).toEqual(["Tên đơn vị: Không được chứa thẻ HTML (ví dụ <img>, <script>)."]);
    expect(job.errorCount).toBe(10);
    // The apply is refused while there are errors; nothing was written.
    await expect(importUnits(csv([HEADERS, ...bad]))).resolves.toMatchObject({ status: "PREVIEWED" });
    expect(await unitCount()).toBe(units);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses rows whose kind, level and parent the tree cannot hold (lib/org/unit-rules.ts); nothing written", async () => {
    const { p, rows } = newTree();
    await importUnits(csv([HEADERS, ...rows]));
    const province = `${p}-T`;
    const bad = [
      [`${p}-N1`, "Chi bộ thôn Nà Lẹng", "Chi bộ", "Cơ sở", province, "01/07/2025", "", "", ""], // row 2: cell under the province
      [`${p}-N2`, "Xã Yên Mỹ", "Xã", "Xã", `${p}-G`, "01/07/2025", "", "", ""], // row 3: commune under a cell
      [`${p}-N3`, "Phường Sông Cầu", "Phường", "Huyện", province, "01/01/2010", "", "", ""], // row 4: kind of another level
      [`${p}-N4`, "Huyện Na Lương", "Huyện", "Huyện", province, "01/07/2025", "", "", ""], // row 5: a huyện after 1/7/2025
      [`${p}-G`, "Chi bộ thôn Bản Chang", "Chi bộ", "Cơ sở", province, "01/07/2025", "", "", ""], // row 6: cell moved under the province
      [`${p}-X`, "Chi bộ Nà Phặc", "Chi bộ", "Xã", `${p}-H`, "01/01/2010", "", "", "01/01/2020"], // row 7: commune renamed into a cell's kind
      [`${p}-H`, "Thị xã Ngân Sơn", "Thị xã", "Huyện", province, "01/01/2008", "", "", "01/07/2025"], // row 8: a thị xã from 1/7/2025
    ];
    const units = await prisma.unit.findMany({ orderBy: { id: "asc" } });
    const names = await prisma.unitName.count();
    const audits = await auditCount();
    const job = await previewUnits(csv([HEADERS, ...bad]));
    const errs = job.errors as { row: number; column: string; message: string }[];
    const at = (row: number) => errs.filter((e) => e.row === row).map((e) => `${e.column}: ${e.message}`);
    const cellUnder = (what: string) =>
      `Mã đơn vị cấp trên: Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã; đơn vị cấp trên đã nhập là ${what}.`;
    const abolished =
      "Loại đơn vị: Từ 01/07/2025 không còn huyện, thị xã, thành phố thuộc tỉnh: loại này chỉ dùng cho giai đoạn " +
      "trước ngày đó. Đơn vị cấp huyện lập từ ngày này chọn loại “Đảng bộ trực thuộc tỉnh (đến 30/6/2025: tương " +
      "đương cấp huyện)”.";
    expect(at(2)).toEqual([cellUnder("đơn vị cấp tỉnh")]);
    expect(at(3)).toEqual([
      "Mã đơn vị cấp trên: Đơn vị cấp xã phải trực thuộc một đơn vị cấp tỉnh hoặc cấp huyện (trực thuộc tỉnh); " +
        "đơn vị cấp trên đã nhập là đơn vị cơ sở.",
    ]);
    expect(at(4)).toEqual([
      "Loại đơn vị: Loại đơn vị không thuộc cấp huyện (trực thuộc tỉnh). Đơn vị cấp huyện (trực thuộc tỉnh) chọn " +
        "một trong các loại: Huyện; Thị xã; Thành phố thuộc tỉnh; Đảng bộ trực thuộc tỉnh (đến 30/6/2025: tương " +
        "đương cấp huyện).",
    ]);
    expect(at(5)).toEqual([abolished]);
    expect(at(6)).toEqual([cellUnder("đơn vị cấp tỉnh")]);
    expect(at(7)).toEqual([
      "Loại đơn vị: Loại đơn vị không thuộc cấp xã. Đơn vị cấp xã chọn một trong các loại: Xã; Phường; Thị trấn; " +
        "Đảng bộ tương đương cấp xã.",
    ]);
    expect(at(8)).toEqual([abolished]);
    expect(job.errorCount).toBe(7);
    await expect(importUnits(csv([HEADERS, ...bad]))).resolves.toMatchObject({ status: "PREVIEWED" });
    expect(await prisma.unit.findMany({ orderBy: { id: "asc" } })).toEqual(units);
    expect(await prisma.unitName.count()).toBe(names);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses to move an existing unit under its own descendant (a cycle through the database)", async () => {
    const { p, rows } = newTree();
    await importUnits(csv([HEADERS, ...rows]));
    const moved = rows.map((r) => [...r]);
    moved[2][4] = `${p}-X`; // the district under its own commune
    const cycle = "Cây tổ chức bị vòng lặp: đơn vị này nằm dưới chính nó (qua các mã đơn vị cấp trên).";
    const job = await previewUnits(csv([HEADERS, ...moved]));
    // Both rows on the loop are named (the commune's parent is the district again).
    expect(job.errors).toEqual([
      { row: 2, column: "Mã đơn vị cấp trên", message: cycle },
      { row: 4, column: "Mã đơn vị cấp trên", message: cycle },
    ]);
    // Only the province is in the file; its descendant is in the database.
    const t = moved[1];
    const cyc = await previewUnits(csv([HEADERS, [t[0], t[1], t[2], t[3], `${p}-X`, t[5], "", "", ""]]));
    expect(cyc.errors).toEqual([{ row: 2, column: "Mã đơn vị cấp trên", message: cycle }]);
  });

  it("a corrected file renames from a date, corrects a typo, moves and closes with a successor, with before/after", async () => {
    const { p, rows } = newTree();
    await importUnits(csv([HEADERS, ...rows]));
    const extra = [`${p}-X2`, "Xã Bằng Vân", "Xã", "Xã", `${p}-H`, "01/01/2010", "", "", ""];
    await importUnits(csv([HEADERS, extra]));
    const fixed = rows.map((r) => [...r]);
    fixed[0] = [`${p}-X`, "Phường Nà Phặc", "Phường", "Xã", `${p}-H`, "01/01/2010", "", "", "01/01/2020"]; // rename + kind
    fixed[2] = [`${p}-H`, "Huyện Ngân Sơn (sửa)", "Huyện", "Huyện", `${p}-T`, "01/01/2008", "", "", "01/01/2008"]; // typo
    fixed[3] = [`${p}-G`, "Chi bộ thôn Bản Chang", "Chi bộ", "Cơ sở", `${p}-X`, "01/07/2025", "", "", ""]; // move
    const closing = [`${p}-X2`, "Xã Bằng Vân", "Xã", "Xã", `${p}-H`, "01/01/2010", "30/06/2025", `${p}-X`, ""];
    const audits = await auditCount();
    const job = await importUnits(csv([HEADERS, ...fixed, closing]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 4, unchangedCount: 1 });

    const x = await prisma.unit.findUniqueOrThrow({
      where: { code: `${p}-X` },
      include: { names: { orderBy: { validFrom: "asc" } } },
    });
    expect(x).toMatchObject({ name: "Phường Nà Phặc", kind: "WARD" });
    expect(
      x.names.map((n) => [
        n.name,
        n.kind,
        n.validFrom.toISOString().slice(0, 10),
        n.validTo?.toISOString().slice(0, 10),
      ]),
    ).toEqual([
      ["Xã Nà Phặc", "COMMUNE", "2010-01-01", "2019-12-31"],
      ["Phường Nà Phặc", "WARD", "2020-01-01", undefined],
    ]);
    const h = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-H` }, include: { names: true } });
    expect(h.name).toBe("Huyện Ngân Sơn (sửa)");
    expect(h.names.map((n) => n.name)).toEqual(["Huyện Ngân Sơn (sửa)"]);
    const g = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-G` } });
    expect(g.path).toBe(`${x.path}${g.id}/`);
    expect(g.lineage).toContain(x.id);
    const x2 = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-X2` } });
    expect(x2).toMatchObject({ validTo: new Date("2025-06-30T00:00:00Z"), successorId: x.id });
    // The successor's officers read the closed commune's history (lineage trigger).
    expect(x2.lineage).toContain(x.id);

    const logs = await prisma.auditLog.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "desc" }, take: 30 });
    const upd = logs.filter((l) => l.action === "unit.import.update");
    expect(upd.map((l) => l.data as { before: unknown; after: unknown; code: string })).toEqual(
      expect.arrayContaining([
        {
          fileName: "don-vi.csv",
          code: `${p}-X`,
          before: { name: "Xã Nà Phặc", kind: "COMMUNE" },
          after: { name: "Phường Nà Phặc", kind: "WARD", nameFrom: "01/01/2020" },
        },
        {
          fileName: "don-vi.csv",
          code: `${p}-G`,
          before: { parentCode: w.tree.communeDirect.code },
          after: { parentCode: `${p}-X` },
        },
        {
          fileName: "don-vi.csv",
          code: `${p}-X2`,
          before: { validTo: null, successorCode: "" },
          after: { validTo: "30/06/2025", successorCode: `${p}-X` },
        },
      ]),
    );
    expect(logs.map((l) => l.action)).toEqual(
      expect.arrayContaining(["org.unit.rename", "org.unit.move", "org.unit.close"]),
    );
    expect(await auditCount()).toBeGreaterThan(audits);

    // The corrected file once more: nothing changes.
    const again = await importUnits(csv([HEADERS, ...fixed, closing]));
    expect(again).toMatchObject({ newCount: 0, changedCount: 0, unchangedCount: 5, errorCount: 0 });
  });

  it("codes typed in another case name the unit that bears them, in the database or the file", async () => {
    const { p, rows } = newTree();
    await importUnits(csv([HEADERS, ...rows]));
    const count = await unitCount();
    const lower = (c: string) => c.toLowerCase();
    const file = [
      // An existing unit by its code in lower case, with a corrected name: updated, not added.
      [
        lower(`${p}-H`),
        "Huyện Ngân Sơn (đã sửa)",
        "Huyện",
        "Huyện",
        lower(`${p}-T`),
        "01/01/2008",
        "",
        "",
        "01/01/2008",
      ],
      // A new unit under a parent the same file adds, named in another case.
      [`${p}-N`, "Xã Thượng Quan", "Xã", "Xã", `${p}-h2`, "01/01/2010", "", "", ""],
      [`${p}-H2`, "Huyện Na Rì", "Huyện", "Huyện", lower(`${p}-T`), "01/01/2008", "", "", ""],
    ];
    const job = await importUnits(csv([HEADERS, ...file]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 2, changedCount: 1 });
    expect(await unitCount()).toBe(count + 2);
    const h = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-H` } });
    expect(h.name).toBe("Huyện Ngân Sơn (đã sửa)");
    const h2 = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-H2` } });
    const n = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-N` } });
    expect(n.parentId).toBe(h2.id);
    expect(await prisma.unit.count({ where: { code: { in: [lower(`${p}-H`), `${p}-h2`] } } })).toBe(0);

    // One unit twice, in two cases: refused, nothing written.
    const twice = [rows[1], [lower(`${p}-T`), "Tỉnh Hòa Lâm (khác)", "Tỉnh", "Tỉnh", "", "01/01/2008", "", "", ""]];
    const refused = await previewUnits(csv([HEADERS, ...twice]));
    expect(refused.errors).toEqual([{ row: 3, column: "Mã đơn vị", message: expect.stringContaining("dòng 2") }]);
    // Two new units whose codes differ only in case: refused too.
    const twoNew = [
      [`${p}-NEW`, "Xã Mới Một", "Xã", "Xã", `${p}-H`, "01/01/2010", "", "", ""],
      [lower(`${p}-NEW`), "Xã Mới Hai", "Xã", "Xã", `${p}-H`, "01/01/2010", "", "", ""],
    ];
    const count2 = await unitCount();
    const refusedNew = await importUnits(csv([HEADERS, ...twoNew]));
    expect(refusedNew.errors).toEqual([{ row: 3, column: "Mã đơn vị", message: expect.stringContaining("dòng 2") }]);
    expect(await unitCount()).toBe(count2);
  });

  it("refuses to close a unit that still has active accounts, or to rename without a date", async () => {
    const { p, rows } = newTree();
    await importUnits(csv([HEADERS, ...rows]));
    const g = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-G` } });
    await createUser(prisma, { unitId: g.id, role: "UNIT_CADRE" });
    const fixed = rows.map((r) => [...r]);
    fixed[3][6] = "31/12/2025";
    fixed[1][1] = "Tỉnh Hòa Lâm mới";
    const job = await previewUnits(csv([HEADERS, ...fixed]));
    expect(job.errors).toEqual([
      {
        row: 3,
        column: "Tên dùng từ ngày",
        message:
          "Đổi tên hoặc loại đơn vị: nhập ngày bắt đầu dùng tên mới (hoặc giữ ngày cũ nếu chỉ sửa lỗi chính tả).",
      },
      {
        row: 5,
        column: "Hiệu lực đến ngày",
        message:
          "Không kết thúc được đơn vị: Đơn vị còn tài khoản đang hoạt động: khóa hoặc chuyển tài khoản trước, hoặc sáp nhập đơn vị.",
      },
    ]);
  });

  it("round trip: export → import → no change, also after a unit moved under a parent younger than itself", async () => {
    const { p, rows } = newTree();
    await importUnits(csv([HEADERS, ...rows]));
    // As a merger does: the cell of 2025 moves under a commune created in 2026 (a move has no date).
    const young = [`${p}-Y`, "Xã Tân Hợp", "Xã", "Xã", `${p}-T`, "01/12/2026", "", "", ""];
    expect(await importUnits(csv([HEADERS, young]))).toMatchObject({ status: "APPLIED", newCount: 1 });
    const cell = await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-G` } });
    expect(await moveUnit(w.admin, { unitId: cell.id, parentCode: `${p}-Y` })).toMatchObject({ ok: true });
    const chunks: Buffer[] = [];
    for await (const c of exportXlsx(unitsImport, w.admin)) chunks.push(c as Buffer);
    const exported = Buffer.concat(chunks);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Đơn vị")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    // Laid out as the template: required headers coloured with their note, the instructions sheet with its
    // heading row and a line per column, the hidden lists behind the drop-downs.
    const code = ws.getRow(1).getCell(1);
    expect(code.note).toBeTruthy();
    expect((code.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFCD5B4");
    const help = wb.getWorksheet("Hướng dẫn")!;
    expect((help.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Cột",
      "Bắt buộc",
      "Cách nhập",
      "Giá trị được chọn",
    ]);
    expect(help.getRow(2).getCell(1).value).toBe(HEADERS[0]);
    expect(wb.worksheets.find((s) => s.state === "hidden")).toBeTruthy();
    const kindColumn = HEADERS.indexOf("Loại đơn vị") + 1;
    expect(ws.getRow(2).getCell(kindColumn).dataValidation).toMatchObject({ type: "list" });
    const [units, audits] = [await unitCount(), await auditCount()];
    expect(ws.rowCount - 1).toBe(units);
    const job = await importUnits(exported, "xuat.xlsx");
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: units });
    expect(await unitCount()).toBe(units);
    expect(await auditCount()).toBe(audits + 1);
  });

  it("bad files: wrong columns, an extra sheet, formulas as text, UTF-16 and NFD text equal to NFC", async () => {
    const { p, rows } = newTree();
    const units = await unitCount();
    const missing = await previewUnits(csv([HEADERS.filter((h) => h !== "Cấp"), ...rows.map((r) => r.slice(0, 8))]));
    expect(missing).toMatchObject({ status: "FAILED", failure: "Thiếu cột: Cấp." });
    const extra = await previewUnits(
      await xlsx({ "Đơn vị": [HEADERS, ...rows], "Trang khác": [["x"]] }),
      "don-vi.xlsx",
    );
    expect(extra.failure).toBe("Tệp có trang tính thừa: Trang khác. Chỉ để lại trang dữ liệu (và trang “Hướng dẫn”).");
    expect(await unitCount()).toBe(units);

    // A formula is never evaluated: its text is the name.
    const withFormula = await xlsx({
      "Đơn vị": [HEADERS, [`${p}-F`, { formula: 'HYPERLINK("http://x","Tỉnh")' }, "Tỉnh", "Tỉnh", null, "01/01/2008"]],
    });
    expect((await importUnits(withFormula, "don-vi.xlsx")).errors).toEqual([]);
    expect((await prisma.unit.findUniqueOrThrow({ where: { code: `${p}-F` } })).name).toBe(
      '=HYPERLINK("http://x","Tỉnh")',
    );

    // Excel's "Unicode text" (UTF-16 LE, tab-separated) with decomposed letters: the same units, unchanged.
    await importUnits(csv([HEADERS, ...rows]));
    const tsv = [HEADERS, ...rows].map((r) => r.map((c) => c.normalize("NFD")).join("\t")).join("\r\n");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, "utf16le")]);
    const again = await importUnits(utf16, "unicode.txt");
    expect(again).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: 4, errorCount: 0 });
  });

  it("round trip over a real province (Bắc Kạn from the official data, with its 2025 successor)", async () => {
    await prisma.$transaction((tx) => importOrgTree(tx, { oldProvinceName: "Tỉnh Bắc Kạn" }), { timeout: 120_000 });
    const chunks: Buffer[] = [];
    let t0 = Date.now();
    for await (const c of exportXlsx(unitsImport, w.admin)) chunks.push(c as Buffer);
    const exportMs = Date.now() - t0;
    const units = await unitCount();
    t0 = Date.now();
    const job = await importUnits(Buffer.concat(chunks), "xuat.xlsx");
    const importMs = Date.now() - t0;
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: units });
    console.log(`units round trip: ${units} units, export ${exportMs} ms, preview + apply ${importMs} ms`);
    expect(units).toBeGreaterThan(500);
  }, 180_000);
});
