import "@/lib/import/exceljs-utf8-fix";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { NO_MARKUP_MESSAGE } from "@/lib/validation/text";
import { prisma } from "@/lib/db/client";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { createDecision } from "@/lib/decisions/create-decision";
import { getDecision } from "@/lib/decisions/get-decision";
import { issueDecision } from "@/lib/decisions/issue-decision";
import { listDecisions } from "@/lib/decisions/list-decisions";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { updateDecision } from "@/lib/decisions/update-decision";
import {
  createDecisionWorld,
  decisionInput,
  decisionSnapshot,
  foreignModel,
  recognizedModel,
  type DecisionWorld,
} from "@/lib/decisions/test-world";
import { buildHonoreeListDocument } from "@/lib/exports/honoree-list";
import { vnTodayIso } from "@/lib/models/dates";
import { applyImport } from "./apply-import";
import { DECISION_COLUMNS } from "./decisions/columns";
import { decisionsImport } from "./decisions/spec";
import { exportXlsx } from "./export-file";
import { startImport } from "./start-import";
import { buildTemplate } from "./template";
import { apply, csv, importFile as importAny, preview as previewAny, setUpImportTests, xlsx } from "./test-helpers";

setUpImportTests();

const HEADERS = DECISION_COLUMNS.map((c) => c.header);
type Actor = DecisionWorld["provinceOfficer"];
const preview = (a: Actor, content: string | Uint8Array, name = "quyet-dinh.csv") =>
  previewAny(a, content, name, "DECISIONS");
const importFile = (a: Actor, content: string | Uint8Array, name = "quyet-dinh.csv") =>
  importAny(a, content, name, "DECISIONS");

let w: DecisionWorld;
let collective: Awaited<ReturnType<typeof recognizedModel>>;
let person: Awaited<ReturnType<typeof recognizedModel>>;
let notRecognized: Awaited<ReturnType<typeof recognizedModel>>;
let partyLabel: string;

beforeAll(async () => {
  w = await createDecisionWorld();
  collective = await recognizedModel(w, "COLLECTIVE");
  person = await recognizedModel(w, "INDIVIDUAL");
  notRecognized = await recognizedModel(w, "COLLECTIVE", "UNDER_REVIEW");
  partyLabel = `${w.partyIssuer.name} – ${w.partyIssuer.parentName}`;
});

let seq = 100;
let rows: (string | number)[][];
/** One decision row: issuer, number, date, award, signer, signer title, title, campaign | section, order, honorific, name, position, address, model title, model code. */
function line(
  number: string,
  section: string,
  order: number | string,
  name: string,
  extra: Partial<Record<string, string>> = {},
) {
  const v: Record<string, string | number> = {
    "Cơ quan ban hành": partyLabel,
    "Số quyết định": number,
    "Ngày quyết định": "16/12/2024",
    "Hình thức khen thưởng": "Bằng khen",
    "Người ký": "Hà Văn Toàn",
    "Chức vụ người ký": "Phó Bí thư Thường trực",
    "Trích yếu": "Quyết định khen thưởng tập thể, cá nhân điển hình trong phong trào thi đua “Dân vận khéo” năm 2024",
    "Mã đợt thi đua": "",
    Phần: section,
    STT: order,
    "Danh xưng": "",
    "Tên tập thể, cá nhân": name,
    "Chức vụ": "",
    "Địa chỉ": "",
    "Tên mô hình": "",
    "Mã mô hình": "",
    ...extra,
  };
  return HEADERS.map((h) => v[h] ?? "");
}

beforeEach(() => {
  seq++;
  const n = `${seq}-QĐ/TU`;
  rows = [
    line(n, "Tập thể", 1, "Chi bộ thôn Nà Lẹng", {
      "Địa chỉ": "xã Tân Lập, huyện Minh Sơn",
      "Mã mô hình": collective.code,
    }),
    // Later lines of the same decision may leave the decision's other columns blank.
    line(n, "Tập thể", 2, "Hội Phụ nữ xã Tân Lập", {
      "Địa chỉ": "huyện Minh Sơn",
      "Hình thức khen thưởng": "",
      "Người ký": "",
      "Chức vụ người ký": "",
      "Trích yếu": "",
    }),
    line(n, "Cá nhân", 1, "Hoàng Thị Mai", {
      "Danh xưng": "Bà",
      "Chức vụ": "Bí thư chi bộ",
      "Địa chỉ": "thôn Khuổi Lừa, xã Tân Lập",
      "Mã mô hình": person.code,
    }),
    line(n, "Cá nhân", 2, "Nông Văn Dũng", { "Danh xưng": "Ông", "Địa chỉ": "xã Tân Lập" }),
  ];
});

const numberOf = () => seq;

async function findImported(number = numberOf(), issuerId = w.partyIssuer.id) {
  return prisma.decision.findFirst({
    where: { issuerId, number },
    include: { honorees: { orderBy: [{ kind: "asc" }, { sortOrder: "asc" }] }, events: true },
  });
}

describe("past decisions import", () => {
  it("previews, writes nothing, then imports an issued, read-only decision that prints and counts like an issued one", async () => {
    const before = await decisionSnapshot();
    const dashBefore = await getDashboard(w.provinceOfficer, {});
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "PREVIEWED", totalRows: 4, newCount: 4, changedCount: 0, unchangedCount: 0 });
    expect(await decisionSnapshot()).toEqual(before);

    const done = await apply(w.provinceOfficer, job);
    expect(done.status).toBe("APPLIED");
    const d = (await findImported())!;
    expect(d).toMatchObject({
      imported: true,
      status: "ISSUED",
      register: "2020-2025",
      number: numberOf(),
      numberText: `${numberOf()}-QĐ/TU`,
      awardForm: "BANG_KHEN",
      signerName: "Hà Văn Toàn",
      createdById: w.provinceOfficer.userId,
    });
    expect(d.decisionDate.toISOString()).toBe("2024-12-16T00:00:00.000Z");
    expect(d.honorees.map((h) => [h.kind, h.sortOrder, h.honorific, h.name, h.position, h.address, h.modelId])).toEqual(
      [
        ["COLLECTIVE", 1, null, "Chi bộ thôn Nà Lẹng", null, "xã Tân Lập, huyện Minh Sơn", collective.id],
        ["COLLECTIVE", 2, null, "Hội Phụ nữ xã Tân Lập", null, "huyện Minh Sơn", null],
        ["INDIVIDUAL", 1, "FEMALE", "Hoàng Thị Mai", "Bí thư chi bộ", "thôn Khuổi Lừa, xã Tân Lập", person.id],
        ["INDIVIDUAL", 2, "MALE", "Nông Văn Dũng", null, "xã Tân Lập", null],
      ],
    );
    // A line linked to a model takes the model's title for the list's "Mô hình" column.
    expect(d.honorees[0].modelTitle).toBe(collective.title);
    // The linked models get the "Khen thưởng" step issuing writes, marked imported, dated on the decision.
    expect(d.events.map((e) => [e.modelId, e.action, e.imported, e.unitId]).sort()).toEqual(
      [
        [collective.id, "COMMEND", true, w.tree.province.id],
        [person.id, "COMMEND", true, w.tree.province.id],
      ].sort(),
    );
    expect(d.events[0].createdAt.toISOString()).toBe("2024-12-15T17:00:00.000Z");
    expect(d.events[0].comment).toBe(`Khen thưởng tại Quyết định số ${numberOf()}-QĐ/TU ngày 16/12/2024`);
    const a = await prisma.auditLog.findFirstOrThrow({
      where: { action: "decision.import.create", entityId: String(d.id) },
    });
    expect(a.data).toMatchObject({ fileName: "quyet-dinh.csv", numberText: `${numberOf()}-QĐ/TU`, honorees: 4 });

    // Listed, printed and counted like an issued one.
    const list = await listDecisions(w.provinceOfficer, { q: `${numberOf()}-QĐ/TU` });
    expect(list.ok && list.items.map((i) => [i.id, i.status, i.imported, i.honoreeCount])).toEqual([
      [d.id, "ISSUED", true, 4],
    ]);
    const got = await getDecision(w.provinceOfficer, d.id);
    const doc = buildHonoreeListDocument(got.ok ? got.decision : (undefined as never));
    expect(doc.draft).toBe(false);
    expect(doc.numberLine).toBe(`Số ${numberOf()}-QĐ/TU`);
    expect(doc.collectives.map((l) => [l.no, l.displayName, l.unitAddress])).toEqual([
      [1, "Chi bộ thôn Nà Lẹng", "xã Tân Lập, huyện Minh Sơn"],
      [2, "Hội Phụ nữ xã Tân Lập", "huyện Minh Sơn"],
    ]);
    expect(doc.individuals.map((l) => [l.no, l.displayName, l.unitAddress])).toEqual([
      [1, "Bà Hoàng Thị Mai", "Bí thư chi bộ, thôn Khuổi Lừa, xã Tân Lập"],
      [2, "Ông Nông Văn Dũng", "xã Tân Lập"],
    ]);
    const dash = await getDashboard(w.provinceOfficer, {});
    expect(dash.ok && dashBefore.ok && dash.dashboard.honorees).toEqual({
      collective: (dashBefore.ok ? dashBefore.dashboard.honorees.collective : 0) + 1,
      individual: (dashBefore.ok ? dashBefore.dashboard.honorees.individual : 0) + 1,
    });

    // Read-only: no reopening, no editing.
    const snap = await decisionSnapshot();
    expect(
      await reopenDecision(w.provinceOfficer, { id: d.id, version: d.version, reason: "Sửa lại tên một tập thể" }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("nhập từ tệp"),
    });
    expect(
      await updateDecision(w.provinceOfficer, { id: d.id, version: d.version, removeHonoreeIds: [d.honorees[0].id] }),
    ).toMatchObject({
      ok: false,
    });
    expect(await decisionSnapshot()).toEqual(snap);

    // The same file again changes nothing.
    const again = await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(again).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: 4 });
    const after = await decisionSnapshot();
    expect(after).toEqual(snap);
  });

  it("a corrected file updates the decision and its lines, with before/after in the audit log", async () => {
    await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    const first = (await findImported())!;
    rows[3][HEADERS.indexOf("Tên tập thể, cá nhân")] = "Nông Văn Dũng (sửa)";
    for (const r of rows) if (r[HEADERS.indexOf("Người ký")]) r[HEADERS.indexOf("Người ký")] = "Hà Văn Toàn (sửa)";
    rows.splice(1, 1);
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ newCount: 0, changedCount: 1, unchangedCount: 2 });
    await apply(w.provinceOfficer, job);
    const d = (await findImported())!;
    expect(d.id).toBe(first.id);
    expect(d.version).toBe(first.version + 1);
    expect(d.signerName).toBe("Hà Văn Toàn (sửa)");
    expect(d.honorees.map((h) => h.name)).toEqual(["Chi bộ thôn Nà Lẹng", "Hoàng Thị Mai", "Nông Văn Dũng (sửa)"]);
    // The timeline steps are rewritten, not added to.
    expect(d.events.filter((e) => e.action === "COMMEND")).toHaveLength(2);
    const a = await prisma.auditLog.findFirstOrThrow({
      where: { action: "decision.import.update", entityId: String(d.id) },
    });
    expect(a.data).toMatchObject({
      before: {
        signerName: "Hà Văn Toàn",
        honorees: expect.arrayContaining([expect.objectContaining({ name: "Hội Phụ nữ xã Tân Lập" })]),
      },
      after: { signerName: "Hà Văn Toàn (sửa)" },
    });
  });

  it("reports every bad cell with row, column and a Vietnamese reason, and writes nothing", async () => {
    const portal = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collective.id], { number: 7, decisionDate: "2024-03-01" }),
    );
    if (!portal.ok) throw new Error("setup");
    const issued = await issueDecision(w.provinceOfficer, { id: portal.id, version: portal.version });
    expect(issued.ok).toBe(true);
    const n = `${numberOf()}-QĐ/TU`;
    const bad = [
      ...rows,
      line(n, "Tập thể", 1, "Trùng số thứ tự"), // row 6
      line(n, "Tập thể", 3, "Hội Phụ nữ xã Tân Lập", { "Địa chỉ": "huyện Minh Sơn" }), // row 7
      line(n, "Tập thể", 4, "", { "Mã mô hình": collective.code, "Người ký": "Người khác" }), // row 8
      line("8-QĐ/TU", "Cá nhân", 1, "Ngoài phạm vi", { "Mã mô hình": (await foreignModel(w)).code }), // row 9
      line("8-QĐ/TU", "Tập thể", 1, "Chưa công nhận", { "Mã mô hình": notRecognized.code }), // row 10
      line("8-QĐ/TU", "Tập thể", 2, "Sai phần", { "Mã mô hình": person.code }), // row 11
      line("9", "Tập thể", 1, "A", { "Cơ quan ban hành": "BAN KHÔNG CÓ" }), // row 12
      line("9", "Tập thể", 1, "A", { "Ngày quyết định": "31/02/2024" }), // row 13
      line("9", "Tập thể", 1, "A", { "Số quyết định": "9-QĐ/UBND" }), // row 14
      line("7", "Tập thể", 1, "Số đã dùng", { "Ngày quyết định": "01/03/2024" }), // row 15
      line("10", "Nhóm", "x", "B", { "Danh xưng": "Cô", "Hình thức khen thưởng": "Huân chương" }), // row 16
      line("11", "Tập thể", 1, "C", { "Ngày quyết định": "01/01/2099" }), // row 17
      line("12", "Tập thể", 1, "D", {
        "Cơ quan ban hành": `${w.absorbedIssuer.name} – ${w.absorbedIssuer.parentName}`,
        "Ngày quyết định": "15/08/2025",
      }), // row 18
      line("13", "Tập thể", 1, "E", { "Người ký": "" }), // row 19
      line("14", "Tập thể", 1, "F", { "Danh xưng": "Ông" }), // row 20
      line("15", "Cá nhân", 1, "<b>G</b>", { "Chức vụ": "<script>x</script>" }), // row 21
    ];
    const before = await decisionSnapshot();
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...bad]));
    const errs = job.errors as { row: number; column: string; message: string }[];
    expect(errs).toEqual(
      expect.arrayContaining([
        { row: 6, column: "STT", message: "Số thứ tự bị trùng với dòng 2 trong cùng phần của quyết định." },
        {
          row: 7,
          column: "Tên tập thể, cá nhân",
          message: "Dòng trùng với dòng 3 (cùng phần, tên, chức vụ, địa chỉ và mô hình) của quyết định.",
        },
        { row: 8, column: "Mã mô hình", message: "Mô hình đã có ở dòng 2 của cùng quyết định." },
        {
          row: 8,
          column: "Người ký",
          message: "Khác với dòng 2 của cùng quyết định (các dòng của một quyết định phải giống nhau).",
        },
        {
          row: 9,
          column: "Mã mô hình",
          message: expect.stringMatching(/^Không tìm thấy mô hình có mã .* trong phạm vi bạn quản lý\.$/),
        },
        { row: 10, column: "Mã mô hình", message: expect.stringContaining("chưa được công nhận") },
        { row: 11, column: "Mã mô hình", message: `Mô hình ${person.code} không phải mô hình tập thể.` },
        {
          row: 12,
          column: "Cơ quan ban hành",
          message: "Không tìm thấy cơ quan ban hành “BAN KHÔNG CÓ” trong phạm vi bạn quản lý.",
        },
        { row: 13, column: "Ngày quyết định", message: "Ngày không hợp lệ (nhập theo dạng dd/mm/yyyy)." },
        {
          row: 14,
          column: "Số quyết định",
          message: "Số “9-QĐ/UBND” không đúng ký hiệu “QĐ/TU” của cơ quan ban hành.",
        },
        {
          row: 15,
          column: "Số quyết định",
          message:
            "Số 7-QĐ/TU trong sổ 2020-2025 đã được dùng cho một quyết định ban hành trên cổng; không sửa được bằng tệp nhập.",
        },
        { row: 16, column: "Phần", message: "Giá trị không hợp lệ. Chọn một trong: Tập thể; Cá nhân." },
        { row: 16, column: "STT", message: "Số thứ tự phải là số nguyên dương." },
        { row: 16, column: "Danh xưng", message: "Giá trị không hợp lệ. Chọn một trong: Ông; Bà." },
        {
          row: 16,
          column: "Hình thức khen thưởng",
          message: "Giá trị không hợp lệ. Chọn một trong: Bằng khen; Giấy khen; Giấy chứng nhận.",
        },
        { row: 17, column: "Ngày quyết định", message: expect.stringContaining("không được sau hôm nay") },
        {
          row: 18,
          column: "Cơ quan ban hành",
          message: expect.stringContaining("không phải là cơ quan ban hành vào ngày 15/08/2025"),
        },
        { row: 19, column: "Người ký", message: "Bắt buộc nhập (ít nhất ở một dòng của quyết định)." },
        { row: 20, column: "Danh xưng", message: "Tập thể không có danh xưng: để trống." },
        { row: 21, column: "Tên tập thể, cá nhân", message: NO_MARKUP_MESSAGE },
        { row: 21, column: "Chức vụ", message: NO_MARKUP_MESSAGE },
      ]),
    );
    expect(job.errorCount).toBe(new Set(errs.map((e) => e.row)).size);
    expect(await applyImport(w.provinceOfficer, job)).toEqual({
      ok: false,
      message: expect.stringContaining("Tệp còn lỗi"),
    });
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("a column blank on every line of a decision is reported in the same pass as its lines' errors", async () => {
    const blank = { "Hình thức khen thưởng": "", "Người ký": "", "Chức vụ người ký": "", "Trích yếu": "" };
    const file = [
      // Number 41: every line has an error of its own and no line has a title or signer.
      line("41-QĐ/TU", "Tập thể", "x", "A", blank), // row 2
      line("41-QĐ/TU", "Nhóm", 2, "B", blank), // row 3
      // Number 42: the title and the rest are on a line that has another error (the order): not "missing".
      line("42-QĐ/TU", "Tập thể", "y", "C"), // row 4
      line("42-QĐ/TU", "Tập thể", 2, "D", blank), // row 5
      // Number 43: fine lines, no award form on any of them.
      line("43-QĐ/TU", "Tập thể", 1, "E", { "Hình thức khen thưởng": "" }), // row 6
      line("43-QĐ/TU", "Tập thể", 2, "F", blank), // row 7
    ];
    const before = await decisionSnapshot();
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...file]));
    const errs = job.errors as { row: number; column: string; message: string }[];
    const missing = "Bắt buộc nhập (ít nhất ở một dòng của quyết định).";
    expect(errs.filter((e) => e.message === missing)).toEqual([
      { row: 2, column: "Hình thức khen thưởng", message: missing },
      { row: 2, column: "Người ký", message: missing },
      { row: 2, column: "Chức vụ người ký", message: missing },
      { row: 2, column: "Trích yếu", message: missing },
      { row: 6, column: "Hình thức khen thưởng", message: missing },
    ]);
    expect(errs).toEqual(
      expect.arrayContaining([
        { row: 2, column: "STT", message: "Số thứ tự phải là số nguyên dương." },
        { row: 3, column: "Phần", message: expect.stringContaining("Giá trị không hợp lệ") },
        { row: 4, column: "STT", message: "Số thứ tự phải là số nguyên dương." },
      ]),
    );
    expect(errs.filter((e) => e.row === 5 || e.row === 7)).toEqual([]);
    expect(await decisionSnapshot()).toEqual(before);

    // A line with an error of its own is still checked against the decision's first line.
    const mixed = [
      line("44-QĐ/TU", "Tập thể", 1, "K"), // row 2
      line("44-QĐ/TU", "Tập thể", "z", "L", { "Người ký": "Người ký khác", "Mã đợt thi đua": "KHONG-CO" }), // row 3
    ];
    const mixedJob = await preview(w.provinceOfficer, csv([HEADERS, ...mixed]));
    expect(mixedJob.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: "STT", message: "Số thứ tự phải là số nguyên dương." },
        {
          row: 3,
          column: "Người ký",
          message: "Khác với dòng 2 của cùng quyết định (các dòng của một quyết định phải giống nhau).",
        },
      ]),
    );

    // A State register is the calendar year: 612/QĐ-UBND of 2022 and of 2023 are two decisions, each told.
    const state = `${w.stateIssuer.name}`;
    const noTitle = { "Cơ quan ban hành": state, "Trích yếu": "" };
    const twoYears = [
      line("612/QĐ-UBND", "Tập thể", 1, "G", { ...noTitle, "Ngày quyết định": "10/05/2022" }), // row 2
      line("612/QĐ-UBND", "Tập thể", 1, "H", { ...noTitle, "Ngày quyết định": "10/05/2023" }), // row 3
    ];
    const byYear = await preview(w.provinceOfficer, csv([HEADERS, ...twoYears]));
    expect(
      (byYear.errors as { row: number; column: string; message: string }[]).filter((e) => e.message === missing),
    ).toEqual([
      { row: 2, column: "Trích yếu", message: missing },
      { row: 3, column: "Trích yếu", message: missing },
    ]);
  });

  it("Excel serial and date-cell dates, an XLSX file, and the absorbed province's body before the merger", async () => {
    const r = rows.map((x) => [...x]) as ExcelJS.CellValue[][];
    const dateCol = HEADERS.indexOf("Ngày quyết định");
    r[0][dateCol] = 45642; // 16/12/2024
    r[1][dateCol] = new Date(Date.UTC(2024, 11, 16));
    const job = await importFile(w.provinceOfficer, await xlsx({ "Quyết định": [HEADERS, ...r] }), "qd.xlsx");
    expect(job.errors).toEqual([]);
    expect(job.newCount).toBe(4);
    const old = line("31", "Tập thể", 1, "Chi bộ bản Nà Mòn", {
      "Cơ quan ban hành": `${w.absorbedIssuer.name} – ${w.absorbedIssuer.parentName}`.normalize("NFD").toLowerCase(),
      "Ngày quyết định": "20/05/2023",
    });
    expect(await importFile(w.provinceOfficer, csv([HEADERS, old]))).toMatchObject({ status: "APPLIED", newCount: 1 });
    expect(await findImported(31, w.absorbedIssuer.id)).toMatchObject({
      register: "2020-2025",
      numberText: "31-QĐ/TU",
    });
  });

  it("another province's officer cannot use this province's issuers or models; units, reviewers and cadres may not import", async () => {
    const before = await decisionSnapshot();
    const job = await preview(w.otherProvinceOfficer, csv([HEADERS, rows[0]]));
    expect(job.errors).toEqual(
      expect.arrayContaining([
        {
          row: 2,
          column: "Cơ quan ban hành",
          message: `Không tìm thấy cơ quan ban hành “${partyLabel}” trong phạm vi bạn quản lý.`,
        },
      ]),
    );
    const foreignLabel = `${w.foreignIssuer.name} – ${w.foreignIssuer.parentName}`;
    const own = line("5", "Tập thể", 1, "X", { "Cơ quan ban hành": foreignLabel, "Mã mô hình": collective.code });
    expect((await preview(w.otherProvinceOfficer, csv([HEADERS, own]))).errors).toEqual([
      {
        row: 2,
        column: "Mã mô hình",
        message: `Không tìm thấy mô hình có mã “${collective.code}” trong phạm vi bạn quản lý.`,
      },
    ]);
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer]) {
      expect(
        await startImport(actor, { kind: "DECISIONS", fileName: "a.csv", bytes: Buffer.from(csv([HEADERS, ...rows])) }),
      ).toEqual({ ok: false, message: "Bạn không có quyền nhập loại dữ liệu này." });
      expect((await preview(actor, csv([HEADERS, ...rows]))).failure).toBe("Bạn không có quyền nhập loại dữ liệu này.");
    }
    expect(await decisionSnapshot()).toEqual(before);
    // The administrator may import for any province.
    expect(await importFile(w.admin, csv([HEADERS, own]))).toMatchObject({ status: "APPLIED", newCount: 1 });
  });

  it("round trip: export → import → no change (imported and portal-issued decisions alike)", async () => {
    await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));
    const portal = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collective.id, person.id], { number: 500 + seq, decisionDate: "2025-12-20" }),
    );
    if (!portal.ok) throw new Error("setup");
    expect((await issueDecision(w.provinceOfficer, { id: portal.id, version: portal.version })).ok).toBe(true);
    rows[1][HEADERS.indexOf("Tên tập thể, cá nhân")] = '=HYPERLINK("http://x")';
    rows.forEach((r) => (r[HEADERS.indexOf("Số quyết định")] = `${seq + 1000}-QĐ/TU`));
    await importFile(w.provinceOfficer, csv([HEADERS, ...rows]));

    const parts: Buffer[] = [];
    for await (const c of exportXlsx(decisionsImport, w.provinceOfficer)) parts.push(c as Buffer);
    const exported = Buffer.concat(parts);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Quyết định")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    expect(ws.getColumn(HEADERS.indexOf("Tên tập thể, cá nhân") + 1).values).toContain('\'=HYPERLINK("http://x")');
    const numbers = new Set(ws.getColumn(2).values.slice(2).map(String));
    expect(numbers).toContain(`${500 + seq}-QĐ/TU`);
    // Another province's decisions are not in the officer's export.
    expect([...numbers].every((x) => x !== "5-QĐ/TU")).toBe(true);

    const before = await decisionSnapshot();
    const job = await importFile(w.provinceOfficer, exported, "xuat.xlsx");
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: ws.rowCount - 1 });
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("the template has instructions and drop-downs (issuers in scope only), and a filled template imports", async () => {
    const bytes = await buildTemplate(decisionsImport, w.provinceOfficer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Quyết định", "Hướng dẫn", "Danh mục"]);
    const lists = wb.getWorksheet("Danh mục")!;
    const issuers = lists.getColumn(1).values.slice(2).map(String);
    expect(issuers).toContain(partyLabel);
    expect(issuers).toContain(`${w.absorbedIssuer.name} – ${w.absorbedIssuer.parentName}`);
    expect(issuers).not.toContain(`${w.foreignIssuer.name} – ${w.foreignIssuer.parentName}`);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<dataValidation type="list"[^>]*sqref="A2:A5001"/);
    expect(sheetXml).toMatch(/<dataValidation type="list"[^>]*sqref="I2:I5001"/);
    const help = wb.getWorksheet("Hướng dẫn")!;
    expect(help.getColumn(1).values).toContain("Mã mô hình");
    // The decision's own columns are asked for once per decision, and the sheet says so.
    const requiredOf = (header: string) =>
      help
        .getRows(1, help.rowCount)!
        .find((r) => r.getCell(1).value === header)
        ?.getCell(2).value;
    expect(["Người ký", "Chức vụ người ký", "Trích yếu", "Hình thức khen thưởng"].map(requiredOf)).toEqual(
      Array(4).fill("Bắt buộc ở một dòng"),
    );
    expect(requiredOf("Số quyết định")).toBe("Bắt buộc");
    const data = wb.getWorksheet("Quyết định")!;
    rows.forEach((r, i) => (data.getRow(i + 2).values = r));
    const job = await importFile(w.provinceOfficer, Buffer.from(await wb.xlsx.writeBuffer()), "mau.xlsx");
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 4 });
  });

  it("bad files: missing columns, extra sheets, header only", async () => {
    const refused = async (content: string | Uint8Array, name: string, message: string | RegExp) => {
      const before = await decisionSnapshot();
      const job = await preview(w.provinceOfficer, content, name);
      expect(job.status).toBe("FAILED");
      expect(job.failure).toMatch(message);
      expect(await decisionSnapshot()).toEqual(before);
    };
    await refused(csv([HEADERS.slice(1), ...rows.map((r) => r.slice(1))]), "a.csv", "Thiếu cột: Cơ quan ban hành.");
    await refused(
      await xlsx({ "Quyết định": [HEADERS, ...rows], "Danh sách": [["x"]] }),
      "a.xlsx",
      /trang tính thừa: Danh sách/,
    );
    await refused(csv([HEADERS]), "h.csv", "Tệp không có dòng dữ liệu nào.");
  });

  it("a number the portal takes between preview and apply refuses the import; nothing is written", async () => {
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    const portal = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [collective.id], { number: numberOf(), decisionDate: "2024-12-01" }),
    );
    if (!portal.ok) throw new Error("setup");
    expect((await issueDecision(w.provinceOfficer, { id: portal.id, version: portal.version })).ok).toBe(true);
    const before = await decisionSnapshot();
    const done = await apply(w.provinceOfficer, job);
    expect(done).toMatchObject({ status: "PREVIEWED", failure: expect.stringContaining("đã thay đổi") });
    expect(done.errors).toEqual([expect.objectContaining({ row: 2, column: "Số quyết định" })]);
    expect(await decisionSnapshot()).toEqual(before);
  });

  it("today's date is accepted", async () => {
    const [y, m, d] = vnTodayIso().split("-");
    rows.forEach((r) => (r[HEADERS.indexOf("Ngày quyết định")] = `${d}/${m}/${y}`));
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
  });
});
