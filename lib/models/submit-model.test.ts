import { beforeAll, describe, expect, it } from "vitest";
import { whileRowLocked } from "@/lib/db/row-lock-race";
import { prisma } from "@/lib/db/client";
import { createCampaign, createUnit } from "@/tests/fixtures";
import { createModelDraft } from "./create-model-draft";
import { submitModel } from "./submit-model";
import { COMPLETE_NARRATIVE, createWorld, draftForm, modelOf, modelSnapshot, type World } from "./test-world";
import { mvi } from "@/lib/i18n/models";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const step = (m: { id: number; version: number }, comment?: string) => ({
  id: String(m.id),
  version: String(m.version),
  comment,
});

describe("submitModel", () => {
  it("submits a complete draft to its committee: SUBMITTED, submittedAt, review route, owner snapshot, SUBMIT event, audit", async () => {
    const created = await createModelDraft(w.cadre, draftForm(w, { ...COMPLETE_NARRATIVE }));
    if (!created.ok) throw new Error(created.message);
    // The snapshot is taken again at registration: a stale one from the draft is replaced.
    await prisma.model.update({ where: { id: created.id }, data: { ownerAddress: "địa chỉ cũ" } });
    const res = await submitModel(w.cadre, step(created));
    expect(res).toEqual({
      ok: true,
      id: created.id,
      version: 2,
      action: "SUBMIT",
      reviewUnitId: w.tree.communeDirect.id,
    });
    const m = await prisma.model.findUniqueOrThrow({
      where: { id: created.id },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(m).toMatchObject({
      state: "SUBMITTED",
      reviewUnitId: w.tree.communeDirect.id,
      reviewLevel: "COMMUNE",
      ownerAddress: "xã Tân Lập, tỉnh Minh Sơn",
    });
    expect(m.submittedAt).toBeInstanceOf(Date);
    expect(m.events.map((e) => [e.action, e.fromState, e.toState, e.level])).toEqual([
      ["CREATE", null, "DRAFT", "COMMUNE"],
      ["SUBMIT", "DRAFT", "SUBMITTED", "COMMUNE"],
    ]);
    expect(
      await prisma.auditLog.count({ where: { entity: "Model", entityId: String(created.id), action: "model.submit" } }),
    ).toBe(1);
  });

  it("resubmits a revised model to the committee that asked for the revision (RESUBMIT, with the cadre's note)", async () => {
    const m = await modelOf(w, "NEEDS_REVISION");
    const res = await submitModel(w.cadre, step(m, "Đã bổ sung số liệu và ảnh minh chứng"));
    expect(res).toMatchObject({ ok: true, action: "RESUBMIT", reviewUnitId: m.reviewUnitId, version: m.version + 1 });
    const after = await prisma.model.findUniqueOrThrow({
      where: { id: m.id },
      include: { events: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(after).toMatchObject({ state: "SUBMITTED", reviewUnitId: m.reviewUnitId, submittedAt: m.submittedAt });
    expect(after.events[0]).toMatchObject({
      action: "RESUBMIT",
      fromState: "NEEDS_REVISION",
      toState: "SUBMITTED",
      comment: "Đã bổ sung số liệu và ảnh minh chứng",
    });
  });

  it("refuses an incomplete dossier with field errors for each missing part and writes nothing", async () => {
    const created = await createModelDraft(w.cadre, draftForm(w, { goals: "Ngắn" }));
    if (!created.ok) throw new Error(created.message);
    const before = await modelSnapshot(created.id);
    const res = await submitModel(w.cadre, step(created));
    expect(res).toMatchObject({
      ok: false,
      code: "invalid",
      message: "Hồ sơ chưa đủ thông tin để gửi đăng ký. Hãy sửa hồ sơ để bổ sung:",
    });
    if (res.ok) return;
    expect(res.fieldErrors).toMatchObject({
      goals: ["Mục tiêu phải có ít nhất 30 ký tự."],
      methods: ["Vui lòng nhập cách làm, phương pháp vận động."],
      expectedResults: ["Vui lòng nhập kết quả dự kiến."],
      startDate: ["Vui lòng nhập ngày bắt đầu (ngày/tháng/năm)."],
    });
    expect(await modelSnapshot(created.id)).toEqual(before);
  });

  it("re-checks the committee against today's tree: a committee abolished since the draft cannot receive it", async () => {
    const district = await createUnit(prisma, {
      parentId: w.tree.province.id,
      level: "DISTRICT",
      name: "Huyện Na Lương",
    });
    const commune = await createUnit(prisma, { parentId: district.id, level: "COMMUNE", name: "Xã Quảng Bạch" });
    const cell = await createUnit(prisma, { parentId: commune.id, name: "Chi bộ thôn Bản Chang" });
    const { createUser } = await import("@/tests/fixtures");
    const { actorOf } = await import("./test-world");
    const cadre = actorOf(await createUser(prisma, { unitId: cell.id, role: "UNIT_CADRE" }), cell);
    const created = await createModelDraft(
      cadre,
      draftForm(w, { ...COMPLETE_NARRATIVE, registeredWithUnitId: String(district.id) }),
    );
    if (!created.ok) throw new Error(created.message);
    await prisma.unit.update({ where: { id: district.id }, data: { validTo: new Date("2025-06-30T00:00:00Z") } });
    const before = await modelSnapshot(created.id);
    const res = await submitModel(cadre, step(created));
    expect(res).toMatchObject({ ok: false, code: "invalid" });
    if (!res.ok) expect(res.fieldErrors?.registeredWithUnitId?.[0]).toMatch(/^Đơn vị không thể đăng ký với cấp này/);
    expect(await modelSnapshot(created.id)).toEqual(before);
  });

  it("refuses to submit into a campaign that is only planned", async () => {
    const planned = await createCampaign(prisma, { ownerUnitId: w.tree.province.id, status: "PLANNED" });
    const created = await createModelDraft(
      w.cadre,
      draftForm(w, { ...COMPLETE_NARRATIVE, campaignId: String(planned.id) }),
    );
    if (!created.ok) throw new Error(created.message);
    const res = await submitModel(w.cadre, step(created));
    expect(res).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { campaignId: ["Đợt thi đua chưa mở, chưa thể gửi đăng ký."] },
    });
  });

  it.each([
    ["otherUnitCadre", "not_found"],
    ["foreignCadre", "not_found"],
    ["communeReviewer", "forbidden"],
    ["provinceOfficer", "forbidden"],
    ["admin", "forbidden"],
  ] as const)("%s gets %s and the row is unchanged", async (who, code) => {
    const m = await modelOf(w, "DRAFT");
    const before = await modelSnapshot(m.id);
    expect(await submitModel(w[who], step(m))).toMatchObject({ ok: false, code });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it.each(["SUBMITTED", "UNDER_REVIEW", "RECOGNIZED", "NOT_RECOGNIZED", "PROPOSED", "WITHDRAWN"] as const)(
    "refuses to submit a %s model and writes nothing",
    async (state) => {
      const m = await modelOf(w, state);
      const before = await modelSnapshot(m.id);
      expect(await submitModel(w.cadre, step(m))).toEqual({
        ok: false,
        code: "illegal_state",
        message: "Chỉ gửi đăng ký được bản nháp hoặc mô hình đã bổ sung theo yêu cầu.",
      });
      expect(await modelSnapshot(m.id)).toEqual(before);
    },
  );

  it("lets only one of two concurrent submissions through", async () => {
    const m = await modelOf(w, "DRAFT");
    // Hold the row so both requests load and pass every check before either can write: the race is real.
    const results = await whileRowLocked("Model", m.id, () => [
      submitModel(w.cadre, step(m)),
      submitModel(w.cadre2, step(m)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ code: "conflict", message: mvi.errors.conflict }),
    ]);
    expect(await prisma.reviewEvent.count({ where: { modelId: m.id, action: "SUBMIT" } })).toBe(1);
  });

  it("rejects a missing version", async () => {
    const m = await modelOf(w, "DRAFT");
    const res = await submitModel(w.cadre, { id: String(m.id), version: "" });
    expect(res).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { version: ["Thiếu phiên bản của mô hình."] },
    });
  });
});
