import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Role, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { can, isInSubtree, modelScopeWhere, PERMISSIONS, unitSubtreeWhere, type Permission } from "./permissions";

type U = { id: number; code: string; name: string; level: UnitLevel; path: string };

const actorAt = (role: Role, unit: U): Actor => ({
  userId: 1,
  username: "x",
  fullName: "X",
  role,
  unitId: unit.id,
  unitName: unit.name,
  unitLevel: unit.level,
  unitPath: unit.path,
});

describe("role → permission matrix", () => {
  const expected: Record<Role, Permission[]> = {
    UNIT_CADRE: [
      "view:model:own-unit",
      "register:model:own-unit",
      "edit:model:own-unit",
      "report:progress:own-unit",
      "view:dashboard:own-unit",
    ],
    COMMUNE_REVIEWER: [
      "view:model:subtree",
      "review:model:subtree",
      "recognize:model:subtree",
      "designate-typical:model:subtree",
      "register:model:subtree",
      "record:historic-model:subtree",
      "propose:model:subtree",
      "view:dashboard:subtree",
    ],
    DISTRICT_REVIEWER: [
      "view:model:subtree",
      "review:model:subtree",
      "recognize:model:subtree",
      "designate-typical:model:subtree",
      "register:model:subtree",
      "record:historic-model:subtree",
      "propose:model:subtree",
      "view:dashboard:subtree",
      "view:review-progress:subtree",
    ],
    PROVINCE_OFFICER: [
      "view:model:subtree",
      "review:model:subtree",
      "recognize:model:subtree",
      "designate-typical:model:subtree",
      "register:model:subtree",
      "record:historic-model:subtree",
      "view:dashboard:subtree",
      "view:review-progress:subtree",
      "manage:decision:subtree",
      "manage:campaign:province",
      "manage:issuer:province",
    ],
    ADMIN: [
      "view:model:all",
      "view:dashboard:all",
      "view:decision:all",
      "manage:org:all",
      "manage:user:all",
      "manage:list:all",
    ],
  };

  it.each(Object.keys(expected) as Role[])("%s has exactly its permissions", (role) => {
    const granted = PERMISSIONS.filter((p) => can({ role }, p));
    expect([...granted].sort()).toEqual([...expected[role]].sort());
  });

  it("keeps duties apart: cadres do not review, reviewers do not register, admins do not recognize", () => {
    expect(can({ role: "UNIT_CADRE" }, "recognize:model:subtree")).toBe(false);
    expect(can({ role: "COMMUNE_REVIEWER" }, "register:model:own-unit")).toBe(false);
    expect(can({ role: "ADMIN" }, "recognize:model:subtree")).toBe(false);
    expect(can({ role: "DISTRICT_REVIEWER" }, "manage:decision:subtree")).toBe(false);
    expect(can({ role: "ADMIN" }, "manage:decision:subtree")).toBe(false);
    expect(can({ role: "PROVINCE_OFFICER" }, "manage:user:all")).toBe(false);
  });

  it("grants nothing without an actor", () => {
    expect(PERMISSIONS.some((p) => can(null, p))).toBe(false);
  });
});

describe("subtree scoping against the database", () => {
  const u: Record<string, U> = {};
  const m: Record<string, number> = {};

  async function unit(key: string, level: UnitLevel, kind: UnitKind, parent?: U, path?: string) {
    const created = await prisma.unit.create({
      data: {
        code: key,
        name: `Đơn vị ${key}`,
        kind,
        level,
        parentId: parent?.id,
        validFrom: new Date("2020-01-01"),
        path: "/",
      },
    });
    u[key] = await prisma.unit.update({
      where: { id: created.id },
      data: { path: path ?? `${parent?.path ?? "/"}${created.id}/` },
      select: { id: true, code: true, name: true, level: true, path: true },
    });
  }

  beforeAll(async () => {
    await unit("P", "PROVINCE", "PROVINCE");
    await unit("D1", "DISTRICT", "DISTRICT", u.P);
    await unit("D2", "DISTRICT", "DISTRICT", u.P);
    await unit("C1", "COMMUNE", "COMMUNE", u.D1);
    await unit("C3", "COMMUNE", "COMMUNE", u.D1);
    await unit("C2", "COMMUNE", "COMMUNE", u.D2);
    await unit("G1", "GRASSROOTS", "PARTY_CELL", u.C1);
    await unit("G2", "GRASSROOTS", "HAMLET", u.C1);
    // A commune abolished in the merger; it still hangs under D2, its successor committee is C1.
    await unit("OLD", "COMMUNE", "COMMUNE", u.D2);
    await prisma.unit.update({ where: { id: u.OLD.id }, data: { successorId: u.C1.id } });
    // Its path starts with D1's path as text ("/1/2/" vs "/1/29/"): the trailing slash must keep it out.
    await unit("DECOY", "DISTRICT", "DISTRICT", u.P, `${u.D1.path.slice(0, -1)}9/`);

    const field = await prisma.field.create({ data: { code: "KT", name: "Kinh tế" } });
    const campaign = await prisma.campaign.create({
      data: {
        code: "2025",
        name: "Đợt 2025",
        startDate: new Date("2025-01-01"),
        endDate: new Date("2025-12-31"),
        ownerUnitId: u.P.id,
      },
    });
    const creator = await prisma.user.create({
      data: { username: "tao", fullName: "Người tạo", passwordHash: "x", role: "UNIT_CADRE", unitId: u.G1.id },
    });
    const model = async (key: string, owner: U, review: U) => {
      const row = await prisma.model.create({
        data: {
          code: `MH-${key}`,
          kind: "COLLECTIVE",
          title: `Mô hình ${key}`,
          fieldId: field.id,
          campaignId: campaign.id,
          ownerUnitId: owner.id,
          ownerUnitName: owner.name,
          ownerAddress: "",
          registeredWithUnitId: review.id,
          registeredLevel: review.level,
          reviewUnitId: review.id,
          reviewLevel: review.level,
          createdById: creator.id,
        },
      });
      m[key] = row.id;
    };
    await model("G1", u.G1, u.C1);
    await model("G2", u.G2, u.C1);
    await model("C1", u.C1, u.D1);
    await model("C3", u.C3, u.C3);
    await model("C2", u.C2, u.C2);
    await model("OLD", u.OLD, u.C1);
    await model("DECOY", u.DECOY, u.P);
    await model("P", u.P, u.P);
  });

  const visibleModels = async (actor: Actor) =>
    (await prisma.model.findMany({ where: modelScopeWhere(actor), select: { code: true } }))
      .map((r) => r.code.replace("MH-", ""))
      .sort();
  const visibleUnits = async (actor: Actor) =>
    (await prisma.unit.findMany({ where: unitSubtreeWhere(actor), select: { code: true } })).map((r) => r.code).sort();

  it("a unit cadre sees only its own unit's models and unit", async () => {
    const cadre = actorAt("UNIT_CADRE", u.G1);
    expect(await visibleModels(cadre)).toEqual(["G1"]);
    expect(await visibleUnits(cadre)).toEqual(["G1"]);
  });

  it("a commune reviewer sees its subtree, plus models routed to it from a merged commune", async () => {
    const reviewer = actorAt("COMMUNE_REVIEWER", u.C1);
    expect(await visibleModels(reviewer)).toEqual(["C1", "G1", "G2", "OLD"]);
    // OLD merged into C1: its history (the unit itself) is C1's to read.
    expect(await visibleUnits(reviewer)).toEqual(["C1", "G1", "G2", "OLD"]);
  });

  it("a district reviewer sees its subtree but not a sibling whose path merely starts with the same digits", async () => {
    const d1 = actorAt("DISTRICT_REVIEWER", u.D1);
    expect(await visibleModels(d1)).toEqual(["C1", "C3", "G1", "G2", "OLD"]);
    // OLD merged into C1, which is in D1: D1 reads its history.
    expect(await visibleUnits(d1)).toEqual(["C1", "C3", "D1", "G1", "G2", "OLD"]);
    const d2 = actorAt("DISTRICT_REVIEWER", u.D2);
    expect(await visibleModels(d2)).toEqual(["C2", "OLD"]);
  });

  it("the province officer and the administrator see everything", async () => {
    const all = ["C1", "C2", "C3", "DECOY", "G1", "G2", "OLD", "P"];
    expect(await visibleModels(actorAt("PROVINCE_OFFICER", u.P))).toEqual(all);
    expect(await visibleModels(actorAt("ADMIN", u.C2))).toEqual(all);
    expect(await visibleUnits(actorAt("ADMIN", u.C2))).toHaveLength(Object.keys(u).length);
  });

  it("isInSubtree applies the same rule to a loaded unit", () => {
    const d1 = actorAt("DISTRICT_REVIEWER", u.D1);
    expect(isInSubtree(d1, u.G1.path)).toBe(true);
    expect(isInSubtree(d1, u.D1.path)).toBe(true);
    expect(isInSubtree(d1, u.DECOY.path)).toBe(false);
    expect(isInSubtree(d1, u.P.path)).toBe(false);
    expect(isInSubtree(actorAt("UNIT_CADRE", u.C1), u.G1.path)).toBe(false);
    expect(isInSubtree(actorAt("UNIT_CADRE", u.C1), u.C1.path)).toBe(true);
    expect(isInSubtree(actorAt("ADMIN", u.G2), u.P.path)).toBe(true);
  });
});
