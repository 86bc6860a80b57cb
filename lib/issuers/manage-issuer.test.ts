import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { createDecision } from "@/lib/decisions/create-decision";
import { issueDecision } from "@/lib/decisions/issue-decision";
import { decisionFormOptions } from "@/lib/decisions/form-options";
import { issuerForDate } from "@/lib/decisions/shared";
import { createDecisionWorld, decisionInput, recognizedModel, type DecisionWorld } from "@/lib/decisions/test-world";
import { createIssuer as issuerRow } from "@/tests/fixtures";
import {
  createIssuer,
  endIssuerValidity,
  getIssuer,
  issuerUnitOptions,
  listIssuers,
  updateIssuer,
} from "./manage-issuer";

let w: DecisionWorld;
beforeAll(async () => {
  w = await createDecisionWorld();
});

const form = (over: Record<string, unknown> = {}) => ({
  name: "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
  parentName: "TỈNH ỦY MINH SƠN",
  place: "Minh Sơn",
  style: "PARTY",
  numberSuffix: "qđ/btgdvtu",
  termStartYear: "2025",
  validFrom: "01/07/2025",
  validTo: "",
  ...over,
});

/** A fresh issuer of the world's province (or of `unitId`), in office since 2020, with no decision. */
const fresh = (unitId?: number) =>
  issuerRow(prisma, { unitId: unitId ?? w.tree.province.id, validFrom: new Date("2020-01-01T00:00:00Z") });

const audits = () => prisma.auditLog.count({ where: { entity: "Issuer" } });
const row = (id: number) => prisma.issuer.findUniqueOrThrow({ where: { id } });

async function issuedBy(issuerId: number, date: string, status: "DRAFT" | "ISSUED" = "ISSUED") {
  const m = await recognizedModel(w);
  const created = await createDecision(w.provinceOfficer, decisionInput(w, [m.id], { issuerId, decisionDate: date }));
  if (!created.ok) throw new Error(created.message);
  if (status === "ISSUED") {
    const issued = await issueDecision(w.provinceOfficer, { id: created.id, version: created.version });
    if (!issued.ok) throw new Error(issued.message);
  }
  return created.id;
}

describe("creating an issuing body", () => {
  it("the province officer adds one for its province; suffix upper-cased; audited with after", async () => {
    const before = await audits();
    const r = await createIssuer(w.provinceOfficer, form({ unitId: String(w.tree.province.id) }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await row(r.id)).toMatchObject({
      unitId: w.tree.province.id,
      name: "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
      numberSuffix: "QĐ/BTGDVTU",
      termStartYear: 2025,
      validTo: null,
      version: 1,
    });
    expect(await audits()).toBe(before + 1);
    const a = await prisma.auditLog.findFirstOrThrow({ where: { action: "issuer.create", entityId: String(r.id) } });
    expect(a.actorId).toBe(w.provinceOfficer.userId);
    expect(a.data).toMatchObject({ after: { name: "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY", style: "PARTY" } });
  });

  it("is offered on a decision dated in its validity, and only then", async () => {
    const r = await createIssuer(
      w.provinceOfficer,
      form({ unitId: String(w.tree.province.id), name: "BAN CHỈ ĐẠO PHONG TRÀO", validTo: "31/12/2026" }),
    );
    if (!r.ok) throw new Error(r.message);
    const options = await decisionFormOptions(w.provinceOfficer);
    expect(options.issuers.find((i) => i.id === r.id)).toMatchObject({
      validFrom: "2025-07-01",
      validTo: "2026-12-31",
    });
    expect(await issuerForDate(prisma, w.provinceOfficer, r.id, new Date("2026-06-01"))).toHaveProperty("issuer");
    expect(await issuerForDate(prisma, w.provinceOfficer, r.id, new Date("2027-01-05"))).toHaveProperty("fieldErrors");
  });

  it("refuses another province's unit and a grassroots unit as not found, nothing written", async () => {
    const count = await prisma.issuer.count();
    const before = await audits();
    for (const unitId of [w.tree.otherProvince.id, w.tree.grassrootsDirect.id]) {
      expect(await createIssuer(w.provinceOfficer, form({ unitId: String(unitId) }))).toMatchObject({
        ok: false,
        reason: "not-found",
        message: "Không tìm thấy cơ quan ban hành.",
      });
    }
    expect(await prisma.issuer.count()).toBe(count);
    expect(await audits()).toBe(before);
  });

  it("refuses every role but the province officer and the administrator as not found", async () => {
    const count = await prisma.issuer.count();
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer]) {
      expect(await createIssuer(actor, form({ unitId: String(actor.unitId) }))).toMatchObject({ reason: "not-found" });
    }
    expect(await prisma.issuer.count()).toBe(count);
  });

  it("the administrator adds one for any province", async () => {
    const r = await createIssuer(
      w.admin,
      form({ unitId: String(w.tree.otherProvince.id), parentName: "TỈNH ỦY BẮC HÀ", place: "Bắc Hà" }),
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    [{ name: "" }, "name", "Vui lòng nhập tên cơ quan."],
    [{ place: "" }, "place", "Vui lòng nhập địa danh."],
    [{ style: "OTHER" }, "style", "Vui lòng chọn thể thức văn bản."],
    [{ numberSuffix: "QĐ-TU" }, "numberSuffix", "Văn bản của Đảng ghi ký hiệu dạng QĐ/TU"],
    [{ style: "STATE", numberSuffix: "QĐ/UBND" }, "numberSuffix", "Văn bản Nhà nước ghi ký hiệu dạng QĐ-UBND"],
    [{ termStartYear: "" }, "termStartYear", "Văn bản của Đảng đánh số theo nhiệm kỳ"],
    [{ termStartYear: "20x5" }, "termStartYear", "Năm đầu nhiệm kỳ là một năm"],
    [{ validFrom: "2025/07/01" }, "validFrom", "Hiệu lực từ ngày: nhập ngày dạng dd/mm/yyyy."],
    [{ validTo: "30/06/2025" }, "validTo", "Ngày hết hiệu lực phải sau ngày bắt đầu."],
    [{ unitId: "" }, "unitId", "Vui lòng chọn đơn vị."],
  ])("refuses %o with a Vietnamese message on %s, nothing written", async (over, field, message) => {
    const count = await prisma.issuer.count();
    const r = await createIssuer(w.provinceOfficer, form({ unitId: String(w.tree.province.id), ...over }));
    expect(r).toMatchObject({ ok: false, reason: "invalid" });
    if (r.ok) return;
    expect(r.fieldErrors?.[field]?.[0]).toContain(message);
    expect(await prisma.issuer.count()).toBe(count);
  });

  it("a State body numbers per calendar year: a typed term year is not kept", async () => {
    const r = await createIssuer(
      w.provinceOfficer,
      form({
        unitId: String(w.tree.province.id),
        name: "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
        parentName: "",
        style: "STATE",
        numberSuffix: "QĐ-UBND",
      }),
    );
    if (!r.ok) throw new Error(r.message);
    expect(await row(r.id)).toMatchObject({ style: "STATE", termStartYear: null, parentName: null });
  });
});

describe("editing an issuing body", () => {
  it("saves with the version it showed, bumps it and audits before and after", async () => {
    const i = await fresh();
    const r = await updateIssuer(w.provinceOfficer, {
      ...form({ name: "BAN DÂN VẬN TỈNH ỦY", place: "Thành phố Minh Sơn" }),
      id: String(i.id),
      version: String(i.version),
    });
    expect(r).toEqual({ ok: true });
    const after = await row(i.id);
    expect(after).toMatchObject({ name: "BAN DÂN VẬN TỈNH ỦY", place: "Thành phố Minh Sơn", version: i.version + 1 });
    const a = await prisma.auditLog.findFirstOrThrow({ where: { action: "issuer.update", entityId: String(i.id) } });
    expect(a.data).toMatchObject({
      before: { name: i.name, place: i.place },
      after: { name: "BAN DÂN VẬN TỈNH ỦY", place: "Thành phố Minh Sơn" },
    });
  });

  it("a stale version is a conflict and changes nothing (no silent overwrite)", async () => {
    const i = await fresh();
    const first = await updateIssuer(w.provinceOfficer, {
      ...form({ name: "BAN CHỈ ĐẠO A" }),
      id: i.id,
      version: i.version,
    });
    expect(first.ok).toBe(true);
    const between = await row(i.id);
    const before = await audits();
    const second = await updateIssuer(w.admin, { ...form({ name: "BAN CHỈ ĐẠO B" }), id: i.id, version: i.version });
    expect(second).toMatchObject({ ok: false, reason: "conflict" });
    expect(await row(i.id)).toEqual(between);
    expect(await audits()).toBe(before);
  });

  it("another province's issuer is not found for the officer and stays as it was; the administrator may edit it", async () => {
    const before = await row(w.foreignIssuer.id);
    const count = await audits();
    const r = await updateIssuer(w.provinceOfficer, { ...form(), id: before.id, version: before.version });
    expect(r).toMatchObject({ ok: false, reason: "not-found", message: "Không tìm thấy cơ quan ban hành." });
    expect(
      await endIssuerValidity(w.provinceOfficer, { id: before.id, version: before.version, validTo: "31/12/2026" }),
    ).toMatchObject({ reason: "not-found" });
    expect(await getIssuer(w.provinceOfficer, before.id)).toBeNull();
    expect(await row(before.id)).toEqual(before);
    expect(await audits()).toBe(count);
    const other = await updateIssuer(w.otherProvinceOfficer, {
      ...form({ parentName: "TỈNH ỦY BẮC HÀ", place: "Bắc Hà" }),
      id: before.id,
      version: before.version,
    });
    expect(other.ok).toBe(true);
  });

  it("reviewers and cadres get not found on an issuer of their own province, nothing changes", async () => {
    const i = await fresh();
    for (const actor of [w.cadre, w.communeReviewer, w.districtReviewer] as Actor[]) {
      expect(await updateIssuer(actor, { ...form(), id: i.id, version: i.version })).toMatchObject({
        reason: "not-found",
      });
      expect(await endIssuerValidity(actor, { id: i.id, version: i.version, validTo: "31/12/2026" })).toMatchObject({
        reason: "not-found",
      });
      expect(await listIssuers(actor)).toBeNull();
    }
    expect(await row(i.id)).toEqual(i);
  });

  it("a body of the province merged into the officer's is the officer's too (successor rule)", async () => {
    const found = await getIssuer(w.provinceOfficer, w.absorbedIssuer.id);
    expect(found?.issuer.name).toBe(w.absorbedIssuer.name);
    const listed = (await listIssuers(w.provinceOfficer))!.map((i) => i.id);
    expect(listed).toEqual(expect.arrayContaining([w.partyIssuer.id, w.absorbedIssuer.id]));
    expect(listed).not.toContain(w.foreignIssuer.id);
    expect((await listIssuers(w.admin))!.map((i) => i.id)).toContain(w.foreignIssuer.id);
  });

  it("once a decision is issued, what it prints and its numbering stay; validity may not exclude it", async () => {
    const i = await fresh();
    await issuedBy(i.id, "2025-12-16");
    const found = (await getIssuer(w.provinceOfficer, i.id))!;
    expect(found.locked).toEqual(["name", "parentName", "place", "style", "numberSuffix", "termStartYear"]);
    const current = await row(i.id);
    const same = {
      name: current.name,
      parentName: current.parentName ?? "",
      place: current.place,
      style: current.style,
      numberSuffix: current.numberSuffix,
      termStartYear: String(current.termStartYear),
      validFrom: "01/01/2020",
    };
    const renamed = await updateIssuer(w.provinceOfficer, {
      ...same,
      name: "BAN THƯỜNG VỤ TỈNH ỦY (MỚI)",
      termStartYear: "2030",
      id: i.id,
      version: current.version,
    });
    expect(renamed).toMatchObject({ ok: false, reason: "invalid" });
    if (renamed.ok) return;
    expect(renamed.fieldErrors?.name?.[0]).toContain("quyết định cũ phải in như đã ký");
    expect(renamed.fieldErrors?.termStartYear).toBeDefined();
    const late = await updateIssuer(w.provinceOfficer, {
      ...same,
      validFrom: "01/01/2026",
      validTo: "30/11/2025",
      id: i.id,
      version: current.version,
    });
    expect(late).toMatchObject({ reason: "invalid" });
    const early = await endIssuerValidity(w.provinceOfficer, {
      id: i.id,
      version: current.version,
      validTo: "15/12/2025",
    });
    expect(early).toMatchObject({ reason: "invalid" });
    if (!early.ok)
      expect(early.fieldErrors?.validTo?.[0]).toBe(
        "Cơ quan đã ban hành quyết định ngày 16/12/2025: hiệu lực phải kéo dài đến ngày đó.",
      );
    expect(await row(i.id)).toEqual(current);
    // The validity itself may still change where it keeps the decision inside.
    const ok = await updateIssuer(w.provinceOfficer, {
      ...same,
      validTo: "31/12/2025",
      id: i.id,
      version: current.version,
    });
    expect(ok).toEqual({ ok: true });
  });

  it("with a draft only, the name may be corrected but the numbering stays", async () => {
    const i = await fresh();
    await issuedBy(i.id, "2025-12-16", "DRAFT");
    const current = await row(i.id);
    expect((await getIssuer(w.provinceOfficer, i.id))!.locked).toEqual(["style", "numberSuffix", "termStartYear"]);
    const base = { ...form({ numberSuffix: "QĐ/TU", validFrom: "01/01/2020" }), id: i.id };
    expect(
      await updateIssuer(w.provinceOfficer, {
        ...base,
        style: "STATE",
        numberSuffix: "QĐ-UBND",
        version: current.version,
      }),
    ).toMatchObject({
      reason: "invalid",
    });
    expect(await updateIssuer(w.provinceOfficer, { ...base, version: current.version })).toEqual({ ok: true });
    expect((await row(i.id)).name).toBe("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY");
  });
});

describe("ending an issuing body's validity", () => {
  it("sets its last day, audited; decisions after it cannot name it", async () => {
    const i = await fresh();
    const r = await endIssuerValidity(w.provinceOfficer, {
      id: String(i.id),
      version: String(i.version),
      validTo: "30/06/2026",
    });
    expect(r).toEqual({ ok: true });
    const after = await row(i.id);
    expect(after.validTo?.toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(after.version).toBe(i.version + 1);
    const a = await prisma.auditLog.findFirstOrThrow({ where: { action: "issuer.end", entityId: String(i.id) } });
    expect(a.data).toMatchObject({ before: { validTo: null }, after: { validTo: "2026-06-30T00:00:00.000Z" } });
    expect(await issuerForDate(prisma, w.provinceOfficer, i.id, new Date("2026-07-01"))).toHaveProperty("fieldErrors");
  });

  it("refuses a date before its start and a malformed date with Vietnamese messages", async () => {
    const i = await fresh();
    for (const [validTo, message] of [
      ["31/12/2019", "Ngày hết hiệu lực phải sau ngày bắt đầu."],
      ["", "Hiệu lực đến ngày: nhập ngày dạng dd/mm/yyyy."],
    ]) {
      const r = await endIssuerValidity(w.provinceOfficer, { id: i.id, version: i.version, validTo });
      expect(r).toMatchObject({ ok: false, reason: "invalid" });
      if (!r.ok) expect(r.fieldErrors?.validTo?.[0]).toBe(message);
    }
    expect(await row(i.id)).toEqual(i);
  });

  it("a stale version is a conflict", async () => {
    const i = await fresh();
    expect(await endIssuerValidity(w.admin, { id: i.id, version: i.version, validTo: "31/12/2026" })).toEqual({
      ok: true,
    });
    expect(
      await endIssuerValidity(w.provinceOfficer, { id: i.id, version: i.version, validTo: "31/12/2027" }),
    ).toMatchObject({
      reason: "conflict",
    });
    expect((await row(i.id)).validTo?.toISOString().slice(0, 10)).toBe("2026-12-31");
  });
});

describe("units an issuing body may belong to", () => {
  it("the officer finds units of its own subtree only; the administrator starts from today's provinces", async () => {
    expect((await issuerUnitOptions(w.provinceOfficer, undefined)).map((u) => u.id)).toEqual([w.tree.province.id]);
    const own = await issuerUnitOptions(w.provinceOfficer, w.tree.communeDirect.name);
    expect(own.map((u) => u.id)).toContain(w.tree.communeDirect.id);
    expect(await issuerUnitOptions(w.provinceOfficer, w.tree.otherProvince.name)).toEqual([]);
    expect(await issuerUnitOptions(w.provinceOfficer, w.tree.grassrootsDirect.name)).toEqual([]);
    expect((await issuerUnitOptions(w.admin, undefined)).map((u) => u.id)).toEqual(
      expect.arrayContaining([w.tree.province.id, w.tree.otherProvince.id]),
    );
    expect(await issuerUnitOptions(w.communeReviewer, w.tree.communeDirect.name)).toEqual([]);
  });
});
