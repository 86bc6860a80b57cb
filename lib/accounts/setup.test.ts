import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { loadOfficialProvince } from "@/lib/org/load-official-province";
import { hashToken, issueToken } from "./one-time-token";
import { createFirstAdmin, issueSetupToken, needsSetup, setupProvinces } from "./setup";

const GOOD = "mot cau mat khau that dai 2026";
const input = (over: Record<string, unknown> = {}) => ({
  provinceName: "Tỉnh Thái Nguyên",
  username: "quantri1",
  fullName: "Lý Quang Huy",
  password: GOOD,
  confirmPassword: GOOD,
  ...over,
});

describe("first administrator on an empty database", () => {
  it("offers today's 34 provinces and cities, by the place's name, none of the abolished ones", () => {
    const list = setupProvinces();
    expect(list).toHaveLength(34);
    expect(new Set(list).size).toBe(34);
    expect(list.slice(0, 4)).toEqual(["Tỉnh An Giang", "Tỉnh Bắc Ninh", "Tỉnh Cà Mau", "Tỉnh Cao Bằng"]);
    expect(list).toEqual(expect.arrayContaining(["Tỉnh Thái Nguyên", "Thành phố Cần Thơ", "Thành phố Huế"]));
    // Merged into Thái Nguyên, Vĩnh Long and Tây Ninh on 1 July 2025.
    for (const gone of ["Tỉnh Bắc Kạn", "Tỉnh Bến Tre", "Tỉnh Long An"]) expect(list).not.toContain(gone);
  });

  it("refuses a wrong token, a weak password and a missing province, and creates nothing", async () => {
    expect(await needsSetup()).toBe(true);
    const token = (await issueSetupToken())!;
    expect(await prisma.oneTimeToken.findFirst({ where: { tokenHash: token } })).toBeNull(); // stored hashed only
    expect(await prisma.oneTimeToken.count({ where: { tokenHash: hashToken(token) } })).toBe(1);

    expect(await createFirstAdmin(input(), { kind: "link", token: "x".repeat(43) })).toEqual({
      ok: false,
      message: "Liên kết thiết lập không còn hiệu lực (đã dùng, đã hết hạn hoặc đã có quản trị viên).",
    });
    const weak = await createFirstAdmin(input({ password: "matkhau123", confirmPassword: "matkhau123" }), {
      kind: "link",
      token,
    });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/quá phổ biến/)] } });
    const mismatch = await createFirstAdmin(input({ confirmPassword: "khac" }), { kind: "link", token });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["Mật khẩu nhập lại không khớp."] } });
    const noProvince = await createFirstAdmin(input({ provinceName: "" }), { kind: "link", token });
    expect(noProvince).toMatchObject({ ok: false, fieldErrors: { provinceName: ["Vui lòng chọn tỉnh/thành phố."] } });
    // A province abolished by the 2025 mergers is no longer a choice.
    const abolished = await createFirstAdmin(input({ provinceName: "Tỉnh Bắc Kạn" }), { kind: "link", token });
    expect(abolished).toMatchObject({ ok: false, fieldErrors: { provinceName: ["Vui lòng chọn tỉnh/thành phố."] } });
    // Refused, the link is still unused: the person corrects the form and sends it again.
    expect(await prisma.oneTimeToken.count({ where: { tokenHash: hashToken(token), usedAt: null } })).toBe(1);
    expect(await prisma.user.count()).toBe(0);
    expect(await prisma.unit.count()).toBe(0);
  });

  it("creates the administrator once through the link, with the org tree; the link is single use", async () => {
    const token = (await issueSetupToken())!;
    const spare = (await issueSetupToken())!;
    const result = await createFirstAdmin(input(), { kind: "link", token, ip: "203.0.113.5" });
    expect(result).toMatchObject({ ok: true });
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: "quantri1" }, include: { unit: true } });
    expect(admin).toMatchObject({ role: "ADMIN", disabled: false, mustChangePassword: false });
    expect(admin.unit).toMatchObject({ name: "Tỉnh Thái Nguyên", level: "PROVINCE", validTo: null, code: "P-19" });
    // Today's tree: the 92 communes and wards directly under the province, no district level, nothing made up.
    expect(await prisma.unit.count({ where: { level: "COMMUNE", parentId: admin.unitId, validTo: null } })).toBe(92);
    expect(await prisma.unit.count()).toBe(93);
    expect(await prisma.unit.findFirst({ where: { name: "Xã Chợ Đồn" } })).toMatchObject({ kind: "COMMUNE" });
    expect(await prisma.field.count()).toBe(5);
    expect((await authenticate({ username: "quantri1", password: GOOD, ip: "203.0.113.5" })).ok).toBe(true);
    expect(
      await prisma.auditLog.count({ where: { action: "account.first-admin.created", entityId: String(admin.id) } }),
    ).toBe(1);

    // Replaying the same link, or another one printed earlier, creates nobody.
    for (const t of [token, spare]) {
      const again = await createFirstAdmin(input({ username: "keKhac" }), { kind: "link", token: t });
      expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/không còn hiệu lực/) });
    }
    expect(await needsSetup()).toBe(false);
    expect(await issueSetupToken()).toBeNull();
    expect(await prisma.user.count()).toBe(1);

    // The pre-2025 history is loaded afterwards on the tree's page: it adds the old province only.
    const loaded = await loadOfficialProvince(await loadActor(admin.id, admin.sessionVersion), {
      oldProvinceName: "Tỉnh Bắc Kạn",
    });
    expect(loaded).toMatchObject({ ok: true, value: { newProvinceId: admin.unitId } });
    expect(await prisma.unit.count({ where: { level: "DISTRICT" } })).toBeGreaterThan(0);
    expect(await prisma.unit.count({ where: { level: "COMMUNE", parentId: admin.unitId } })).toBe(92);
  });

  it("refuses an expired token", async () => {
    await prisma.user.updateMany({ data: { disabled: true } });
    const token = await issueToken(prisma, "SETUP", { ttlMs: 1000, now: new Date(Date.now() - 10_000) });
    expect(await createFirstAdmin(input({ username: "quantri2" }), { kind: "link", token })).toMatchObject({
      ok: false,
    });
    const viaConsole = await createFirstAdmin(input({ username: "quantri2" }), { kind: "console" });
    expect(viaConsole).toMatchObject({ ok: true });
    expect(await prisma.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
  });
});
