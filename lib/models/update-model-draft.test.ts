import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { updateModelDraft } from "./update-model-draft";
import { createWorld, draftForm, modelOf, modelSnapshot, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

function editForm(m: { id: number; version: number }, overrides: Record<string, string> = {}) {
  return { ...draftForm(w), id: String(m.id), version: String(m.version), ...overrides };
}

describe("updateModelDraft", () => {
  it("saves a draft, bumps the version, writes an UPDATE event and an audit row naming the changed fields", async () => {
    const m = await modelOf(w, "DRAFT");
    const res = await updateModelDraft(
      w.cadre,
      editForm(m, { title: "Dân vận khéo trong giữ gìn vệ sinh môi trường thôn", goals: "Mục tiêu mới" }),
    );
    expect(res).toEqual({ ok: true, id: m.id, version: m.version + 1 });
    const after = await prisma.model.findUniqueOrThrow({
      where: { id: m.id },
      include: { events: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(after).toMatchObject({
      title: "Dân vận khéo trong giữ gìn vệ sinh môi trường thôn",
      goals: "Mục tiêu mới",
      version: m.version + 1,
      state: "DRAFT",
    });
    expect(after.events[0]).toMatchObject({
      action: "UPDATE",
      fromState: "DRAFT",
      toState: "DRAFT",
      actorId: w.cadre.userId,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Model", entityId: String(m.id), action: "model.update" },
    });
    expect((audit.data as { changed: string[] }).changed).toEqual(expect.arrayContaining(["title", "goals"]));
  });

  it("moves a draft to another allowed committee (the province)", async () => {
    const m = await modelOf(w, "DRAFT");
    const res = await updateModelDraft(w.cadre, editForm(m, { registeredWithUnitId: String(w.tree.province.id) }));
    expect(res.ok).toBe(true);
    expect(await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      registeredWithUnitId: w.tree.province.id,
      registeredLevel: "PROVINCE",
      reviewUnitId: w.tree.province.id,
      reviewLevel: "PROVINCE",
    });
  });

  it("edits a model sent back for revision but keeps its registration (kind, campaign, committee) fixed", async () => {
    const m = await modelOf(w, "NEEDS_REVISION");
    const ok = await updateModelDraft(
      w.cadre,
      editForm(m, { registeredWithUnitId: String(m.registeredWithUnitId), methods: "Bổ sung cách làm theo yêu cầu" }),
    );
    expect(ok.ok).toBe(true);
    const fresh = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(fresh).toMatchObject({
      state: "NEEDS_REVISION",
      methods: "Bổ sung cách làm theo yêu cầu",
      reviewUnitId: m.reviewUnitId,
    });
    const before = await modelSnapshot(m.id);
    const moved = await updateModelDraft(
      w.cadre,
      editForm(fresh, { registeredWithUnitId: String(w.tree.province.id) }),
    );
    expect(moved).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { registeredWithUnitId: ["Không thể thay đổi mục này sau khi đã gửi đăng ký."] },
    });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("still lets the unit answer a revision request after its campaign closed and its committee was abolished", async () => {
    const m = await modelOf(w, "NEEDS_REVISION");
    await prisma.campaign.update({ where: { id: w.campaign.id }, data: { status: "CLOSED" } });
    await prisma.unit.update({
      where: { id: w.tree.communeDirect.id },
      data: { validTo: new Date("2025-12-31T00:00:00Z") },
    });
    try {
      const res = await updateModelDraft(
        w.cadre,
        editForm(m, { registeredWithUnitId: String(m.registeredWithUnitId), goals: "Bổ sung sau khi đợt đã đóng" }),
      );
      expect(res).toMatchObject({ ok: true, version: m.version + 1 });
      expect(await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
        goals: "Bổ sung sau khi đợt đã đóng",
        reviewUnitId: m.reviewUnitId,
      });
    } finally {
      await prisma.campaign.update({ where: { id: w.campaign.id }, data: { status: "OPEN" } });
      await prisma.unit.update({ where: { id: w.tree.communeDirect.id }, data: { validTo: null } });
    }
  });

  it("lets exactly one of two concurrent edits with the same version win; the other gets the conflict message", async () => {
    const m = await modelOf(w, "DRAFT");
    const before = await modelSnapshot(m.id);
    const [a, b] = await Promise.all([
      updateModelDraft(w.cadre, editForm(m, { title: "Bản sửa của người thứ nhất trong chi bộ" })),
      updateModelDraft(w.cadre2, editForm(m, { title: "Bản sửa của người thứ hai trong chi bộ" })),
    ]);
    const results = [a, b];
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([
      { ok: false, code: "conflict", message: "Mô hình đã được thay đổi ở nơi khác. Hãy tải lại để xem bản mới nhất." },
    ]);
    const after = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.version).toBe(m.version + 1);
    expect(after.title).toBe(
      a.ok ? "Bản sửa của người thứ nhất trong chi bộ" : "Bản sửa của người thứ hai trong chi bộ",
    );
    const snap = await modelSnapshot(m.id);
    expect(snap.events).toBe(before.events + 1);
    expect(snap.audits).toBe(before.audits + 1);
  });

  it("refuses a stale version and writes nothing", async () => {
    const m = await modelOf(w, "DRAFT");
    await updateModelDraft(w.cadre, editForm(m, { goals: "Lần sửa đầu" }));
    const before = await modelSnapshot(m.id);
    const res = await updateModelDraft(w.cadre2, editForm(m, { goals: "Bản cũ ghi đè" }));
    expect(res).toMatchObject({ ok: false, code: "conflict" });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it.each([
    ["otherUnitCadre", "not_found"],
    ["foreignCadre", "not_found"],
    ["communeReviewer", "forbidden"],
    ["districtReviewer", "not_found"],
    ["provinceOfficer", "forbidden"],
    ["admin", "forbidden"],
  ] as const)("%s gets %s and the row is unchanged", async (who, code) => {
    const m = await modelOf(w, "DRAFT");
    const before = await modelSnapshot(m.id);
    const res = await updateModelDraft(w[who], editForm(m, { title: "Sửa trái phép mô hình của đơn vị khác" }));
    expect(res).toMatchObject({ ok: false, code });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it.each(["SUBMITTED", "UNDER_REVIEW", "RECOGNIZED", "NOT_RECOGNIZED", "PROPOSED", "WITHDRAWN"] as const)(
    "refuses to edit a %s model (illegal_state) and writes nothing",
    async (state) => {
      const m = await modelOf(w, state);
      const before = await modelSnapshot(m.id);
      const res = await updateModelDraft(
        w.cadre,
        editForm(m, { registeredWithUnitId: String(m.registeredWithUnitId) }),
      );
      expect(res).toEqual({
        ok: false,
        code: "illegal_state",
        message: "Chỉ sửa được mô hình ở trạng thái bản nháp hoặc đang được yêu cầu bổ sung.",
      });
      expect(await modelSnapshot(m.id)).toEqual(before);
    },
  );

  it.each([
    ["title", { title: "<b>Mô hình</b> dân vận khéo" }, "Không được chứa ký tự < hoặc >"],
    ["methods", { methods: "x".repeat(5001) }, "Cách làm, phương pháp vận động không được dài quá 5.000 ký tự."],
    ["version", { version: "" }, "Thiếu phiên bản của mô hình."],
    ["replicatedFromId", { replicatedFromId: "abc" }, "Mô hình nhân rộng không hợp lệ."],
  ])("rejects an invalid %s with a Vietnamese field error and writes nothing", async (field, override, message) => {
    const m = await modelOf(w, "DRAFT");
    const before = await modelSnapshot(m.id);
    const res = await updateModelDraft(w.cadre, editForm(m, override));
    expect(res).toMatchObject({ ok: false, code: "invalid" });
    if (!res.ok) expect(res.fieldErrors?.[field]).toContain(message);
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("links a recognized model of the province as replication origin, but not a draft, another province's, or itself", async () => {
    const m = await modelOf(w, "DRAFT");
    const origin = await modelOf(w, "RECOGNIZED");
    const draft = await modelOf(w, "DRAFT");
    const { createModel } = await import("@/tests/fixtures");
    const foreign = await createModel(prisma, { ownerUnitId: w.tree.otherGrassroots.id, state: "RECOGNIZED" });
    for (const bad of [draft.id, foreign.id, m.id]) {
      const cur = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
      const res = await updateModelDraft(w.cadre, editForm(cur, { replicatedFromId: String(bad) }));
      expect(res).toMatchObject({ ok: false, code: "invalid" });
      if (!res.ok)
        expect(res.fieldErrors?.replicatedFromId?.[0]).toMatch(
          /^(Chỉ chọn được mô hình đã được công nhận trong tỉnh\.|Mô hình không thể nhân rộng từ chính nó\.)$/,
        );
    }
    const ok = await updateModelDraft(w.cadre, editForm(m, { replicatedFromId: String(origin.id) }));
    expect(ok.ok).toBe(true);
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).replicatedFromId).toBe(origin.id);
  });
});
