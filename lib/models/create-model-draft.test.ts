import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUnit } from "@/tests/fixtures";
import { createModelDraft } from "./create-model-draft";
import { createWorld, draftForm, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const modelCount = () => prisma.model.count();

describe("createModelDraft", () => {
  it("creates a DRAFT of the cadre's unit with a registration number, owner snapshot, CREATE event and audit row", async () => {
    const res = await createModelDraft(
      w.cadre,
      draftForm(w, { title: "  Dân vận khéo trong xây dựng nông thôn mới  ", startDate: "2026-03-01" }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.code).toMatch(/^MH-\d{4}-\d{6}$/);
    expect(res.version).toBe(1);
    const m = await prisma.model.findUniqueOrThrow({ where: { id: res.id }, include: { events: true } });
    expect(m).toMatchObject({
      state: "DRAFT",
      title: "Dân vận khéo trong xây dựng nông thôn mới",
      ownerUnitId: w.tree.grassrootsDirect.id,
      ownerUnitName: "Chi bộ thôn Nà Lẹng",
      ownerAddress: "xã Tân Lập, tỉnh Minh Sơn",
      registeredWithUnitId: w.tree.communeDirect.id,
      registeredLevel: "COMMUNE",
      reviewUnitId: w.tree.communeDirect.id,
      reviewLevel: "COMMUNE",
      createdById: w.cadre.userId,
      personName: null,
    });
    expect(m.startDate?.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(m.events.map((e) => [e.action, e.fromState, e.toState, e.actorId])).toEqual([
      ["CREATE", null, "DRAFT", w.cadre.userId],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { entity: "Model", entityId: String(res.id) } });
    expect(audit.map((a) => a.action)).toEqual(["model.create"]);
  });

  it("numbers registrations one after another, also when drafts are created at the same time", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createModelDraft(w.cadre, draftForm(w, { title: `Mô hình dân vận khéo số ${i + 1} của thôn` })),
      ),
    );
    const codes = results.map((r) => (r.ok ? r.code : "fail"));
    expect(new Set(codes).size).toBe(6);
    const numbers = codes.map((c) => Number(c.slice(-6))).sort((a, b) => a - b);
    expect(numbers[5] - numbers[0]).toBe(5);
  });

  it("creates an individual model with the person's address as the owner address", async () => {
    const res = await createModelDraft(
      w.cadre,
      draftForm(w, {
        kind: "INDIVIDUAL",
        personHonorific: "FEMALE",
        personName: "Hoàng Thị Mai",
        personPosition: "Bí thư chi bộ thôn",
        address: "thôn Khuổi Lừa, xã Tân Lập, tỉnh Minh Sơn",
      }),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const m = await prisma.model.findUniqueOrThrow({ where: { id: res.id } });
    expect(m).toMatchObject({
      kind: "INDIVIDUAL",
      personHonorific: "FEMALE",
      personName: "Hoàng Thị Mai",
      ownerAddress: "thôn Khuổi Lừa, xã Tân Lập, tỉnh Minh Sơn",
    });
  });

  it("creates one draft for a double-clicked form (same requestKey)", async () => {
    const before = await modelCount();
    const form = { ...draftForm(w), requestKey: "8c1b7a7e-double-click" };
    const [a, b] = await Promise.all([createModelDraft(w.cadre, form), createModelDraft(w.cadre, form)]);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.id).toBe(b.id);
    expect(await modelCount()).toBe(before + 1);
  });

  it.each([["communeReviewer"], ["districtReviewer"], ["provinceOfficer"], ["admin"]] as const)(
    "refuses %s (only unit cadres register) and writes nothing",
    async (who) => {
      const before = await modelCount();
      const res = await createModelDraft(w[who], draftForm(w));
      expect(res).toMatchObject({ ok: false, code: "forbidden" });
      expect(await modelCount()).toBe(before);
    },
  );

  it.each([
    ["title too short", { title: "Ngắn quá" }, "title", "Tên mô hình phải có ít nhất 10 ký tự."],
    ["title too long", { title: "Dân vận ".repeat(40) }, "title", "Tên mô hình không được dài quá 300 ký tự."],
    [
      "title with a tag",
      { title: "Mô hình <script>alert(1)</script> dân vận" },
      "title",
      "Không được chứa ký tự < hoặc >",
    ],
    ["title blank", { title: "   " }, "title", "Vui lòng nhập tên mô hình."],
    ["no kind", { kind: "" }, "kind", "Vui lòng chọn loại mô hình (tập thể hoặc cá nhân)."],
    ["no field", { fieldId: "" }, "fieldId", "Vui lòng chọn lĩnh vực."],
    ["no committee", { registeredWithUnitId: "" }, "registeredWithUnitId", "Vui lòng chọn cấp đăng ký."],
    ["goals too long", { goals: "a".repeat(5001) }, "goals", "Mục tiêu không được dài quá 5.000 ký tự."],
    [
      "start date in 2 years",
      { startDate: "2099-01-01" },
      "startDate",
      "Ngày bắt đầu không được quá 1 năm kể từ hôm nay.",
    ],
    ["start date not a day", { startDate: "2026-02-30" }, "startDate", "Ngày bắt đầu không hợp lệ (ngày/tháng/năm)."],
    ["individual without person", { kind: "INDIVIDUAL" }, "personName", "Vui lòng nhập họ và tên cá nhân."],
    [
      "individual without address",
      { kind: "INDIVIDUAL", personHonorific: "MALE", personName: "Lường Văn Pó", personPosition: "Trưởng thôn" },
      "address",
      "Vui lòng nhập địa chỉ (thôn, xã, tỉnh).",
    ],
  ])("rejects %s with a Vietnamese field error and writes nothing", async (_label, override, field, message) => {
    const before = await modelCount();
    const res = await createModelDraft(w.cadre, draftForm(w, override as Record<string, string>));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("invalid");
    expect(res.fieldErrors?.[field]).toContain(message);
    expect(await modelCount()).toBe(before);
  });

  it("refuses a committee outside the unit's current ancestors: another province, itself, an abolished district", async () => {
    const abolished = await createUnit(prisma, {
      parentId: w.tree.province.id,
      level: "DISTRICT",
      name: "Huyện Na Lương",
      validFrom: new Date("2008-01-01T00:00:00Z"),
      validTo: new Date("2025-06-30T00:00:00Z"),
    });
    const before = await modelCount();
    for (const id of [w.tree.otherCommune.id, w.tree.grassrootsDirect.id, w.tree.district.id, abolished.id, 999999]) {
      const res = await createModelDraft(w.cadre, draftForm(w, { registeredWithUnitId: String(id) }));
      expect(res).toMatchObject({ ok: false, code: "invalid" });
      if (!res.ok) expect(res.fieldErrors?.registeredWithUnitId?.[0]).toMatch(/^Đơn vị không thể đăng ký với cấp này/);
    }
    expect(await modelCount()).toBe(before);
  });

  it("accepts the province as committee (a commune directly under the province: [xã, tỉnh])", async () => {
    const res = await createModelDraft(w.cadre, draftForm(w, { registeredWithUnitId: String(w.tree.province.id) }));
    expect(res).toMatchObject({ ok: true });
  });

  it("refuses a campaign of another province and a closed campaign", async () => {
    const { createCampaign } = await import("@/tests/fixtures");
    const foreign = await createCampaign(prisma, { ownerUnitId: w.tree.otherProvince.id });
    const closed = await createCampaign(prisma, { ownerUnitId: w.tree.province.id, status: "CLOSED" });
    const a = await createModelDraft(w.cadre, draftForm(w, { campaignId: String(foreign.id) }));
    const b = await createModelDraft(w.cadre, draftForm(w, { campaignId: String(closed.id) }));
    expect(a).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { campaignId: ["Không tìm thấy đợt thi đua."] },
    });
    expect(b).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { campaignId: ["Đợt thi đua đã kết thúc, không thể đăng ký thêm."] },
    });
  });
});
