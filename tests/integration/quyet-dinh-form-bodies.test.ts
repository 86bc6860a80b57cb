import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { createWorld, type World } from "@/lib/models/test-world";
import { createIssuer, createModel } from "@/tests/fixtures";
import {
  addHonoreesFromForm,
  correctHonoreeFromForm,
  createDecisionFromForm,
  deleteDecisionFromForm,
  issueDecisionFromForm,
  removeHonoreeFromForm,
  reopenDecisionFromForm,
  reorderHonoreesFromForm,
  updateDecisionFieldsFromForm,
} from "@/app/(portal)/quyet-dinh/_lib/form-bodies";

let w: World;
let issuerId: number;
let modelIds: number[];
let extraModelId: number;

function form(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, String(v));
  return data;
}

function createForm(overrides: Record<string, string> = {}) {
  return form({
    issuerId,
    number: "113",
    decisionDate: "2026-03-05",
    signerName: "Nguyễn Văn An",
    signerTitle: "Phó Bí thư Thường trực",
    awardForm: "BANG_KHEN",
    title: "Về việc khen thưởng tập thể, cá nhân điển hình trong phong trào thi đua “Dân vận khéo”",
    campaignId: "",
    modelIds: modelIds.join(","),
    ...overrides,
  });
}

async function snapshot(id: number) {
  return prisma.decision.findUniqueOrThrow({
    where: { id },
    include: { honorees: { orderBy: { id: "asc" } } },
  });
}

beforeAll(async () => {
  w = await createWorld();
  issuerId = (await createIssuer(prisma, { unitId: w.tree.province.id })).id;
  const recognized = (kind: "COLLECTIVE" | "INDIVIDUAL") =>
    createModel(prisma, {
      ownerUnitId: w.tree.grassrootsDirect.id,
      campaignId: w.campaign.id,
      kind,
      state: "RECOGNIZED",
      typical: true,
    });
  modelIds = [
    (await recognized("COLLECTIVE")).id,
    (await recognized("COLLECTIVE")).id,
    (await recognized("INDIVIDUAL")).id,
  ];
  extraModelId = (await recognized("INDIVIDUAL")).id;
});

describe("decision form actions", () => {
  it("creates a draft from the form, collectives first in the order picked", async () => {
    const result = await createDecisionFromForm(w.provinceOfficer, createForm());
    expect(result).toMatchObject({ ok: true });
    const d = await snapshot(result.id!);
    expect(d.status).toBe("DRAFT");
    // A draft takes no number; the one typed is its planned number.
    expect(d).toMatchObject({ numberText: null, number: null, plannedNumber: 113 });
    expect(d.honorees.map((h) => h.modelId).sort()).toEqual([...modelIds].sort());
  });

  it("returns Vietnamese errors next to the fields and writes nothing on invalid input", async () => {
    const before = await prisma.decision.count();
    const result = await createDecisionFromForm(
      w.provinceOfficer,
      createForm({ signerName: "  ", modelIds: "", number: "abc" }),
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.signerName?.[0]).toMatch(/người ký/);
    expect(result.fieldErrors?.modelIds?.[0]).toMatch(/ít nhất một/);
    expect(result.fieldErrors?.number?.[0]).toMatch(/Số quyết định/);
    expect(await prisma.decision.count()).toBe(before);
  });

  it.each([
    ["communeReviewer", 201],
    ["districtReviewer", 202],
    ["cadre", 203],
    ["admin", 204],
  ] as const)("refuses %s and changes nothing", async (role, number) => {
    const created = await createDecisionFromForm(w.provinceOfficer, createForm({ number: String(number) }));
    expect(created.ok).toBe(true);
    const id = created.id!;
    const before = await snapshot(id);
    const count = await prisma.decision.count();
    const actor = w[role];
    // The administrator reads decisions (so one exists for it, and it may not change it); to the other
    // roles a decision of the province does not exist.
    const refusal = role === "admin" ? M.forbidden : M.notFound;

    expect((await createDecisionFromForm(actor, createForm({ number: "900" }))).message).toBe(M.forbidden);
    const h = before.honorees[0];
    expect(
      (
        await correctHonoreeFromForm(
          actor,
          form({ id, version: before.version, honoreeId: h.id, name: "Tên sửa trái phép", address: "Địa chỉ khác" }),
        )
      ).message,
    ).toBe(refusal);
    const collectives = before.honorees.filter((x) => x.kind === "COLLECTIVE").map((x) => x.id);
    expect(
      (
        await reorderHonoreesFromForm(
          actor,
          form({ id, version: before.version, order: [...collectives].reverse().join(",") }),
        )
      ).message,
    ).toBe(refusal);
    expect((await issueDecisionFromForm(actor, form({ id, version: before.version }))).message).toBe(refusal);
    const fields = {
      id,
      version: before.version,
      issuerId,
      number: "",
      decisionDate: "05/03/2026",
      signerName: "Người khác",
      signerTitle: "Chức vụ",
      awardForm: "GIAY_KHEN",
      title: "Trích yếu khác",
      campaignId: "",
    };
    expect((await updateDecisionFieldsFromForm(actor, form(fields))).message).toBe(refusal);
    expect(
      (await addHonoreesFromForm(actor, form({ id, version: before.version, modelIds: String(extraModelId) }))).message,
    ).toBe(refusal);
    expect((await removeHonoreeFromForm(actor, form({ id, version: before.version, honoreeId: h.id }))).message).toBe(
      refusal,
    );
    expect((await deleteDecisionFromForm(actor, form({ id, version: before.version }))).message).toBe(refusal);

    expect(await prisma.decision.count()).toBe(count);
    expect(await snapshot(id)).toEqual(before);
  });

  it("corrects a line, reorders, issues and reopens (with a reason) for the province officer", async () => {
    const created = await createDecisionFromForm(w.provinceOfficer, createForm({ number: "300" }));
    const id = created.id!;
    let d = await snapshot(id);
    const line = d.honorees.find((h) => h.kind === "COLLECTIVE")!;
    const modelBefore = await prisma.model.findUniqueOrThrow({ where: { id: line.modelId! } });

    const corrected = await correctHonoreeFromForm(
      w.provinceOfficer,
      form({
        id,
        version: d.version,
        honoreeId: line.id,
        name: "Chi bộ thôn Nà Lẹng",
        address: "xã Tân Lập, huyện Minh Sơn",
      }),
    );
    expect(corrected).toMatchObject({ ok: true, message: "Đã lưu thay đổi." });
    d = await snapshot(id);
    expect(d.honorees.find((h) => h.id === line.id)).toMatchObject({
      name: "Chi bộ thôn Nà Lẹng",
      address: "xã Tân Lập, huyện Minh Sơn",
      modelId: line.modelId,
    });
    expect(await prisma.model.findUniqueOrThrow({ where: { id: line.modelId! } })).toEqual(modelBefore);

    const collectives = d.honorees
      .filter((h) => h.kind === "COLLECTIVE")
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((h) => h.id);
    const reversed = [...collectives].reverse();
    expect(
      (await reorderHonoreesFromForm(w.provinceOfficer, form({ id, version: d.version, order: reversed.join(",") })))
        .ok,
    ).toBe(true);
    d = await snapshot(id);
    expect(
      d.honorees
        .filter((h) => h.kind === "COLLECTIVE")
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((h) => h.id),
    ).toEqual(reversed);

    // A stale version (another tab) is refused.
    expect((await issueDecisionFromForm(w.provinceOfficer, form({ id, version: d.version - 1 }))).message).toBe(
      M.conflict,
    );
    expect((await issueDecisionFromForm(w.provinceOfficer, form({ id, version: d.version }))).ok).toBe(true);
    d = await snapshot(id);
    expect(d.status).toBe("ISSUED");

    const noReason = await reopenDecisionFromForm(w.provinceOfficer, form({ id, version: d.version, reason: "" }));
    expect(noReason.ok).toBe(false);
    expect(noReason.fieldErrors?.reason?.[0]).toMatch(/lý do/);
    expect((await snapshot(id)).status).toBe("ISSUED");

    const reopened = await reopenDecisionFromForm(
      w.provinceOfficer,
      form({ id, version: d.version, reason: "Sửa địa chỉ của một tập thể theo đề nghị" }),
    );
    expect(reopened.ok).toBe(true);
    expect((await snapshot(id)).status).toBe("DRAFT");
  });

  it("edits a draft's fields, adds and removes lines, corrects position and Ông/Bà, and deletes it", async () => {
    const created = await createDecisionFromForm(w.provinceOfficer, createForm({ number: "" }));
    const id = created.id!;
    let d = await snapshot(id);
    expect(d.plannedNumber).toBeNull();

    const fields = {
      id,
      version: d.version,
      issuerId,
      number: "77",
      decisionDate: "25/06/2026",
      signerName: "Lê Thị Hoa",
      signerTitle: "Bí thư",
      awardForm: "GIAY_KHEN",
      title: "Về việc tặng Giấy khen",
      campaignId: "",
    };
    const bad = await updateDecisionFieldsFromForm(w.provinceOfficer, form({ ...fields, signerName: " " }));
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors?.signerName).toEqual(["Vui lòng nhập họ tên người ký."]);
    expect(await snapshot(id)).toEqual(d);
    // A stale version (another tab changed it) writes nothing.
    expect(
      (await updateDecisionFieldsFromForm(w.provinceOfficer, form({ ...fields, version: d.version + 1 }))).message,
    ).toBe(M.conflict);
    expect(await snapshot(id)).toEqual(d);
    expect(await updateDecisionFieldsFromForm(w.provinceOfficer, form(fields))).toMatchObject({ ok: true, id });
    d = await snapshot(id);
    expect(d).toMatchObject({
      plannedNumber: 77,
      number: null,
      signerName: "Lê Thị Hoa",
      awardForm: "GIAY_KHEN",
      version: 2,
    });
    expect(d.decisionDate.toISOString().slice(0, 10)).toBe("2026-06-25");

    expect(
      await addHonoreesFromForm(w.provinceOfficer, form({ id, version: d.version, modelIds: String(extraModelId) })),
    ).toMatchObject({ ok: true });
    d = await snapshot(id);
    expect(d.honorees.map((h) => h.modelId)).toContain(extraModelId);

    const person = d.honorees.find((h) => h.modelId === extraModelId)!;
    const corrected = await correctHonoreeFromForm(
      w.provinceOfficer,
      form({
        id,
        version: d.version,
        honoreeId: person.id,
        name: person.name,
        address: person.address,
        position: "  ",
        honorific: "",
      }),
    );
    expect(corrected).toMatchObject({ ok: true });
    d = await snapshot(id);
    expect(d.honorees.find((h) => h.id === person.id)).toMatchObject({ position: null, honorific: null });

    expect(
      await removeHonoreeFromForm(w.provinceOfficer, form({ id, version: d.version, honoreeId: person.id })),
    ).toMatchObject({ ok: true });
    d = await snapshot(id);
    expect(d.honorees.map((h) => h.modelId)).not.toContain(extraModelId);

    expect(await deleteDecisionFromForm(w.provinceOfficer, form({ id, version: d.version }))).toMatchObject({
      ok: true,
      message: "Đã xóa dự thảo.",
    });
    expect(await prisma.decision.findUnique({ where: { id } })).toBeNull();
  });
});
