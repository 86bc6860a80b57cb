import "@/lib/import/exceljs-utf8-fix";
import fs from "node:fs";
import { PassThrough } from "node:stream";
import zlib from "node:zlib";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NO_MARKUP_MESSAGE } from "@/lib/validation/text";
import { prisma } from "@/lib/db/client";
import { IM } from "@/lib/i18n/import";
import type { Unit } from "@/lib/generated/prisma/client";
import { createCampaign, createModel, createUnit } from "@/tests/fixtures";
import { createWorld, type World } from "@/lib/models/test-world";
import { applyImport } from "./apply-import";
import { errorFile, exportXlsx } from "./export-file";
import { MODEL_COLUMNS } from "./models/columns";
import { modelsImport } from "./models/spec";
import { startImport } from "./start-import";
import { buildTemplate } from "./template";
import { downloadErrorFile } from "./download-error-file";
import { importFilePath } from "./file-store";
import { recordedRowsPath } from "./recorded-rows";
import { apply, csv, importFile, preview, setUpImportTests, xlsx } from "./test-helpers";

setUpImportTests();

const HEADERS = MODEL_COLUMNS.map((c) => c.header);
let w: World;
let rows: (string | number)[][];
let school: Unit;

beforeAll(async () => {
  w = await createWorld();
  // A unit of the province named in the file without its code (row 2 below).
  school = await createUnit(prisma, { parentId: w.tree.communeDirect.id, name: "Trường Tiểu học Khuổi Lừa" });
});

let seq = 0;
beforeEach(() => {
  const field = w.fields[0].name;
  seq++;
  rows = [
    // code, campaign, kind, field, title, unitCode, unitName, address, person, position, registered, outcome, recLevel, date, typical
    [
      `NK-${seq}-001`,
      w.campaign.code,
      "Tập thể",
      field,
      "Hiến đất làm đường liên thôn",
      w.tree.grassrootsDirect.code,
      "",
      "",
      "",
      "",
      "Xã",
      "Công nhận",
      "Tỉnh",
      "15/06/2023",
      "Xã",
    ],
    [
      `NK-${seq}-002`,
      w.campaign.code,
      "Cá nhân",
      field,
      "Vận động trẻ trở lại trường",
      "",
      // No code: found by its name, written without diacritics, in capitals and with a double space.
      "truong tieu hoc  KHUOI LUA",
      "thôn Khuổi Lừa, xã Tân Lập",
      "Hoàng Thị Mai",
      "Giáo viên",
      "Xã",
      "Không công nhận",
      "",
      "2023-07-01",
      "",
    ],
    [
      `NK-${seq}-003`,
      w.campaign.code,
      "tap the",
      field.toUpperCase(),
      "Tổ tự quản an ninh trật tự",
      w.tree.grassroots.code,
      "",
      "",
      "",
      "",
      "xa",
      "cong nhan",
      "Xã",
      45123,
      "",
    ],
  ];
});

async function countsOf() {
  const [models, recognitions, typicals, events, audits] = await Promise.all([
    prisma.model.count({ where: { code: { startsWith: "NK-" } } }),
    prisma.recognition.count({ where: { imported: true } }),
    prisma.typicalDesignation.count({ where: { imported: true } }),
    prisma.reviewEvent.count({ where: { imported: true } }),
    prisma.auditLog.count(),
  ]);
  return { models, recognitions, typicals, events, audits };
}

describe("models import", () => {
  it("previews, applies all-or-nothing, counts recognitions like the portal's, and a re-import changes nothing", async () => {
    const before = await countsOf();
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "PREVIEWED", totalRows: 3, newCount: 3, changedCount: 0, unchangedCount: 0 });
    // The preview says which unit the name was taken for.
    expect(job.result).toEqual({
      notes: [
        {
          row: 3,
          column: "Tên đơn vị",
          message: `“truong tieu hoc  KHUOI LUA” → Trường Tiểu học Khuổi Lừa (mã ${school.code})`,
        },
      ],
    });
    expect(await countsOf()).toEqual(before);

    const done = await apply(w.provinceOfficer, job);
    expect(done.status).toBe("APPLIED");
    const m1 = await prisma.model.findUniqueOrThrow({
      where: { code: `NK-${seq}-001` },
      include: { recognitions: true, typicals: true },
    });
    expect(m1).toMatchObject({
      imported: true,
      state: "RECOGNIZED",
      recognizedLevel: "PROVINCE",
      typicalLevel: "COMMUNE",
      registeredLevel: "COMMUNE",
      ownerUnitId: w.tree.grassrootsDirect.id,
      ownerUnitName: "Chi bộ thôn Nà Lẹng",
      reviewUnitId: w.tree.province.id,
    });
    expect(m1.ownerAddress).toBe("xã Tân Lập, tỉnh Minh Sơn");
    expect(m1.recognitions.map((r) => [r.level, r.unitId, r.imported]).sort()).toEqual([
      ["COMMUNE", w.tree.communeDirect.id, true],
      ["PROVINCE", w.tree.province.id, true],
    ]);
    expect(m1.typicals).toMatchObject([{ level: "COMMUNE", unitId: w.tree.communeDirect.id, imported: true }]);
    const m2 = await prisma.model.findUniqueOrThrow({ where: { code: `NK-${seq}-002` } });
    expect(m2).toMatchObject({
      kind: "INDIVIDUAL",
      state: "NOT_RECOGNIZED",
      personName: "Hoàng Thị Mai",
      // The school of the tree, not the importing officer's province; its name as the tree spells it.
      ownerUnitId: school.id,
      ownerUnitName: "Trường Tiểu học Khuổi Lừa",
      ownerAddress: "thôn Khuổi Lừa, xã Tân Lập",
      registeredWithUnitId: w.tree.communeDirect.id,
      reviewUnitId: w.tree.communeDirect.id,
    });
    // 45123 is the Excel serial of 16/07/2023.
    const m3 = await prisma.model.findUniqueOrThrow({
      where: { code: `NK-${seq}-003` },
      include: { recognitions: true },
    });
    expect(m3.recognitions[0].recognizedAt.toISOString()).toBe("2023-07-15T17:00:00.000Z");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "import.apply" } });
    expect(audit).toMatchObject({ actorId: w.provinceOfficer.userId, entity: "ImportJob", entityId: String(job.id) });
    expect(audit.data).toMatchObject({ fileName: "mo-hinh.csv", rows: { total: 3, new: 3, changed: 0, unchanged: 0 } });

    const afterFirst = await countsOf();
    const versions = await prisma.model.findMany({
      where: { imported: true },
      select: { id: true, version: true, updatedAt: true },
    });
    const again = await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(again).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: 3 });
    expect(await countsOf()).toEqual({ ...afterFirst, audits: afterFirst.audits + 1 });
    expect(
      await prisma.model.findMany({ where: { imported: true }, select: { id: true, version: true, updatedAt: true } }),
    ).toEqual(versions);
  });

  it("a corrected file updates what changed, with before/after in the audit log", async () => {
    await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    rows[0][4] = "Hiến đất làm đường liên thôn (bản sửa)";
    rows[0][14] = "";
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job).toMatchObject({ newCount: 0, changedCount: 1, unchangedCount: 2, errorCount: 0 });
    await apply(w.provinceOfficer, job);
    const m = await prisma.model.findUniqueOrThrow({ where: { code: `NK-${seq}-001` }, include: { typicals: true } });
    expect(m).toMatchObject({ title: "Hiến đất làm đường liên thôn (bản sửa)", typicalLevel: null, version: 2 });
    expect(m.typicals).toEqual([]);
    const a = await prisma.auditLog.findFirstOrThrow({
      where: { action: "model.import.update", entityId: String(m.id) },
      orderBy: { id: "desc" },
    });
    expect(a.data).toMatchObject({
      before: { title: "Hiến đất làm đường liên thôn", typicalLevel: "COMMUNE" },
      after: { title: "Hiến đất làm đường liên thôn (bản sửa)", typicalLevel: null },
    });
  });

  it("the dashboard figures it defers to the end of the apply equal a full rebuild, after a first and a corrected file (ADR 0056)", async () => {
    const snapshot = async () => ({
      facts: await prisma.$queryRawUnsafe(`SELECT * FROM "DashFact" ORDER BY "modelId"`),
      summary: await prisma.$queryRawUnsafe(
        `SELECT * FROM "DashSummary" WHERE registered <> 0 OR "notRecognized" <> 0 OR recognized <> 0
          ORDER BY "scopeId", "campaignId", yr, qtr, "fieldId", kind`,
      ),
      committee: await prisma.$queryRawUnsafe(
        `SELECT * FROM "DashCommittee" WHERE pending <> 0 OR "heldReviewed" <> 0 OR "movedOn" <> 0
          ORDER BY "unitId", "campaignId", yr, qtr`,
      ),
      units: await prisma.$queryRawUnsafe(
        `SELECT * FROM "DashUnitPeriod" WHERE registered <> 0 ORDER BY "campaignId", yr, qtr, "unitId"`,
      ),
    });
    const first = await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(first.status).toBe("APPLIED");
    const ids = (await prisma.model.findMany({ where: { code: { startsWith: `NK-${seq}-` } } })).map((m) => m.id);
    expect(await prisma.dashFact.count({ where: { modelId: { in: ids } } })).toBe(3);
    // Recognized at the province → not recognized; not recognized → recognized at the commune.
    rows[0].splice(11, 4, "Không công nhận", "", "15/06/2023", "");
    rows[1].splice(11, 4, "Công nhận", "Xã", "20/06/2023", "");
    const second = await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(second).toMatchObject({ status: "APPLIED", changedCount: 2, unchangedCount: 1 });
    const facts = await prisma.dashFact.findMany({ where: { modelId: { in: ids } }, orderBy: { modelId: "asc" } });
    expect(facts.map((f) => [f.state, f.recognized])).toEqual([
      ["NOT_RECOGNIZED", false],
      ["RECOGNIZED", true],
      ["RECOGNIZED", true],
    ]);
    const kept = await snapshot();
    await prisma.$executeRawUnsafe(`SELECT dash_rebuild()`);
    expect(await snapshot()).toEqual(kept);
  });

  it("reports every row error with row, column and a Vietnamese reason, and writes nothing", async () => {
    const bad = [
      ...rows,
      [
        rows[0][0],
        w.campaign.code,
        "Tập thể",
        w.fields[0].name,
        "Trùng mã",
        w.tree.grassrootsDirect.code,
        "",
        "",
        "",
        "",
        "Xã",
        "Công nhận",
        "Xã",
        "01/01/2024",
        "",
      ],
      [
        "NK-9",
        "KHONG-CO",
        "Nhóm",
        "Không có",
        "",
        w.tree.otherGrassroots.code,
        "",
        "",
        "",
        "",
        "Thôn",
        "Có",
        "",
        "31/02/2024",
        "",
      ],
      [
        "NK-10",
        w.campaign.code,
        "Cá nhân",
        w.fields[0].name,
        "Thiếu người",
        "",
        "Đơn vị ngoài",
        "",
        "",
        "",
        "Tỉnh",
        "Công nhận",
        "Xã",
        "01/01/2024",
        "Tỉnh",
      ],
      [
        "NK-11",
        w.campaign.code,
        "Cá nhân",
        w.fields[0].name,
        "Mô hình <img src=x onerror=alert(1)>",
        w.tree.grassrootsDirect.code,
        "",
        "",
        "Nguyễn <b>Văn</b> A",
        "",
        "Xã",
        "Công nhận",
        "Xã",
        "01/01/2024",
        "",
      ],
    ];
    const before = await countsOf();
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...bad]));
    const errs = job.errors as { row: number; column: string; message: string }[];
    expect(errs).toEqual(
      expect.arrayContaining([
        { row: 5, column: "Mã mô hình", message: "Mã bị trùng với dòng 2 trong tệp." },
        { row: 6, column: "Loại", message: "Giá trị không hợp lệ. Chọn một trong: Tập thể; Cá nhân." },
        { row: 6, column: "Tên mô hình", message: "Bắt buộc nhập." },
        { row: 6, column: "Cấp đăng ký", message: "Giá trị không hợp lệ. Chọn một trong: Xã; Huyện; Tỉnh." },
        { row: 6, column: "Ngày kết quả", message: "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)." },
        {
          row: 7,
          column: "Địa chỉ",
          message:
            "Không có đơn vị tên “Đơn vị ngoài” trong cây tổ chức: ghi địa chỉ của đơn vị, hoặc mã đơn vị vào cột “Mã đơn vị”.",
        },
        { row: 7, column: "Họ tên cá nhân", message: "Mô hình cá nhân cần họ tên cá nhân." },
        { row: 7, column: "Cấp công nhận", message: "Cấp công nhận không được thấp hơn cấp đăng ký." },
        { row: 8, column: "Tên mô hình", message: NO_MARKUP_MESSAGE },
        { row: 8, column: "Họ tên cá nhân", message: NO_MARKUP_MESSAGE },
      ]),
    );
    // Every error of a row in one upload, in column order: the campaign, field and unit it names are looked up
    // even though the row has errors of its own (before, these came only after the others were fixed).
    expect(errs.filter((e) => e.row === 6).map((e) => [e.column, e.message])).toEqual([
      ["Mã đợt thi đua", "Không tìm thấy đợt thi đua có mã “KHONG-CO” trong phạm vi bạn quản lý."],
      ["Loại", "Giá trị không hợp lệ. Chọn một trong: Tập thể; Cá nhân."],
      ["Lĩnh vực", "Không có lĩnh vực “Không có”."],
      ["Tên mô hình", "Bắt buộc nhập."],
      ["Mã đơn vị", `Không tìm thấy đơn vị có mã “${w.tree.otherGrassroots.code}” trong phạm vi bạn quản lý.`],
      ["Cấp đăng ký", "Giá trị không hợp lệ. Chọn một trong: Xã; Huyện; Tỉnh."],
      ["Kết quả", "Giá trị không hợp lệ. Chọn một trong: Công nhận; Không công nhận."],
      ["Ngày kết quả", "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)."],
    ]);
    // Rows with errors, not messages: row 6 alone has eight.
    expect(job.errorCount).toBe(new Set(errs.map((e) => e.row)).size);
    expect(job.errorCount).toBeLessThan(errs.length);
    expect(await applyImport(w.provinceOfficer, job)).toEqual({
      ok: false,
      message: expect.stringContaining("Tệp còn lỗi"),
    });
    expect(await countsOf()).toEqual(before);

    const file = await downloadErrorFile(w.provinceOfficer, job.id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file!.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Mô hình")!;
    expect(ws.getRow(1).getCell(HEADERS.length + 1).value).toBe("Lỗi");
    expect(String(ws.getRow(5).getCell(HEADERS.length + 1).value)).toContain("Mã mô hình: Mã bị trùng với dòng 2");
    expect(ws.getRow(2).getCell(HEADERS.length + 1).value ?? "").toBe("");
    // Every row stays (the corrected file goes back whole); the bad rows are tinted, the cells named coloured.
    expect(ws.rowCount).toBe(bad.length + 1);
    const codeColumn = HEADERS.indexOf("Mã mô hình") + 1;
    const argb = (row: number, col: number) =>
      (ws.getRow(row).getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(argb(5, codeColumn)).toBe("FFF8B4B4");
    expect(argb(5, HEADERS.indexOf("Tên mô hình") + 1)).toBe("FFFDE8E8");
    expect(argb(2, codeColumn)).toBeUndefined();
    // The template's instructions and drop-downs come along, so the file is fixed as the template is filled.
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Mô hình", "Hướng dẫn", "Danh mục"]);
    const kind = HEADERS.indexOf("Loại") + 1;
    const letter = String.fromCharCode(64 + kind);
    expect(
      (ws as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model,
    ).toHaveProperty([`${letter}2`, "type"], "list");
    // Sent back as it is, it reads: the same errors, the error column and the extra sheets ignored.
    const again = await preview(w.provinceOfficer, new Uint8Array(file!.bytes), "mo-hinh-loi.xlsx");
    expect(again.errors).toEqual(job.errors);
    // Its own error file has one "Lỗi" column, this pass's (the one sent back is not kept as a column).
    const second = new ExcelJS.Workbook();
    await second.xlsx.load((await downloadErrorFile(w.provinceOfficer, again.id))!.bytes as unknown as ArrayBuffer);
    const headerRow = (second.getWorksheet("Mô hình")!.getRow(1).values as unknown[]).slice(1);
    expect(headerRow).toEqual([...HEADERS, "Lỗi"]);
    // A message about the whole file, under the rows, is no data row when the file comes back.
    const withMessage = await errorFile(
      modelsImport,
      [...HEADERS],
      (async function* () {
        yield { row: 2, cells: rows[0] };
      })(),
      [],
      ["Tệp đã thay đổi từ lúc xem trước."],
    );
    const back = await preview(w.provinceOfficer, new Uint8Array(withMessage), "mo-hinh-loi.xlsx");
    expect(back.errors).toEqual([]);
    expect(back.totalRows).toBe(1);
    expect(await downloadErrorFile(w.admin, job.id)).toBeNull();
  });

  it("finds a unit by its name only when one unit of the scope bears it; else refuses the row and changes nothing", async () => {
    // Two hamlets' associations of the same name in two communes of the province, one of them renamed.
    const east1 = await createUnit(prisma, { parentId: w.tree.communeDirect.id, name: "Chi hội Phụ nữ thôn Đông" });
    const east2 = await createUnit(prisma, { parentId: w.tree.commune.id, name: "Chi hội Phụ nữ thôn Đông" });
    const renamed = await createUnit(prisma, {
      parentId: w.tree.communeDirect.id,
      name: "Chi hội Nông dân thôn Bản Giang",
      validFrom: new Date("2024-01-01T00:00:00Z"),
    });
    await prisma.unitName.create({
      data: {
        unitId: renamed.id,
        name: "Chi hội Nông dân thôn Nà Pài",
        kind: renamed.kind,
        validFrom: new Date("2008-01-01T00:00:00Z"),
        validTo: new Date("2023-12-31T00:00:00Z"),
      },
    });
    const row = (n: number, unitName: string, day = "10/05/2023") => {
      const r = [...rows[1]];
      r[0] = `NK-${seq}-T${n}`;
      r[6] = unitName;
      r[7] = "";
      r[13] = day;
      return r;
    };
    const before = await countsOf();
    const job = await preview(
      w.provinceOfficer,
      csv([HEADERS, row(1, "chi hoi phu nu thon dong"), row(2, "Hội Không Có")]),
    );
    expect(job.errors).toEqual([
      {
        row: 2,
        column: "Tên đơn vị",
        message: `Có 2 đơn vị tên “chi hoi phu nu thon dong” (mã ${[east1.code, east2.code].sort().join(", ")}). Ghi mã đơn vị vào cột “Mã đơn vị”.`,
      },
      // A unit outside the tree needs its address (it is kept as the file gives it).
      {
        row: 3,
        column: "Địa chỉ",
        message:
          "Không có đơn vị tên “Hội Không Có” trong cây tổ chức: ghi địa chỉ của đơn vị, hoặc mã đơn vị vào cột “Mã đơn vị”.",
      },
    ]);
    expect(await applyImport(w.provinceOfficer, job)).toMatchObject({ ok: false });
    expect(await countsOf()).toEqual(before);

    // The code settles the ambiguous one; the earlier name of a renamed unit finds it, printed as it was then;
    // a name no unit of the scope bears (another province's unit among them) stays the importer's, with the
    // file's name and address, and the preview says so.
    const fixed = [
      row(1, "chi hoi phu nu thon dong"),
      row(2, "chi hoi nong dan thon na pai"),
      row(3, "Hội Không Có"),
      row(4, w.tree.otherGrassroots.name),
    ];
    // The code typed in another case names the unit that bears it, as the forms find it.
    fixed[0][5] = east2.code.toLowerCase();
    expect(fixed[0][5]).not.toBe(east2.code);
    fixed[2][7] = "thôn Nà Làng, xã Tân Lập";
    fixed[3][7] = "xã khác, tỉnh khác";
    const checked = await preview(w.provinceOfficer, csv([HEADERS, ...fixed]));
    expect(checked.errors).toEqual([]);
    expect((checked.result as { notes: { row: number; column: string; message: string }[] }).notes).toEqual([
      { row: 3, column: "Tên đơn vị", message: expect.stringMatching(/^“chi hoi nong dan thon na pai” → /) },
      ...[
        [4, "Hội Không Có"],
        [5, w.tree.otherGrassroots.name],
      ].map(([r, name]) => ({
        row: r,
        column: "Tên đơn vị",
        message:
          `Không có đơn vị tên “${name}” trong phạm vi bạn quản lý: mô hình ghi dưới ${w.tree.province.name}, tên và địa chỉ ` +
          "giữ như trong tệp. Nếu đơn vị có trong cây tổ chức, ghi mã vào cột “Mã đơn vị”.",
      })),
    ]);
    const done = await importFile(w.provinceOfficer, csv([HEADERS, ...fixed]));
    expect(done).toMatchObject({ status: "APPLIED", newCount: 4, errorCount: 0 });
    for (const [n, name, address] of [
      [3, "Hội Không Có", "thôn Nà Làng, xã Tân Lập"],
      [4, w.tree.otherGrassroots.name, "xã khác, tỉnh khác"],
    ] as const) {
      expect(await prisma.model.findUniqueOrThrow({ where: { code: `NK-${seq}-T${n}` } })).toMatchObject({
        ownerUnitId: w.provinceOfficer.unitId,
        ownerUnitName: name,
        ownerAddress: address,
      });
    }
    expect(await prisma.model.findUniqueOrThrow({ where: { code: `NK-${seq}-T1` } })).toMatchObject({
      ownerUnitId: east2.id,
      ownerUnitName: "chi hoi phu nu thon dong",
    });
    expect(await prisma.model.findUniqueOrThrow({ where: { code: `NK-${seq}-T2` } })).toMatchObject({
      ownerUnitId: renamed.id,
      ownerUnitName: "Chi hội Nông dân thôn Nà Pài",
      registeredWithUnitId: w.tree.communeDirect.id,
    });
  });

  it("a unit outside the province officer's province is 'not found' (the administrator may import it)", async () => {
    rows[0][5] = w.tree.otherGrassroots.code;
    const job = await preview(w.provinceOfficer, csv([HEADERS, rows[0]]));
    expect(job.errors).toEqual([
      {
        row: 2,
        column: "Mã đơn vị",
        message: `Không tìm thấy đơn vị có mã “${w.tree.otherGrassroots.code}” trong phạm vi bạn quản lý.`,
      },
    ]);
    const byAdmin = await importFile(w.admin, csv([HEADERS, rows[0]]));
    expect(byAdmin).toMatchObject({ status: "APPLIED", newCount: 1 });
  });

  it("refuses the roles that may not import models, and a queued job of a now-forbidden actor writes nothing", async () => {
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer]) {
      expect(
        await startImport(actor, { kind: "MODELS", fileName: "a.csv", bytes: Buffer.from(csv([HEADERS, ...rows])) }),
      ).toEqual({
        ok: false,
        message: "Bạn không có quyền nhập loại dữ liệu này.",
      });
    }
    const before = await countsOf();
    const job = await preview(w.cadre, csv([HEADERS, ...rows]));
    expect(job).toMatchObject({ status: "FAILED", failure: "Bạn không có quyền nhập loại dữ liệu này." });
    expect(await countsOf()).toEqual(before);
    expect(await applyImport(w.communeReviewer, job)).toEqual({
      ok: false,
      message: "Không tìm thấy lượt nhập dữ liệu.",
    });
  });

  it("imports history into a campaign whose registration deadline has passed, or that is closed (ADR 0051)", async () => {
    const late = await createCampaign(prisma, {
      ownerUnitId: w.tree.province.id,
      registrationDeadline: new Date("2023-03-31T00:00:00Z"),
    });
    const closed = await createCampaign(prisma, {
      ownerUnitId: w.tree.province.id,
      status: "CLOSED",
      startDate: new Date("2023-01-01T00:00:00Z"),
      endDate: new Date("2023-12-31T00:00:00Z"),
      registrationDeadline: new Date("2023-03-31T00:00:00Z"),
    });
    rows[0][1] = late.code;
    rows[1][1] = closed.code;
    rows[2][1] = closed.code;
    const job = await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 3 });
    const models = await prisma.model.findMany({
      where: { code: { in: rows.map((r) => String(r[0])) } },
      select: { campaignId: true },
      orderBy: { code: "asc" },
    });
    expect(models.map((m) => m.campaignId)).toEqual([late.id, closed.id, closed.id]);
  });

  it("never overwrites a model registered in the portal", async () => {
    const portal = await createModel(prisma, {
      ownerUnitId: w.tree.grassrootsDirect.id,
      campaignId: w.campaign.id,
      state: "RECOGNIZED",
    });
    rows[0][0] = portal.code;
    const job = await preview(w.provinceOfficer, csv([HEADERS, rows[0]]));
    expect(job.errors).toEqual([
      {
        row: 2,
        column: "Mã mô hình",
        message: "Mã này là mô hình đăng ký trực tiếp trên cổng; không sửa được bằng tệp nhập.",
      },
    ]);
    expect(await prisma.model.findUniqueOrThrow({ where: { id: portal.id } })).toEqual(portal);
  });

  it("the apply reads the rows its preview recorded instead of the spreadsheet, and still checks them against the database (ADR 0056)", async () => {
    const file = await xlsx({ "Mô hình": [HEADERS, ...rows] });
    const a = await preview(w.provinceOfficer, file, "a.xlsx");
    expect(a).toMatchObject({ status: "PREVIEWED", errorCount: 0, newCount: 3 });
    const upload = importFilePath(a.storageKey);
    expect(fs.existsSync(recordedRowsPath(upload))).toBe(true);
    // Were the spreadsheet read again, this apply would end "not a spreadsheet".
    fs.writeFileSync(upload, "không còn là tệp XLSX");
    expect(await apply(w.provinceOfficer, a)).toMatchObject({ status: "APPLIED", newCount: 3 });
    const written = await prisma.model.findMany({
      where: { code: { startsWith: `NK-${seq}-00` } },
      orderBy: { code: "asc" },
      include: { events: true },
    });
    // A date cell, a text date, a serial number (45123 = 16/07/2023) and loose spellings ("tap the", "xa")
    // came through the recording as they read from the spreadsheet.
    expect(written.map((m) => [m.kind, m.registeredLevel, m.state, m.events[0].createdAt.toISOString()])).toEqual([
      ["COLLECTIVE", "COMMUNE", "RECOGNIZED", "2023-06-14T17:00:00.000Z"],
      ["INDIVIDUAL", "COMMUNE", "NOT_RECOGNIZED", "2023-06-30T17:00:00.000Z"],
      ["COLLECTIVE", "COMMUNE", "RECOGNIZED", "2023-07-15T17:00:00.000Z"],
    ]);
    expect(fs.existsSync(recordedRowsPath(upload))).toBe(false);

    // A model registered in the portal meanwhile under one of the file's codes: the apply still refuses it.
    const next = rows.map((r, i) => [`NK-${seq}-1${i}`, ...r.slice(1)]);
    const b = await preview(w.provinceOfficer, await xlsx({ "Mô hình": [HEADERS, ...next] }), "b.xlsx");
    expect(b).toMatchObject({ status: "PREVIEWED", errorCount: 0 });
    const portal = await createModel(prisma, { ownerUnitId: w.tree.grassrootsDirect.id, campaignId: w.campaign.id });
    await prisma.model.update({ where: { id: portal.id }, data: { code: `NK-${seq}-11` } });
    const after = await apply(w.provinceOfficer, b);
    expect(after).toMatchObject({ status: "PREVIEWED", errorCount: 1, failure: IM.job.changedSincePreview });
    expect(await prisma.model.count({ where: { code: { in: [`NK-${seq}-10`, `NK-${seq}-12`] } } })).toBe(0);
    expect(fs.existsSync(recordedRowsPath(importFilePath(b.storageKey)))).toBe(true);

    // A preview with errors records nothing.
    const bad = await preview(
      w.provinceOfficer,
      await xlsx({ "Mô hình": [HEADERS, [...rows[0].slice(0, 13), "31/02/2023"]] }),
      "c.xlsx",
    );
    expect(bad.errorCount).toBe(1);
    expect(fs.existsSync(recordedRowsPath(importFilePath(bad.storageKey)))).toBe(false);
  });

  it("two applies of the same preview: the second is refused (no longer previewed), the file is written once", async () => {
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(await applyImport(w.provinceOfficer, job)).toEqual({ ok: true });
    expect(await applyImport(w.provinceOfficer, job)).toEqual({ ok: false, message: IM.job.notReady });
  });

  it("round trip: export → import → no change", async () => {
    await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    await createModel(prisma, {
      ownerUnitId: w.tree.grassroots.id,
      campaignId: w.campaign.id,
      state: "RECOGNIZED",
      typical: true,
    });
    rows[0][4] = '=HYPERLINK("http://x")';
    rows[0][0] = `NK-${seq}-004`;
    await importFile(w.provinceOfficer, csv([HEADERS, rows[0]]));
    const chunks: Buffer[] = [];
    for await (const c of exportXlsx(modelsImport, w.provinceOfficer)) chunks.push(c as Buffer);
    const exported = Buffer.concat(chunks);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Mô hình")!;
    const titles = ws.getColumn(5).values.slice(2).map(String);
    expect(titles).toContain('\'=HYPERLINK("http://x")');
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const before = await countsOf();
    const job = await importFile(w.provinceOfficer, exported, "xuat.xlsx");
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: ws.rowCount - 1 });
    expect(job.unchangedCount).toBeGreaterThanOrEqual(5);
    expect(await countsOf()).toEqual({ ...before, audits: before.audits + 1 });
    expect((await prisma.model.findUniqueOrThrow({ where: { code: `NK-${seq}-004` } })).title).toBe(
      '=HYPERLINK("http://x")',
    );
  });

  it("the template has an instructions sheet and drop-downs, and a filled template imports", async () => {
    const bytes = await buildTemplate(modelsImport, w.provinceOfficer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Mô hình", "Hướng dẫn", "Danh mục"]);
    const data = wb.getWorksheet("Mô hình")!;
    expect(data.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<dataValidation type="list"[^>]*sqref="C2:C5001"/);
    expect(sheetXml).toContain("<formula1>&apos;Danh mục&apos;!$B$2:$B$3</formula1>");
    const lists = wb.getWorksheet("Danh mục")!;
    expect(lists.getColumn(1).values).toContain(w.campaign.code);
    for (const [i, r] of rows.entries())
      data.getRow(i + 2).values = r.map((v, j) =>
        j === 13 && typeof v === "string" && v.includes("/") ? new Date(Date.UTC(2023, 5, 15)) : v,
      );
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await importFile(w.provinceOfficer, filled, "mau.xlsx");
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 3 });
  });

  it("the template marks the required columns, and a row not reviewed yet is refused naming the column", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(modelsImport, w.provinceOfficer)) as unknown as ArrayBuffer);
    const help = wb.getWorksheet("Hướng dẫn")!;
    expect(help.getRow(1).values).toEqual([undefined, "Cột", "Bắt buộc", "Cách nhập", "Giá trị được chọn"]);
    const required = MODEL_COLUMNS.map((c, i) => [c.header, help.getRow(i + 2).getCell(2).value]);
    expect(required.filter(([, v]) => v === "Bắt buộc").map(([h]) => h)).toEqual([
      "Mã mô hình",
      "Mã đợt thi đua",
      "Loại",
      "Lĩnh vực",
      "Tên mô hình",
      "Cấp đăng ký",
      "Kết quả",
      "Ngày kết quả",
    ]);
    const data = wb.getWorksheet("Mô hình")!;
    const outcome = data.getRow(1).getCell(MODEL_COLUMNS.findIndex((c) => c.key === "outcome") + 1);
    expect(outcome.note).toBe("Cột bắt buộc: mọi dòng phải có giá trị.");
    expect(outcome.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFCD5B4" } });
    expect(data.getRow(1).getCell(MODEL_COLUMNS.findIndex((c) => c.key === "address") + 1).note).toBeUndefined();

    // A model registered but not reviewed yet: no outcome, no date.
    const pending = [...rows[0]];
    pending[11] = "";
    pending[12] = "";
    pending[13] = "";
    pending[14] = "";
    const job = await preview(w.provinceOfficer, csv([HEADERS, pending]));
    expect(job.errors).toEqual([
      {
        row: 2,
        column: "Kết quả",
        message:
          "Thiếu cột “Kết quả” (bắt buộc: Công nhận hoặc Không công nhận). Tệp chỉ nhận mô hình đã có kết quả " +
          "thẩm định; mô hình chưa thẩm định hãy đăng ký trên cổng.",
      },
      { row: 2, column: "Ngày kết quả", message: "Thiếu cột “Ngày kết quả” (bắt buộc, dạng dd/mm/yyyy)." },
    ]);
    expect(job.errorCount).toBe(1);
  });
});

describe("models import: bad files get a clear report and change nothing", () => {
  async function expectRefused(content: string | Uint8Array, fileName: string, message: string | RegExp) {
    const before = await countsOf();
    const job = await preview(w.provinceOfficer, content, fileName);
    expect(job.status).toBe("FAILED");
    expect(job.failure).toMatch(message);
    expect(await countsOf()).toEqual(before);
  }

  it("missing and unknown columns", async () => {
    await expectRefused(csv([HEADERS.slice(1), ...rows.map((r) => r.slice(1))]), "a.csv", "Thiếu cột: Mã mô hình.");
    await expectRefused(csv([[...HEADERS, "Ghi chú"], ...rows]), "a.csv", "Cột không có trong mẫu: Ghi chú.");
  });

  it("extra sheets, merged cells", async () => {
    await expectRefused(
      await xlsx({ "Mô hình": [HEADERS, ...rows], Sheet2: [["x"]] }),
      "a.xlsx",
      "Tệp có trang tính thừa: Sheet2.",
    );
    await expectRefused(await xlsx({ Sheet1: [HEADERS, ...rows] }), "a.xlsx", "Không tìm thấy trang tính “Mô hình”");
    await expectRefused(
      await xlsx({ "Mô hình": [HEADERS, ...rows] }, (wb) => wb.getWorksheet("Mô hình")!.mergeCells("E2:E3")),
      "a.xlsx",
      /ô bị gộp/,
    );
  });

  it("formulas are imported as text, never evaluated; text, serial and date-cell dates all read", async () => {
    const r = [...rows[0]] as ExcelJS.CellValue[];
    r[4] = { formula: 'HYPERLINK("http://evil","Bấm")' } as ExcelJS.CellFormulaValue;
    r[13] = new Date(Date.UTC(2023, 5, 15));
    const job = await importFile(w.provinceOfficer, await xlsx({ "Mô hình": [HEADERS, r, rows[2]] }), "f.xlsx");
    expect(job.errors).toEqual([]);
    const m = await prisma.model.findUniqueOrThrow({
      where: { code: `NK-${seq}-001` },
      include: { recognitions: true },
    });
    expect(m.title).toBe('=HYPERLINK("http://evil","Bấm")');
    expect(m.recognitions[0].recognizedAt.toISOString()).toBe("2023-06-14T17:00:00.000Z");
  });

  it("UTF-8 with BOM, UTF-16 LE (Excel's Unicode text, tab-separated) and NFD text read the same", async () => {
    const bom = "\ufeff" + csv([HEADERS, ...rows]);
    expect((await preview(w.provinceOfficer, bom)).errors).toEqual([]);
    const tsv = [HEADERS, ...rows].map((r) => r.join("\t")).join("\r\n");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, "utf16le")]);
    const j16 = await preview(w.provinceOfficer, utf16, "unicode.txt");
    expect(j16.errors).toEqual([]);
    expect(j16.newCount).toBe(3);
    await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    const nfd = csv([
      HEADERS.map((h) => h.normalize("NFD")),
      ...rows.map((r) => r.map((c) => (typeof c === "string" ? c.normalize("NFD") : c))),
    ]);
    expect(await preview(w.provinceOfficer, nfd)).toMatchObject({ errorCount: 0, unchangedCount: 3, newCount: 0 });
  });

  it("a 50 MB file, a zip bomb, a renamed PDF, an old .xls", async () => {
    await expectRefused(
      Buffer.alloc(50 * 1024 * 1024, 0x41),
      "big.csv",
      "Tệp lớn hơn 20 MB. Hãy chia thành nhiều tệp nhỏ hơn.",
    );
    const bomb = await xlsx({ "Mô hình": [HEADERS, ...rows] }, (wb) => {
      const ws = wb.getWorksheet("Mô hình")!;
      for (let i = 0; i < 40; i++) ws.getCell(`P${i + 10}`).value = "0".repeat(32_000) + i;
    });
    // Real bombs have a tiny archive and a huge part; checked in zip-check.test.ts too.
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(bomb, "bomb.xlsx", /giải nén lớn bất thường/);
    await expectRefused(
      Buffer.concat([Buffer.from("%PDF-1.7\n"), zlib.deflateSync(Buffer.alloc(5000, 7))]),
      "a.csv",
      /không phải bảng tính/,
    );
    await expectRefused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "a.xlsx", /97–2003/);
    await expectRefused(Buffer.from("PK\u0003\u0004garbage"), "a.xlsx", /không phải bảng tính/);
  });

  it("an empty file and a header-only file", async () => {
    await expectRefused(csv([HEADERS]), "h.csv", "Tệp không có dòng dữ liệu nào.");
  });
});

describe("large XLSX files", () => {
  it("Vietnamese text split across the streaming reader's chunks arrives intact (15,000 rows, inline strings)", async () => {
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on("data", (c: Buffer) => parts.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet("Mô hình");
    ws.addRow(HEADERS).commit();
    for (let i = 0; i < 15_000; i++) {
      const r = [...rows[0]];
      r[0] = `NK-${seq}-L${i}`;
      r[3] = w.fields[i % w.fields.length].name;
      r[4] = `Mô hình “Dân vận khéo” số ${i}: vận động nhân dân hiến đất, xây dựng nông thôn mới ở bản Khuổi Lừa`;
      ws.addRow(r).commit();
    }
    ws.commit();
    await wb.commit();
    const job = await preview(w.provinceOfficer, Buffer.concat(parts), "lon.xlsx");
    expect(job.errors).toEqual([]);
    expect(job.newCount).toBe(15_000);
  }, 120_000);
});
