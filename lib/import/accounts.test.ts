import "@/lib/import/exceljs-utf8-fix";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db/client";
import { setPasswordByLink, setPasswordLinkAccount } from "@/lib/accounts/set-password-by-link";
import { verifyPassword } from "@/lib/auth/password";
import { createWorld, type World } from "@/lib/models/test-world";
import { createUser } from "@/tests/fixtures";
import { ACCOUNT_COLUMNS } from "./accounts/columns";
import { accountsImport } from "./accounts/spec";
import { exportXlsx } from "./export-file";
import { getImportJob } from "./get-import-job";
import { startImport } from "./start-import";
import { buildTemplate } from "./template";
import { csv, importFile, preview, setUpImportTests } from "./test-helpers";

setUpImportTests();

const HEADERS = ACCOUNT_COLUMNS.map((c) => c.header);
let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const importAccounts = (content: string | Uint8Array, name = "tai-khoan.csv") =>
  importFile(w.admin, content, name, "ACCOUNTS");
const tokenOf = (path: string) => new URL(path, "http://x").searchParams.get("token")!;

let seq = 0;
function rowsFor() {
  seq++;
  return [
    [`nguyen.van.a${seq}`, "Nguyễn Văn A", "Cán bộ đơn vị", w.tree.grassrootsDirect.code],
    [`Tran.Thi.B${seq}`, "Trần Thị B", "Cán bộ thẩm định cấp xã", w.tree.communeDirect.code],
  ];
}

describe("accounts import", () => {
  it("offers a template whose role column is a drop-down, with no password column", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate(accountsImport, w.admin)) as unknown as ArrayBuffer);
    expect((wb.getWorksheet("Tài khoản")!.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Tên đăng nhập",
      "Họ và tên",
      "Vai trò",
      "Mã đơn vị",
    ]);
    expect(wb.getWorksheet("Danh mục")!.getColumn(1).values.slice(2)).toContain("Cán bộ đơn vị");
  });

  it("refuses every role but the administrator, without saying whether a login exists", async () => {
    const rows = [[w.cadre.username, "Ai đó", "Quản trị hệ thống", w.tree.province.code]];
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer, w.provinceOfficer]) {
      const r = await startImport(actor, {
        kind: "ACCOUNTS",
        fileName: "tk.csv",
        bytes: Buffer.from(csv([HEADERS, ...rows])),
      });
      expect(r).toEqual({ ok: false, message: "Bạn không có quyền nhập loại dữ liệu này." });
    }
    const job = await preview(w.provinceOfficer, csv([HEADERS, ...rows]), "tk.csv", "ACCOUNTS");
    expect(job).toMatchObject({ status: "FAILED", failure: "Bạn không có quyền nhập loại dữ liệu này." });
    expect(job.newCount + job.changedCount + job.unchangedCount).toBe(0);
    const cadre = await prisma.user.findUniqueOrThrow({ where: { id: w.cadre.userId } });
    expect(cadre.role).toBe("UNIT_CADRE");
  });

  it("creates accounts with one-time set-password links shown to the importer only; re-importing changes nothing", async () => {
    const rows = rowsFor();
    const users = await prisma.user.count();
    const job = await importAccounts(csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 2, changedCount: 0 });
    expect(await prisma.user.count()).toBe(users + 2);
    const b = await prisma.user.findUniqueOrThrow({ where: { username: `tran.thi.b${seq}` } });
    expect(b).toMatchObject({ fullName: "Trần Thị B", role: "COMMUNE_REVIEWER", unitId: w.tree.communeDirect.id });
    // No link in the stored row in clear, and none for anybody else.
    expect(JSON.stringify(job.result)).not.toMatch(/dat-mat-khau|token=/);
    expect(await getImportJob(w.provinceOfficer, job.id)).toBeNull();
    // Another administrator does not see them either: the links are the importer's.
    const otherAdmin = await createUser(prisma, { unitId: w.tree.province.id, role: "ADMIN" });
    expect(await getImportJob({ userId: otherAdmin.id }, job.id)).toBeNull();
    await prisma.user.update({ where: { id: otherAdmin.id }, data: { disabled: true } });
    const view = (await getImportJob(w.admin, job.id))!;
    expect(view.result).toEqual({});
    expect(view.links.map((l) => [l.username, l.fullName, l.state])).toEqual([
      [`nguyen.van.a${seq}`, "Nguyễn Văn A", "open"],
      [`tran.thi.b${seq}`, "Trần Thị B", "open"],
    ]);
    const token = tokenOf(view.links[1].path!);
    expect(await setPasswordLinkAccount(token)).toEqual({ username: `tran.thi.b${seq}` });

    // The link sets the password once, under the password policy.
    expect(await setPasswordByLink(token, { newPassword: "123456", confirmPassword: "123456" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: [expect.stringMatching(/ít nhất 8 ký tự/)] },
    });
    const pw = "đồng lúa chín vàng bên sông";
    expect(await setPasswordByLink(token, { newPassword: pw, confirmPassword: pw })).toEqual({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: b.id } });
    expect(await verifyPassword(after.passwordHash, pw)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    const closed = "Liên kết đặt mật khẩu không còn hiệu lực (đã dùng hoặc đã hết hạn). Hãy liên hệ quản trị viên.";
    expect(await setPasswordByLink(token, { newPassword: pw + "!", confirmPassword: pw + "!" })).toEqual({
      ok: false,
      message: closed,
    });
    expect(await setPasswordByLink("x".repeat(43), { newPassword: pw, confirmPassword: pw })).toEqual({
      ok: false,
      message: closed,
    });
    expect((await getImportJob(w.admin, job.id))!.links.map((l) => [l.state, l.path])).toEqual([
      ["open", expect.stringMatching(/^\/dat-mat-khau\?token=/)],
      ["used", null],
    ]);
    // The other new account cannot sign in with anything before its link is used.
    const a = await prisma.user.findUniqueOrThrow({ where: { username: `nguyen.van.a${seq}` } });
    expect(await verifyPassword(a.passwordHash, "")).toBe(false);

    const tokens = await prisma.oneTimeToken.count();
    const again = await importAccounts(csv([HEADERS, ...rows]));
    expect(again).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: 2, errorCount: 0 });
    expect(await prisma.oneTimeToken.count()).toBe(tokens);
    expect((await getImportJob(w.admin, again.id))!.links).toEqual([]);
  });

  it("a corrected file updates name, role and unit with before/after, and ends the person's sessions", async () => {
    const rows = rowsFor();
    await importAccounts(csv([HEADERS, ...rows]));
    const a = await prisma.user.findUniqueOrThrow({ where: { username: rows[0][0] } });
    const fixed = [[rows[0][0], "Nguyễn Văn An", "Cán bộ đơn vị", w.tree.grassroots.code], rows[1]];
    const job = await importAccounts(csv([HEADERS, ...fixed]));
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 1, unchangedCount: 1 });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: a.id } });
    expect(after).toMatchObject({ fullName: "Nguyễn Văn An", unitId: w.tree.grassroots.id });
    expect(after.sessionVersion).toBe(a.sessionVersion + 1);
    const revoked = await prisma.auditLog.findFirstOrThrow({
      where: { action: "auth.sessions.revoked", entityId: String(a.id) },
      orderBy: { id: "desc" },
    });
    expect(revoked.data).toEqual({ reason: "role-changed", sessionVersion: a.sessionVersion + 1 });
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { action: "account.update", entityId: String(a.id) },
      orderBy: { id: "desc" },
    });
    expect(log.data).toEqual({
      fileName: "tai-khoan.csv",
      before: { fullName: "Nguyễn Văn A", unitId: w.tree.grassrootsDirect.id },
      after: { fullName: "Nguyễn Văn An", unitId: w.tree.grassroots.id },
    });
  });

  it("a unit code typed in another case names the unit that bears it; a re-import in that case changes nothing", async () => {
    const rows = rowsFor().map((r) => [r[0], r[1], r[2], r[3].toLowerCase()]);
    expect(rows[0][3]).not.toBe(w.tree.grassrootsDirect.code);
    const job = await importAccounts(csv([HEADERS, ...rows]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 2 });
    const a = await prisma.user.findUniqueOrThrow({ where: { username: rows[0][0] } });
    expect(a.unitId).toBe(w.tree.grassrootsDirect.id);
    const again = await importAccounts(csv([HEADERS, ...rows]));
    expect(again).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: 2 });
  });

  it("reads the role name printed before the reorganisation (“Cán bộ thẩm định cấp huyện”) as the district reviewer", async () => {
    seq++;
    const login = `pham.huyen${seq}`;
    const old = [[login, "Phạm Thị Huyền", "Cán bộ thẩm định cấp huyện", w.tree.district.code]];
    const job = await importAccounts(csv([HEADERS, ...old]));
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 1 });
    expect(await prisma.user.findUniqueOrThrow({ where: { username: login } })).toMatchObject({
      role: "DISTRICT_REVIEWER",
      unitId: w.tree.district.id,
    });
    // The same person written with today's role name is the same account, unchanged.
    const today = [[login, "Phạm Thị Huyền", "Cán bộ thẩm định cấp trực thuộc tỉnh", w.tree.district.code]];
    expect(await importAccounts(csv([HEADERS, ...today]))).toMatchObject({
      status: "APPLIED",
      newCount: 0,
      changedCount: 0,
      unchangedCount: 1,
    });
    // And the old name is not a way round the level rule: a district reviewer at a commune is refused.
    const wrong = [[`${login}x`, "Phạm Thị Huyền", "Cán bộ thẩm định cấp huyện", w.tree.communeDirect.code]];
    const refused = await preview(w.admin, csv([HEADERS, ...wrong]), "tk.csv", "ACCOUNTS");
    expect(refused.errors).toEqual([
      { row: 2, column: "Vai trò", message: expect.stringMatching(/^Vai trò này làm việc ở đơn vị /) },
    ]);
  });

  it("reports bad rows (login, role, unit, level, duplicates, password column, last administrator) and writes nothing", async () => {
    seq++;
    const bad = [
      ["ab", "Tên ngắn", "Cán bộ đơn vị", w.tree.grassrootsDirect.code], // row 2: login too short
      [`le.c${seq}`, "Lê C", "Thủ quỹ", w.tree.grassrootsDirect.code], // row 3: unknown role
      [`le.d${seq}`, "Lê D", "Cán bộ đơn vị", "KHONG-CO"], // row 4: unknown unit
      [`le.e${seq}`, "Lê E", "Cán bộ cấp tỉnh", w.tree.grassrootsDirect.code], // row 5: role/unit level
      [`le.f${seq}`, "Lê F", "Cán bộ đơn vị", w.tree.grassrootsDirect.code], // row 6
      [`LE.F${seq}`, "Lê F", "Cán bộ đơn vị", w.tree.grassrootsDirect.code], // row 7: duplicate login
      [w.admin.username, w.admin.fullName, "Cán bộ cấp tỉnh", w.tree.province.code], // row 8: last admin
    ];
    const [users, audits] = [await prisma.user.count(), await prisma.auditLog.count()];
    const job = await preview(w.admin, csv([HEADERS, ...bad]), "tk.csv", "ACCOUNTS");
    const at = (row: number) =>
      (job.errors as { row: number; column: string; message: string }[])
        .filter((e) => e.row === row)
        .map((e) => `${e.column}: ${e.message}`);
    expect(at(2)[0]).toMatch(/^Tên đăng nhập: Tên đăng nhập gồm 3–50 chữ cái/);
    expect(at(3)[0]).toMatch(/^Vai trò: Giá trị không hợp lệ\. Chọn một trong: Cán bộ đơn vị;/);
    expect(at(4)).toEqual(["Mã đơn vị: Không có đơn vị mã “KHONG-CO”."]);
    expect(at(5)).toEqual(["Vai trò: Vai trò này làm việc ở đơn vị Cấp tỉnh; đơn vị đã chọn không đúng cấp."]);
    expect(at(6)).toEqual([]);
    expect(at(7)).toEqual(["Tên đăng nhập: Mã bị trùng với dòng 6 trong tệp."]);
    const admins = await prisma.user.count({ where: { role: "ADMIN", disabled: false } });
    expect(admins).toBe(1);
    expect(at(8)).toEqual(["Vai trò: Tệp này bỏ quyền quản trị của quản trị viên đang hoạt động cuối cùng."]);
    expect(job.errorCount).toBeGreaterThanOrEqual(5);

    const withPassword = await preview(
      w.admin,
      csv([
        [...HEADERS, "Mật khẩu"],
        [`le.g${seq}`, "Lê G", "Cán bộ đơn vị", w.tree.grassrootsDirect.code, "x"],
      ]),
      "tk.csv",
      "ACCOUNTS",
    );
    expect(withPassword).toMatchObject({
      status: "FAILED",
      failure: "Tệp không được chứa mật khẩu. Xóa cột mật khẩu: mỗi tài khoản mới nhận một liên kết đặt mật khẩu.",
    });
    expect(await prisma.user.count()).toBe(users);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("round trip: export (no secrets) → import → no change", async () => {
    await importAccounts(csv([HEADERS, ...rowsFor()]));
    const chunks: Buffer[] = [];
    for await (const c of exportXlsx(accountsImport, w.admin)) chunks.push(c as Buffer);
    const exported = Buffer.concat(chunks);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Tài khoản")!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const text = JSON.stringify(ws.getSheetValues());
    expect(text).not.toMatch(/argon2|token/);
    const active = await prisma.user.count({ where: { disabled: false } });
    expect(ws.rowCount - 1).toBe(active);
    const job = await importAccounts(exported, "xuat.xlsx");
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: "APPLIED", newCount: 0, changedCount: 0, unchangedCount: active });
  });
});
