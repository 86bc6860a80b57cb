// Tree administration: merge (preview + apply), abolish the district level, create/rename/move/close,
// the official load and 2025 reorganisation, and what the merged province's officer then reads.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Role, Unit, User } from "@/lib/generated/prisma/client";
import { loadActor } from "@/lib/auth/load-actor";
import { modelScopeWhere } from "@/lib/permissions";
import { listScopedModels } from "@/lib/models/list-scoped-models";
import { dashboardFigures } from "@/lib/dashboard/dashboard-figures";
import { createModel, createUnit, createUser } from "@/tests/fixtures";
import { abolishDistrictLevel, previewAbolishDistrictLevel } from "./abolish-district-level";
import { closeUnit } from "./close-unit";
import { createOrgUnit } from "./create-unit";
import { getUnitHistory } from "./get-unit-history";
import { listUnits } from "./list-units";
import { loadOfficialProvince } from "./load-official-province";
import { mergeUnit, previewMergeUnit } from "./merge-unit";
import { moveUnit } from "./move-unit";
import { renameUnit } from "./rename-unit";
import { applyReorganisation, previewReorganisation } from "./reorganise-province";

const actorOf = async (user: User): Promise<Actor> => {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: user.unitId } });
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: unit.id,
    unitName: unit.name,
    unitLevel: unit.level,
    unitPath: unit.path,
  };
};
const snapshot = async () => ({
  units: await prisma.unit.findMany({ orderBy: { id: "asc" } }),
  models: await prisma.model.findMany({
    orderBy: { id: "asc" },
    select: { id: true, reviewUnitId: true, version: true },
  }),
  users: await prisma.user.findMany({
    orderBy: { id: "asc" },
    select: { id: true, disabled: true, sessionVersion: true },
  }),
  audits: await prisma.auditLog.count(),
});

let admin: Actor;
const others: Partial<Record<Role, Actor>> = {};

beforeAll(async () => {
  admin = await actorOf(await createUser(prisma, { role: "ADMIN" }));
  for (const role of ["UNIT_CADRE", "COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER"] as const) {
    others[role] = await actorOf(await createUser(prisma, { role }));
  }
});

describe("merging two communes", () => {
  let province: Unit, district: Unit, a: Unit, b: Unit, hamlet: Unit;
  let open: number, closed: number, cadreA: User, reviewerA: User;

  beforeAll(async () => {
    province = await createUnit(prisma, { name: "Tỉnh Minh Sơn", validFrom: new Date("2020-01-01") });
    district = await createUnit(prisma, {
      parentId: province.id,
      name: "Huyện Na Lương",
      validFrom: new Date("2020-01-01"),
    });
    a = await createUnit(prisma, { parentId: district.id, name: "Xã Nam Cường", validFrom: new Date("2020-01-01") });
    b = await createUnit(prisma, { parentId: district.id, name: "Xã Yên Mỹ", validFrom: new Date("2020-01-01") });
    hamlet = await createUnit(prisma, {
      parentId: a.id,
      name: "Chi bộ thôn Nà Pài",
      validFrom: new Date("2020-01-01"),
    });
    cadreA = await createUser(prisma, { unitId: hamlet.id, role: "UNIT_CADRE" });
    reviewerA = await createUser(prisma, { unitId: a.id, role: "COMMUNE_REVIEWER" });
    open = (
      await createModel(prisma, { ownerUnitId: hamlet.id, state: "UNDER_REVIEW", reviewers: { [a.id]: reviewerA.id } })
    ).id;
    closed = (
      await createModel(prisma, { ownerUnitId: hamlet.id, state: "RECOGNIZED", reviewers: { [a.id]: reviewerA.id } })
    ).id;
  });

  it("previews what moves, any number of times, without changing anything", async () => {
    const before = await snapshot();
    const input = { unitId: a.id, targetCode: b.code, date: "01/07/2025" };
    const first = await previewMergeUnit(admin, input);
    const second = await previewMergeUnit(admin, input);
    expect(first).toEqual(second);
    if (!first.ok) throw new Error(first.message);
    expect(first.value.units).toEqual([
      { source: expect.objectContaining({ id: a.id }), target: expect.objectContaining({ id: b.id }) },
    ]);
    expect(first.value.children.map((c) => c.unit.id)).toEqual([hamlet.id]);
    expect(first.value.accounts.map((x) => x.id)).toEqual([reviewerA.id]);
    expect(first.value.dossiers.map((d) => d.id)).toEqual([open]);
    expect(await snapshot()).toEqual(before);
  });

  it("is refused to every other role, with nothing changed", async () => {
    const before = await snapshot();
    for (const actor of Object.values(others)) {
      expect(await mergeUnit(actor!, { unitId: a.id, targetCode: b.code, date: "01/07/2025" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(await previewMergeUnit(actor!, { unitId: a.id, targetCode: b.code, date: "01/07/2025" })).toMatchObject({
        code: "forbidden",
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input and a cycle with a Vietnamese message, nothing changed", async () => {
    const before = await snapshot();
    expect(await mergeUnit(admin, { unitId: a.id, targetCode: b.code, date: "31/02/2025" })).toMatchObject({
      code: "invalid",
      message: "Ngày không hợp lệ (dd/MM/yyyy).",
    });
    // An empty date asks for one instead of calling it invalid.
    expect(await mergeUnit(admin, { unitId: a.id, targetCode: b.code, date: " " })).toMatchObject({
      code: "invalid",
      message: "Nhập ngày (dd/MM/yyyy).",
    });
    expect(await mergeUnit(admin, { unitId: a.id, targetCode: "KHONG-CO", date: "01/07/2025" })).toMatchObject({
      code: "invalid",
    });
    expect(await mergeUnit(admin, { unitId: a.id, targetCode: hamlet.code, date: "01/07/2025" })).toMatchObject({
      message: "Không thực hiện được: thay đổi này tạo vòng lặp trong cây tổ chức.",
    });
    // Into a unit of another level: its party cell would hang directly under the district (unit rules).
    const childLevel =
      "Không sáp nhập được: đơn vị cơ sở “Chi bộ thôn Nà Pài” sẽ chuyển về trực thuộc “Huyện Na Lương”, " +
      "một đơn vị cấp huyện (trực thuộc tỉnh), nhưng đơn vị cơ sở phải trực thuộc một đơn vị cấp xã. " +
      "Chọn đơn vị kế thừa cùng cấp với đơn vị bị sáp nhập.";
    for (const merge of [previewMergeUnit, mergeUnit])
      expect(await merge(admin, { unitId: a.id, targetCode: district.code, date: "01/07/2025" })).toEqual({
        ok: false,
        code: "invalid",
        message: childLevel,
        fieldErrors: { targetCode: childLevel },
      });
    expect(await moveUnit(admin, { unitId: district.id, parentCode: a.code })).toMatchObject({ code: "invalid" });
    expect(await closeUnit(admin, { unitId: a.id, to: "30/06/2025" })).toMatchObject({
      message: "Đơn vị còn tài khoản đang hoạt động: khóa hoặc chuyển tài khoản trước, hoặc sáp nhập đơn vị.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("applies: routing moves to the successor, closed history keeps its names, the old accounts cannot act", async () => {
    const result = await mergeUnit(admin, { unitId: a.id, targetCode: b.code, date: "01/07/2025" });
    expect(result.ok).toBe(true);
    const oldA = await prisma.unit.findUniqueOrThrow({ where: { id: a.id }, include: { names: true } });
    expect(oldA).toMatchObject({ successorId: b.id, validTo: new Date("2025-06-30") });
    expect(oldA.names).toEqual([expect.objectContaining({ name: "Xã Nam Cường", validTo: new Date("2025-06-30") })]);
    const openModel = await prisma.model.findUniqueOrThrow({ where: { id: open } });
    expect(openModel.reviewUnitId).toBe(b.id);
    const closedModel = await prisma.model.findUniqueOrThrow({
      where: { id: closed },
      include: { recognitions: true },
    });
    expect(closedModel.reviewUnitId).toBe(a.id);
    expect(closedModel.ownerAddress).toContain("xã Nam Cường");
    expect(closedModel.recognitions[0].unitId).toBe(a.id);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: hamlet.id } })).parentId).toBe(b.id);
    // The merged commune's reviewer is closed; the cadre of the moved hamlet still acts.
    const reviewer = await prisma.user.findUniqueOrThrow({ where: { id: reviewerA.id } });
    expect(reviewer.disabled).toBe(true);
    expect(await loadActor(reviewer.id, reviewer.sessionVersion)).toBeNull();
    expect(await loadActor(cadreA.id, cadreA.sessionVersion)).not.toBeNull();
    // B's reviewer now reads and reviews both dossiers.
    const reviewerB = await actorOf(await createUser(prisma, { unitId: b.id, role: "COMMUNE_REVIEWER" }));
    const visible = await prisma.model.findMany({
      where: { id: { in: [open, closed] }, ...modelScopeWhere(reviewerB) },
    });
    expect(visible).toHaveLength(2);
    const history = await getUnitHistory(admin, a.id);
    expect(history!.events.map((e) => e.action)).toEqual(["org.unit.merge"]);
    expect(history!.events[0].data).toMatchObject({ before: { successorId: null }, after: { successorId: b.id } });
    // A second apply finds the unit closed.
    expect(await mergeUnit(admin, { unitId: a.id, targetCode: b.code, date: "01/07/2025" })).toMatchObject({
      ok: false,
    });
  });
});

describe("create, rename, move, close", () => {
  it("renames from a date keeping the old name for earlier dates; refuses an overlapping period", async () => {
    const p = await createUnit(prisma, { name: "Tỉnh Đông Lâm", validFrom: new Date("2020-01-01") });
    const created = await createOrgUnit(admin, {
      name: "Đảng ủy Công an tỉnh Đông Lâm",
      code: "DE-DL-CA",
      level: "DISTRICT",
      kind: "DISTRICT_EQUIVALENT",
      parentCode: p.code,
      validFrom: "01/07/2025",
    });
    if (!created.ok) throw new Error(created.message);
    expect(
      await createOrgUnit(admin, { name: "", level: "DISTRICT", kind: "DISTRICT", validFrom: "01/07/2025" }),
    ).toMatchObject({
      code: "invalid",
      message: "Nhập tên đơn vị.",
    });
    expect(
      await renameUnit(admin, { unitId: created.value.id, name: "Đảng bộ Công an tỉnh", from: "01/07/2025" }),
    ).toMatchObject({
      message: "Ngày áp dụng phải sau ngày bắt đầu của tên (hoặc hiệu lực) hiện tại.",
    });
    expect(
      (await renameUnit(admin, { unitId: created.value.id, name: "Đảng bộ Công an tỉnh Đông Lâm", from: "01/01/2026" }))
        .ok,
    ).toBe(true);
    const names = await prisma.unitName.findMany({
      where: { unitId: created.value.id },
      orderBy: { validFrom: "asc" },
    });
    expect(names.map((n) => [n.name, n.validTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Đảng ủy Công an tỉnh Đông Lâm", "2025-12-31"],
      ["Đảng bộ Công an tỉnh Đông Lâm", null],
    ]);
    const c = await createUnit(prisma, { parentId: p.id, level: "COMMUNE", name: "Xã Bằng Lãng" });
    // A code typed in another case finds the one unit it names.
    expect((await moveUnit(admin, { unitId: c.id, parentCode: "de-dl-ca" })).ok).toBe(true);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: c.id } })).path).toBe(
      `${p.path}${created.value.id}/${c.id}/`,
    );
    expect((await closeUnit(admin, { unitId: c.id, to: "31/12/2026" })).ok).toBe(true);
    expect((await listUnits(admin, { q: "bang lang", closed: true }))!.rows.map((r) => r.id)).toContain(c.id);
    expect(await listUnits(others.PROVINCE_OFFICER!, { q: "bang lang" })).toBeNull();
    expect(await renameUnit(others.PROVINCE_OFFICER!, { unitId: c.id, name: "X", from: "01/01/2027" })).toMatchObject({
      code: "forbidden",
    });
  });
});

describe("abolishing the district level of a province", () => {
  it("ends every district, moves communes under the province, routes open dossiers to the province", async () => {
    const p = await createUnit(prisma, { name: "Tỉnh Bắc Hà", validFrom: new Date("2020-01-01") });
    const d1 = await createUnit(prisma, { parentId: p.id, name: "Huyện Minh Sơn", validFrom: new Date("2020-01-01") });
    const d2 = await createUnit(prisma, {
      parentId: p.id,
      name: "Thị xã Đồng Hỷ",
      kind: "TOWN",
      validFrom: new Date("2020-01-01"),
    });
    const police = await createUnit(prisma, {
      parentId: p.id,
      name: "Đảng ủy Công an tỉnh Bắc Hà",
      kind: "DISTRICT_EQUIVALENT",
    });
    const c1 = await createUnit(prisma, { parentId: d1.id, name: "Xã Tân Lập", validFrom: new Date("2020-01-01") });
    const c2 = await createUnit(prisma, {
      parentId: d2.id,
      name: "Phường Sông Cầu",
      kind: "WARD",
      validFrom: new Date("2020-01-01"),
    });
    const proposed = await createModel(prisma, { ownerUnitId: c1.id, state: "PROPOSED" });
    expect(proposed.reviewUnitId).toBe(d1.id);
    const before = await snapshot();
    const preview = await previewAbolishDistrictLevel(admin, { provinceId: p.id, date: "01/07/2025" });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.units.map((u) => u.source.id).sort()).toEqual([d1.id, d2.id].sort());
    expect(preview.value.children.map((c) => c.unit.id).sort()).toEqual([c1.id, c2.id].sort());
    expect(preview.value.dossiers.map((d) => d.id)).toEqual([proposed.id]);
    expect(await snapshot()).toEqual(before);
    expect(
      await abolishDistrictLevel(others.DISTRICT_REVIEWER!, { provinceId: p.id, date: "01/07/2025" }),
    ).toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);

    expect((await abolishDistrictLevel(admin, { provinceId: p.id, date: "01/07/2025" })).ok).toBe(true);
    const units = await prisma.unit.findMany({ where: { id: { in: [d1.id, d2.id, police.id, c1.id, c2.id] } } });
    const get = (id: number) => units.find((u) => u.id === id)!;
    expect(get(d1.id)).toMatchObject({ validTo: new Date("2025-06-30"), successorId: p.id });
    expect(get(police.id)).toMatchObject({ validTo: null });
    expect(get(c1.id)).toMatchObject({ parentId: p.id, path: `${p.path}${c1.id}/` });
    expect(await prisma.model.findUniqueOrThrow({ where: { id: proposed.id } })).toMatchObject({
      reviewUnitId: p.id,
      reviewLevel: "PROVINCE",
    });
    expect(await abolishDistrictLevel(admin, { provinceId: p.id, date: "01/07/2025" })).toMatchObject({
      message: "Tỉnh không còn đơn vị cấp huyện nào đang hoạt động.",
    });
  });
});

describe("official data: load a province and apply the 2025 reorganisation", () => {
  it("loads Bắc Kạn and Thái Nguyên, reorganises both under 10 s; the merged province reads Bắc Kạn's models", async () => {
    const t0 = Date.now();
    const loadedBk = await loadOfficialProvince(admin, { oldProvinceName: "Tỉnh Bắc Kạn" });
    if (!loadedBk.ok) throw new Error(loadedBk.message);
    const oldBk = await prisma.unit.findUniqueOrThrow({ where: { id: loadedBk.value.oldProvinceId } });
    const communes = await prisma.unit.count({ where: { path: { startsWith: oldBk.path }, level: "COMMUNE" } });
    const bkCommune = await prisma.unit.findFirstOrThrow({
      where: { path: { startsWith: oldBk.path }, name: "Xã Nam Cường" },
    });
    const hamlet = await createUnit(prisma, {
      parentId: bkCommune.id,
      name: "Chi bộ thôn Nà Pài",
      validFrom: new Date("2008-01-01"),
    });
    const recognized = await createModel(prisma, { ownerUnitId: hamlet.id, state: "RECOGNIZED" });
    const open = await createModel(prisma, { ownerUnitId: hamlet.id, state: "SUBMITTED" });
    expect(recognized.ownerAddress).toContain("xã Nam Cường, huyện Chợ Đồn");

    expect(await loadOfficialProvince(admin, { oldProvinceName: "Tỉnh Bắc Kạn" })).toMatchObject({
      message: "Tỉnh này đã được nạp.",
    });
    expect(await loadOfficialProvince(admin, { oldProvinceName: "Tỉnh Không Có" })).toMatchObject({
      message: "Không có tỉnh này trong dữ liệu chính thức.",
    });
    expect(await loadOfficialProvince(others.PROVINCE_OFFICER!, { oldProvinceName: "Tỉnh Cao Bằng" })).toMatchObject({
      code: "forbidden",
    });

    const before = await snapshot();
    const preview = await previewReorganisation(admin, { oldProvinceId: oldBk.id });
    if (!preview.ok) throw new Error(preview.message);
    expect(await snapshot()).toEqual(before);
    const t1 = Date.now();
    const applied = await applyReorganisation(admin, { oldProvinceId: oldBk.id });
    if (!applied.ok) throw new Error(applied.message);
    const t2 = Date.now();
    console.log(
      `official load of Tỉnh Bắc Kạn: ${loadedBk.value.created} units (${communes} old communes) in ${loadedBk.value.millis} ms; ` +
        `reorganisation (${applied.value.units.length} units merged) in ${t2 - t1} ms; total ${t2 - t0} ms`,
    );
    expect(loadedBk.value.millis + (t2 - t1)).toBeLessThan(10_000);
    expect(applied.value.units.length).toBe(preview.value.units.length);

    const tn = await prisma.unit.findUniqueOrThrow({ where: { id: loadedBk.value.newProvinceId } });
    expect(tn.name).toBe("Tỉnh Thái Nguyên");
    const merged = await prisma.unit.findUniqueOrThrow({ where: { id: bkCommune.id }, include: { successor: true } });
    expect(merged.validTo).toEqual(new Date("2025-06-30"));
    expect(merged.successor!.parentId).toBe(tn.id);
    expect(await prisma.model.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      reviewUnitId: merged.successorId,
    });
    expect(
      await prisma.unit.count({ where: { path: { startsWith: oldBk.path }, level: "DISTRICT", validTo: null } }),
    ).toBe(0);

    // The merged province's officer finds the absorbed province's models in lists and search, and counts them.
    const officer = await actorOf(await createUser(prisma, { unitId: tn.id, role: "PROVINCE_OFFICER" }));
    const list = await listScopedModels(officer, {});
    if (!list.ok) throw new Error("list refused");
    expect(list.rows.map((r) => r.id)).toEqual(expect.arrayContaining([recognized.id, open.id]));
    const search = await listScopedModels(officer, { q: recognized.title.split(" ").slice(0, 2).join(" ") });
    if (!search.ok) throw new Error("search refused");
    expect(search.rows.map((r) => r.id)).toContain(recognized.id);
    const figures = await dashboardFigures(officer);
    expect(figures.byState.RECOGNIZED).toBeGreaterThanOrEqual(1);
    expect(figures.byState.SUBMITTED).toBeGreaterThanOrEqual(1);
    // An officer of an unrelated province does not.
    const stranger = await actorOf(await createUser(prisma, { role: "PROVINCE_OFFICER" }));
    expect(await prisma.model.count({ where: { id: recognized.id, ...modelScopeWhere(stranger) } })).toBe(0);
    // Applying twice: the old province is already reorganised.
    expect(await applyReorganisation(admin, { oldProvinceId: oldBk.id })).toMatchObject({ ok: false, code: "invalid" });
  }, 120_000);
});
