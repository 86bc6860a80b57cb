import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUnit, createUser } from "@/tests/fixtures";
import { allowedCommittees } from "./allowed-committees";
import { actorOf, createWorld, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const names = async (a: World["cadre"]) => {
  const res = await allowedCommittees(a);
  if (!res.ok) throw new Error(res.message);
  return res.committees.map((c) => [c.name, c.level]);
};

describe("allowedCommittees", () => {
  it("a unit of a commune directly under the province may register with the commune or the province, nearest first", async () => {
    expect(await names(w.cadre)).toEqual([
      ["Xã Tân Lập", "COMMUNE"],
      ["Tỉnh Minh Sơn", "PROVINCE"],
    ]);
  });

  it("a unit under a district-level equivalent gets commune, district and province", async () => {
    expect(await names(w.otherUnitCadre)).toEqual([
      ["Đảng bộ Phòng Cảnh sát giao thông", "COMMUNE"],
      ["Đảng ủy Công an tỉnh Minh Sơn", "DISTRICT"],
      ["Tỉnh Minh Sơn", "PROVINCE"],
    ]);
  });

  it("skips committees that no longer exist today (an abolished district)", async () => {
    const district = await createUnit(prisma, {
      parentId: w.tree.province.id,
      level: "DISTRICT",
      name: "Huyện Na Lương",
      validTo: new Date("2025-06-30T00:00:00Z"),
      validFrom: new Date("2008-01-01T00:00:00Z"),
    });
    const commune = await createUnit(prisma, { parentId: district.id, level: "COMMUNE", name: "Xã Yên Mỹ" });
    const cell = await createUnit(prisma, { parentId: commune.id, name: "Chi bộ thôn Bản Chang" });
    const cadre = actorOf(await createUser(prisma, { unitId: cell.id, role: "UNIT_CADRE" }), cell);
    expect(await names(cadre)).toEqual([
      ["Xã Yên Mỹ", "COMMUNE"],
      ["Tỉnh Minh Sơn", "PROVINCE"],
    ]);
  });

  it("is for registering cadres only", async () => {
    expect(await allowedCommittees(w.communeReviewer)).toMatchObject({ ok: false, code: "forbidden" });
  });
});
