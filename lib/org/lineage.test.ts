// The successor rule of the scope functions (ADR 0025): an officer of B reads A's history only if A
// merged into B, recursively; the lineage column stays exact on every tree change and the scope query
// is answered from its GIN index.
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Unit } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Role } from "@/lib/generated/prisma/enums";
import { isInSubtree, modelScopeWhere, unitSubtreeWhere } from "@/lib/permissions";
import { createModel, createUnit } from "@/tests/fixtures";
import { unitScopeSql } from "./scope-sql";

const actorAt = (role: Role, unit: Unit): Actor => ({
  userId: 1,
  username: "x",
  fullName: "X",
  role,
  unitId: unit.id,
  unitName: unit.name,
  unitLevel: unit.level,
  unitPath: unit.path,
});
const old = { validFrom: new Date("2008-01-01"), validTo: new Date("2025-06-30") };

describe("successor rule in the scope functions", () => {
  const u: Record<string, Unit> = {};
  const m: Record<string, number> = {};

  beforeAll(async () => {
    // Today's tree: province B with commune BC (directly under it); unrelated province Z.
    u.B = await createUnit(prisma, { name: "Tỉnh Thái Nguyên" });
    u.BC = await createUnit(prisma, { parentId: u.B.id, level: "COMMUNE", name: "Xã Chợ Đồn" });
    u.Z = await createUnit(prisma, { name: "Tỉnh Lạng Sơn" });
    // The absorbed province A: district AD, communes AC1 (→ BC) and AC2, grassroots AG under AC1.
    u.A = await createUnit(prisma, { name: "Tỉnh Bắc Kạn", ...old });
    u.AD = await createUnit(prisma, { parentId: u.A.id, name: "Huyện Chợ Đồn", ...old });
    u.AC1 = await createUnit(prisma, { parentId: u.AD.id, name: "Xã Nam Cường", ...old });
    u.AC2 = await createUnit(prisma, { parentId: u.AD.id, name: "Xã Yên Thịnh", ...old });
    u.AG = await createUnit(prisma, { parentId: u.AC1.id, name: "Chi bộ thôn Nà Pài", ...old });
    for (const k of ["AG", "AC2", "BC", "Z"]) {
      const owner = await prisma.unit.findUniqueOrThrow({ where: { id: u[k].id } });
      m[k] = (await createModel(prisma, { ownerUnitId: owner.id, state: "RECOGNIZED" })).id;
    }
    // The merger is recorded after the fact: the update triggers must propagate down A's subtree.
    await prisma.unit.update({ where: { id: u.A.id }, data: { successorId: u.B.id } });
    await prisma.unit.update({ where: { id: u.AD.id }, data: { successorId: u.B.id } });
    await prisma.unit.update({ where: { id: u.AC1.id }, data: { successorId: u.BC.id } });
    for (const k of Object.keys(u)) u[k] = await prisma.unit.findUniqueOrThrow({ where: { id: u[k].id } });
  });

  const models = async (actor: Actor) => {
    const rows = await prisma.model.findMany({ where: modelScopeWhere(actor), select: { id: true } });
    return Object.keys(m)
      .filter((k) => rows.some((r) => r.id === m[k]))
      .sort();
  };
  const units = async (actor: Actor) => {
    const rows = await prisma.unit.findMany({ where: unitSubtreeWhere(actor), select: { id: true } });
    return Object.keys(u)
      .filter((k) => rows.some((r) => r.id === u[k].id))
      .sort();
  };

  it("the merged province's officer reads the absorbed province's models and units", async () => {
    const officer = actorAt("PROVINCE_OFFICER", u.B);
    expect(await models(officer)).toEqual(["AC2", "AG", "BC"]);
    expect(await units(officer)).toEqual(["A", "AC1", "AC2", "AD", "AG", "B", "BC"]);
    expect(isInSubtree(officer, u.AG)).toBe(true);
    // A bare path keeps today's subtree rule only.
    expect(isInSubtree(officer, u.AG.path)).toBe(false);
  });

  it("a successor commune's reviewer reads its predecessor's history, not its sibling's", async () => {
    const reviewer = actorAt("COMMUNE_REVIEWER", u.BC);
    expect(await models(reviewer)).toEqual(["AG", "BC"]);
    expect(await units(reviewer)).toEqual(["AC1", "AG", "BC"]);
    expect(isInSubtree(reviewer, u.AC2)).toBe(false);
  });

  it("the rule runs one way: the absorbed unit does not read its successor, an unrelated province reads neither", async () => {
    expect(await models(actorAt("PROVINCE_OFFICER", u.A))).toEqual(["AC2", "AG"]);
    expect(await models(actorAt("PROVINCE_OFFICER", u.Z))).toEqual(["Z"]);
    expect(isInSubtree(actorAt("PROVINCE_OFFICER", u.Z), u.AG)).toBe(false);
    // A cadre keeps its own unit only, also in a successor unit.
    expect(await models(actorAt("UNIT_CADRE", u.BC))).toEqual(["BC"]);
  });

  it("the raw SQL fragment selects the same units", async () => {
    for (const [role, unit] of [
      ["PROVINCE_OFFICER", u.B],
      ["COMMUNE_REVIEWER", u.BC],
      ["UNIT_CADRE", u.AG],
    ] as const) {
      const actor = actorAt(role, unit);
      const raw = await prisma.$queryRaw<{ id: number }[]>`SELECT u.id FROM "Unit" u WHERE ${unitScopeSql(actor, "u")}`;
      const viaPrisma = await prisma.unit.findMany({ where: unitSubtreeWhere(actor), select: { id: true } });
      expect(raw.map((r) => r.id).sort()).toEqual(viaPrisma.map((r) => r.id).sort());
    }
  });

  it("moving a unit and unlinking a successor keep lineage exact (compared with a full recomputation)", async () => {
    const extra = await createUnit(prisma, { parentId: u.AC2.id, name: "Chi bộ thôn Bản Cuôn", ...old });
    await prisma.unit.update({ where: { id: u.AC2.id }, data: { successorId: u.BC.id } });
    const reviewer = actorAt("COMMUNE_REVIEWER", u.BC);
    expect(isInSubtree(reviewer, await prisma.unit.findUniqueOrThrow({ where: { id: extra.id } }))).toBe(true);
    await prisma.unit.update({ where: { id: u.AC2.id }, data: { successorId: null } });
    expect(isInSubtree(reviewer, await prisma.unit.findUniqueOrThrow({ where: { id: extra.id } }))).toBe(false);
    await prisma.unit.update({ where: { id: u.BC.id }, data: { parentId: u.Z.id } });
    const zOfficer = actorAt("PROVINCE_OFFICER", u.Z);
    expect(await models(zOfficer)).toEqual(["AG", "BC", "Z"]);
    await prisma.unit.update({ where: { id: u.BC.id }, data: { parentId: u.B.id } });
    const fixed = await prisma.$queryRaw<{ n: number }[]>`SELECT unit_recompute_lineage(NULL) AS n`;
    expect(fixed[0].n).toBe(0);
  });
});

describe("scope query plan with successors", () => {
  it("answers modelScopeWhere from the lineage GIN index on a national-size tree", async () => {
    // 30,000 units in 300 provinces × 100 communes, half of them with a successor, and 30,000 models.
    const root = await createUnit(prisma, { name: "Tỉnh Quy Mô" });
    const model = await createModel(prisma, {
      ownerUnitId: (await createUnit(prisma, { parentId: root.id, level: "COMMUNE" })).id,
    });
    await prisma.$executeRaw`
      INSERT INTO "Unit" (code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
      SELECT 'BENCH-P-' || g, 'Tỉnh ' || g, 'PROVINCE', 'PROVINCE', NULL, DATE '2008-01-01', '/', now()
      FROM generate_series(1, 300) g`;
    await prisma.$executeRaw`
      INSERT INTO "Unit" (code, name, kind, level, "parentId", "successorId", "validFrom", path, "updatedAt")
      SELECT 'BENCH-C-' || p.id || '-' || g, 'Xã ' || g, 'COMMUNE', 'COMMUNE', p.id,
             CASE WHEN g % 2 = 0 THEN ${root.id}::int END, DATE '2008-01-01', '/', now()
      FROM "Unit" p CROSS JOIN generate_series(1, 100) g WHERE p.code LIKE 'BENCH-P-%'`;
    await prisma.$executeRaw`
      INSERT INTO "Model" (code, kind, title, "fieldId", "campaignId", "ownerUnitId", "ownerUnitName", "ownerAddress",
        "registeredWithUnitId", "registeredLevel", "reviewUnitId", "reviewLevel", "createdById", "updatedAt")
      SELECT 'BENCH-' || u.id, 'COLLECTIVE', 'Mô hình', ${model.fieldId}, ${model.campaignId}, u.id, u.name, '',
             u.id, 'COMMUNE', u.id, 'COMMUNE', ${model.createdById}, now()
      FROM "Unit" u WHERE u.code LIKE 'BENCH-C-%'`;
    await prisma.$executeRaw`ANALYZE "Unit"`;
    await prisma.$executeRaw`ANALYZE "Model"`;

    // Capture the SQL Prisma really sends for the scope, then EXPLAIN it.
    const queries: { query: string; params: string }[] = [];
    const logged = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
      log: [{ emit: "event", level: "query" }],
    });
    logged.$on("query", (e) => queries.push({ query: e.query, params: e.params }));
    const officer = actorAt("PROVINCE_OFFICER", await prisma.unit.findFirstOrThrow({ where: { code: "BENCH-P-7" } }));
    const seen = await logged.model.count({ where: modelScopeWhere(officer) });
    expect(seen).toBe(100);
    const q = queries.find((x) => x.query.includes('"Model"'))!;
    const params = JSON.parse(q.params) as unknown[];
    const plan = (await logged.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${q.query}`, ...params))
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    await logged.$disconnect();
    console.log(`modelScopeWhere plan (${seen} of 30,000 models):\n${plan}`);
    expect(plan).toContain("Unit_lineage_idx");
    expect(plan).not.toMatch(/Seq Scan on "Unit"/);

    // The merged province: its own commune plus 15,000 predecessors' models, still via the index.
    const merged = actorAt("PROVINCE_OFFICER", root);
    expect(await prisma.model.count({ where: modelScopeWhere(merged) })).toBe(15_001);
  }, 120_000);
});
