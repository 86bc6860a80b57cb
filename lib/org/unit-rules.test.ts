// The tree's shape (unit-rules.ts): refused on create and move with the field's Vietnamese message and
// nothing written; every legitimate tree (fixtures, an officially loaded province before and after its
// 2025 reorganisation) satisfies it. The demo seed is checked in lib/db/seed.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Unit } from "@/lib/generated/prisma/client";
import { createOrgTree, createUnit, createUser, treeRuleBreaks, type OrgTree } from "@/tests/fixtures";
import { createOrgUnit } from "./create-unit";
import { loadOfficialProvince } from "./load-official-province";
import { moveUnit } from "./move-unit";
import { applyReorganisation } from "./reorganise-province";

let admin: Actor;
let tree: OrgTree;
beforeAll(async () => {
  tree = await createOrgTree(prisma);
  const user = await createUser(prisma, { role: "ADMIN", unitId: tree.province.id });
  admin = {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: tree.province.id,
    unitName: tree.province.name,
    unitLevel: tree.province.level,
    unitPath: tree.province.path,
  };
});

const written = async () => ({ units: await prisma.unit.count(), audits: await prisma.auditLog.count() });

describe("creating a unit", () => {
  it("refuses a kind of another level, saying which kinds the level has; nothing written", async () => {
    const before = await written();
    const r = await createOrgUnit(admin, {
      name: "Phường Sông Cầu",
      level: "DISTRICT",
      kind: "WARD",
      parentCode: tree.province.code,
      validFrom: "01/07/2025",
    });
    expect(r).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        kind:
          "Loại đơn vị không thuộc cấp huyện (trực thuộc tỉnh). Đơn vị cấp huyện (trực thuộc tỉnh) chọn một trong " +
          "các loại: Huyện; Thị xã; Thành phố thuộc tỉnh; Đảng bộ trực thuộc tỉnh (đến 30/6/2025: tương đương cấp huyện).",
      },
    });
    expect(await written()).toEqual(before);
  });

  it("refuses a commune-level unit under a grassroots cell and a cell directly under the province", async () => {
    const before = await written();
    expect(
      await createOrgUnit(admin, {
        name: "Xã Yên Mỹ",
        level: "COMMUNE",
        kind: "COMMUNE",
        parentCode: tree.grassrootsDirect.code,
        validFrom: "01/07/2025",
      }),
    ).toMatchObject({
      code: "invalid",
      fieldErrors: {
        parentCode:
          "Đơn vị cấp xã phải trực thuộc một đơn vị cấp tỉnh hoặc cấp huyện (trực thuộc tỉnh); " +
          "đơn vị cấp trên đã nhập là đơn vị cơ sở.",
      },
    });
    expect(
      await createOrgUnit(admin, {
        name: "Chi bộ thôn Nà Lẹng",
        level: "GRASSROOTS",
        kind: "PARTY_CELL",
        parentCode: tree.province.code,
        validFrom: "01/07/2025",
      }),
    ).toMatchObject({
      code: "invalid",
      message: "Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã; đơn vị cấp trên đã nhập là đơn vị cấp tỉnh.",
      fieldErrors: {
        parentCode: "Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã; đơn vị cấp trên đã nhập là đơn vị cấp tỉnh.",
      },
    });
    expect(
      await createOrgUnit(admin, {
        name: "Chi bộ lẻ",
        level: "GRASSROOTS",
        kind: "PARTY_CELL",
        validFrom: "01/07/2025",
      }),
    ).toMatchObject({
      fieldErrors: { parentCode: "Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã: nhập mã đơn vị cấp trên." },
    });
    expect(await written()).toEqual(before);
  });

  it("refuses a huyện, thị xã or thành phố thuộc tỉnh starting on or after 1/7/2025; an earlier one is history", async () => {
    const before = await written();
    const abolished =
      "Từ 01/07/2025 không còn huyện, thị xã, thành phố thuộc tỉnh: loại này chỉ dùng cho giai đoạn trước ngày đó. " +
      "Đơn vị cấp huyện lập từ ngày này chọn loại “Đảng bộ trực thuộc tỉnh (đến 30/6/2025: tương đương cấp huyện)”.";
    for (const kind of ["DISTRICT", "TOWN", "PROVINCIAL_CITY"])
      expect(
        await createOrgUnit(admin, {
          name: "Huyện Na Lương",
          level: "DISTRICT",
          kind,
          parentCode: tree.province.code,
          validFrom: "01/07/2025",
        }),
      ).toMatchObject({ code: "invalid", fieldErrors: { kind: abolished } });
    expect(await written()).toEqual(before);

    const old = await createUnit(prisma, { name: "Tỉnh Bắc Hà cũ", validFrom: new Date("2008-01-01T00:00:00Z") });
    const historic = await createOrgUnit(admin, {
      name: "Huyện Na Lương",
      level: "DISTRICT",
      kind: "DISTRICT",
      parentCode: old.code,
      validFrom: "01/01/2010",
    });
    expect(historic.ok).toBe(true);
    // The committees directly under the province go on after 1/7/2025 (ADR 0026: created by hand).
    const committee = await createOrgUnit(admin, {
      name: "Đảng ủy Quân sự tỉnh Minh Sơn",
      level: "DISTRICT",
      kind: "DISTRICT_EQUIVALENT",
      parentCode: tree.province.code,
      validFrom: "01/07/2025",
    });
    expect(committee.ok).toBe(true);
    const ward = await createOrgUnit(admin, {
      name: "Phường Sông Cầu",
      level: "COMMUNE",
      kind: "WARD",
      parentCode: tree.province.code,
      validFrom: "01/07/2025",
    });
    expect(ward.ok).toBe(true);
  });
});

describe("moving a unit", () => {
  it("refuses a cell under the province and a commune under a cell, the unit unchanged", async () => {
    const cell = await createUnit(prisma, { parentId: tree.communeDirect.id, name: "Chi bộ thôn Khuổi Lừa" });
    const commune = await createUnit(prisma, { parentId: tree.province.id, level: "COMMUNE", name: "Xã Quảng Bạch" });
    const before = { rows: await prisma.unit.findMany({ orderBy: { id: "asc" } }), ...(await written()) };
    expect(await moveUnit(admin, { unitId: cell.id, parentCode: tree.province.code })).toMatchObject({
      code: "invalid",
      message: "Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã; đơn vị cấp trên đã nhập là đơn vị cấp tỉnh.",
      fieldErrors: {
        parentCode: "Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã; đơn vị cấp trên đã nhập là đơn vị cấp tỉnh.",
      },
    });
    expect(await moveUnit(admin, { unitId: cell.id, parentCode: tree.district.code })).toMatchObject({
      code: "invalid",
      fieldErrors: {
        parentCode:
          "Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã; đơn vị cấp trên đã nhập là đơn vị cấp huyện (trực thuộc tỉnh).",
      },
    });
    expect(await moveUnit(admin, { unitId: commune.id, parentCode: tree.grassrootsDirect.code })).toMatchObject({
      code: "invalid",
    });
    expect({ rows: await prisma.unit.findMany({ orderBy: { id: "asc" } }), ...(await written()) }).toEqual(before);
    // Allowed moves still go through: the cell to another commune, the commune under the district level.
    expect((await moveUnit(admin, { unitId: cell.id, parentCode: tree.commune.code })).ok).toBe(true);
    expect((await moveUnit(admin, { unitId: commune.id, parentCode: tree.district.code })).ok).toBe(true);
  });
});

describe("legitimate trees satisfy the rules", () => {
  it("the fixtures' tree and a province loaded from the official data, before and after its reorganisation", async () => {
    expect(await treeRuleBreaks(prisma)).toEqual([]);
    const loaded = await loadOfficialProvince(admin, { oldProvinceName: "Tỉnh Cao Bằng" });
    if (!loaded.ok) throw new Error(loaded.message);
    const units: Unit[] = await prisma.unit.findMany({ where: { level: "COMMUNE" } });
    expect(units.length).toBeGreaterThan(100);
    expect(await treeRuleBreaks(prisma)).toEqual([]);
    const applied = await applyReorganisation(admin, { oldProvinceId: loaded.value.oldProvinceId });
    if (!applied.ok) throw new Error(applied.message);
    expect(await treeRuleBreaks(prisma)).toEqual([]);
  }, 120_000);
});
