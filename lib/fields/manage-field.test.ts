import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createModelDraft } from "@/lib/models/create-model-draft";
import { fieldOptions } from "@/lib/models/form-options";
import { submitModel } from "@/lib/models/submit-model";
import { updateModelDraft } from "@/lib/models/update-model-draft";
import { COMPLETE_NARRATIVE, createWorld, draftForm, modelOf, type World } from "@/lib/models/test-world";
import { createField as fieldRow } from "@/tests/fixtures";
import { listActiveFields } from "./list-active-fields";
import { createField, listFields, updateField } from "./manage-field";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const audits = () => prisma.auditLog.count({ where: { entity: "Field" } });
const row = (id: number) => prisma.field.findUniqueOrThrow({ where: { id } });

describe("the field list", () => {
  it("the administrator adds a field; the code is upper-cased and kept; audited with after", async () => {
    const r = await createField(w.admin, { code: "moi-truong", name: "Môi trường", sortOrder: "6" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await row(r.id)).toMatchObject({ code: "MOI-TRUONG", name: "Môi trường", sortOrder: 6, active: true });
    const a = await prisma.auditLog.findFirstOrThrow({ where: { action: "field.create", entityId: String(r.id) } });
    expect(a.data).toMatchObject({ after: { code: "MOI-TRUONG", name: "Môi trường" } });
    expect((await listActiveFields()).map((f) => f.code)).toContain("MOI-TRUONG");
  });

  it.each([
    [{ code: "x" }, "code", "Mã gồm 2–20 chữ cái không dấu"],
    [{ code: "KINH TẾ" }, "code", "Mã gồm 2–20 chữ cái không dấu"],
    [{ name: "" }, "name", "Vui lòng nhập tên lĩnh vực."],
    // Found by the hostile-input property test: a tag was stored as a field's name.
    [{ name: "<img src=x onerror=alert(1)>" }, "name", "Không được chứa thẻ HTML (ví dụ <img>, <script>)."],
    [{ sortOrder: "-1" }, "sortOrder", "Thứ tự là một số nguyên từ 0 đến 9999."],
    [{ sortOrder: "một" }, "sortOrder", "Thứ tự là một số nguyên từ 0 đến 9999."],
    [{ active: "có" }, "active", "Vui lòng chọn trạng thái."],
  ])("refuses %o with a Vietnamese message on %s, nothing written", async (over, field, message) => {
    const count = await prisma.field.count();
    const r = await createField(w.admin, { code: "HOP-LE", name: "Hợp lệ", sortOrder: "1", ...over });
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    if (!r.ok) expect(r.fieldErrors?.[field]?.[0]).toContain(message);
    expect(await prisma.field.count()).toBe(count);
  });

  it("refuses a code already used and a name already used (without diacritics, any case)", async () => {
    const existing = w.fields[0];
    const dupCode = await createField(w.admin, { code: existing.code, name: "Tên khác hẳn", sortOrder: "1" });
    expect(dupCode).toMatchObject({ fieldErrors: { code: ["Mã lĩnh vực đã được dùng."] } });
    const dupName = await createField(w.admin, { code: "KHAC-2", name: "  kinh  te ", sortOrder: "1" });
    expect(existing.name).toBe("Kinh tế");
    expect(dupName).toMatchObject({ fieldErrors: { name: ["Đã có lĩnh vực mang tên này."] } });
  });

  it("renames and reorders with the version it showed; the code cannot change; audited before and after", async () => {
    const f = await fieldRow(prisma);
    const r = await updateField(w.admin, {
      id: String(f.id),
      version: String(f.version),
      code: "DOI-MA",
      name: "Dân tộc, tôn giáo",
      sortOrder: "3",
      active: "1",
    });
    expect(r).toEqual({ ok: true });
    expect(await row(f.id)).toMatchObject({ code: f.code, name: "Dân tộc, tôn giáo", sortOrder: 3, version: 2 });
    const a = await prisma.auditLog.findFirstOrThrow({ where: { action: "field.update", entityId: String(f.id) } });
    expect(a.data).toMatchObject({
      before: { code: f.code, name: f.name, sortOrder: f.sortOrder },
      after: { code: f.code, name: "Dân tộc, tôn giáo", sortOrder: 3 },
    });
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const f = await fieldRow(prisma);
    const input = { id: f.id, version: f.version, name: "Lần một", sortOrder: "1", active: "1" };
    expect(await updateField(w.admin, input)).toEqual({ ok: true });
    const between = await row(f.id);
    expect(await updateField(w.admin, { ...input, name: "Lần hai" })).toMatchObject({ reason: "conflict" });
    expect(await row(f.id)).toEqual(between);
  });

  it("every other role gets not found and nothing changes", async () => {
    const f = await fieldRow(prisma);
    const count = await prisma.field.count();
    const before = await audits();
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer, w.provinceOfficer]) {
      expect(
        await updateField(actor, { id: f.id, version: f.version, name: "Không được", sortOrder: "1", active: "0" }),
      ).toMatchObject({ reason: "not-found", message: "Không tìm thấy lĩnh vực." });
      expect(await createField(actor, { code: "CAM", name: "Không được", sortOrder: "1" })).toMatchObject({
        reason: "not-found",
      });
      expect(await listFields(actor)).toBeNull();
    }
    expect(await row(f.id)).toEqual(f);
    expect(await prisma.field.count()).toBe(count);
    expect(await audits()).toBe(before);
  });
});

describe("a field taken out of use", () => {
  it("is not offered to new registrations, while models that have it keep it (edit and submit)", async () => {
    const f = await fieldRow(prisma, { name: "Lĩnh vực cũ" });
    const model = await modelOf(w, "DRAFT", {
      fieldId: f.id,
      goals: COMPLETE_NARRATIVE.goals,
      methods: COMPLETE_NARRATIVE.methods,
      expectedResults: COMPLETE_NARRATIVE.expectedResults,
      startDate: new Date(`${COMPLETE_NARRATIVE.startDate}T00:00:00Z`),
    });
    expect(
      await updateField(w.admin, { id: f.id, version: f.version, name: f.name, sortOrder: "1", active: "0" }),
    ).toEqual({
      ok: true,
    });
    expect((await listActiveFields()).map((x) => x.id)).not.toContain(f.id);
    expect((await fieldOptions()).map((o) => o.value)).not.toContain(String(f.id));
    // The model's own edit form still shows its field.
    expect((await fieldOptions({ id: f.id, name: f.name })).map((o) => o.label)).toContain("Lĩnh vực cũ");

    const fresh = await createModelDraft(w.cadre, draftForm(w, { fieldId: String(f.id) }));
    expect(fresh).toMatchObject({ ok: false, code: "invalid" });

    const edited = await updateModelDraft(w.cadre, {
      ...draftForm(w, { fieldId: String(f.id), title: "Dân vận khéo giữ gìn bản sắc văn hóa" }),
      ...COMPLETE_NARRATIVE,
      id: String(model.id),
      version: String(model.version),
    });
    expect(edited).toMatchObject({ ok: true });
    const saved = await prisma.model.findUniqueOrThrow({ where: { id: model.id } });
    expect(saved.fieldId).toBe(f.id);
    expect(await submitModel(w.cadre, { id: String(saved.id), version: String(saved.version) })).toMatchObject({
      ok: true,
    });
    // Moving a model onto a field out of use is a new choice, and refused.
    const other = await modelOf(w, "DRAFT");
    expect(
      await updateModelDraft(w.cadre, {
        ...draftForm(w, { fieldId: String(f.id) }),
        id: String(other.id),
        version: String(other.version),
      }),
    ).toMatchObject({ ok: false, code: "invalid" });
  });

  it("the last field in use cannot be taken out of use", async () => {
    const active = await prisma.field.findMany({ where: { active: true }, orderBy: { id: "asc" } });
    const [keep, ...rest] = active;
    await prisma.field.updateMany({ where: { id: { in: rest.map((f) => f.id) } }, data: { active: false } });
    try {
      const r = await updateField(w.admin, {
        id: keep.id,
        version: keep.version,
        name: keep.name,
        sortOrder: "1",
        active: "0",
      });
      expect(r).toMatchObject({
        reason: "invalid",
        fieldErrors: { active: ["Phải còn ít nhất một lĩnh vực đang dùng để đăng ký mô hình."] },
      });
      expect((await row(keep.id)).active).toBe(true);
    } finally {
      await prisma.field.updateMany({ where: { id: { in: rest.map((f) => f.id) } }, data: { active: true } });
    }
  });
});
