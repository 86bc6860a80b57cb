import crypto from "node:crypto";
import { MODEL_STATES } from "@/lib/workflow/state-machine";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient, type ModelState } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { prisma, type Db } from "./client";
import { migrate } from "./migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, type SeedResult } from "./seed";
import { treeRuleBreaks } from "@/tests/fixtures";

const STATES: readonly ModelState[] = MODEL_STATES;

/** What must come out identical from two runs: every model's identity, text and review outcome. */
async function fingerprint(db: Db): Promise<string> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT m.code, m.title, m.kind, m.state, m."registeredLevel", m."reviewLevel", m."recognizedLevel", m."typicalLevel",
           m."ownerAddress", m."personName", o.code AS owner, r.code AS "reviewUnit", m."stateChangedAt",
           (SELECT count(*)::int FROM "ReviewEvent" e WHERE e."modelId" = m.id) AS events
    FROM "Model" m JOIN "Unit" o ON o.id = m."ownerUnitId" JOIN "Unit" r ON r.id = m."reviewUnitId"
    ORDER BY m.code`;
  return crypto.createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

let result: SeedResult;
beforeAll(async () => {
  result = await seedDemo(prisma);
}, 120_000);

describe("seedDemo", () => {
  it("loads ~3,000 models with every state present, in the database as reported", async () => {
    expect(result.models).toBe(3000);
    expect(await prisma.model.count()).toBe(3000);
    const byState = await prisma.model.groupBy({ by: ["state"], _count: { _all: true } });
    for (const s of STATES) {
      const n = byState.find((x) => x.state === s)?._count._all ?? 0;
      expect(n, s).toBeGreaterThan(0);
      expect(n, s).toBe(result.modelsByState[s]);
    }
    // Every state at more than one level, and every registration level used.
    const byLevel = await prisma.model.groupBy({ by: ["registeredLevel"], _count: { _all: true } });
    expect(byLevel.map((x) => x.registeredLevel).sort()).toEqual(["COMMUNE", "DISTRICT", "PROVINCE"]);
    const reviewLevels = await prisma.model.groupBy({ by: ["state", "reviewLevel"], _count: { _all: true } });
    for (const s of ["SUBMITTED", "UNDER_REVIEW", "RECOGNIZED", "NOT_RECOGNIZED"] as const) {
      expect(new Set(reviewLevels.filter((x) => x.state === s).map((x) => x.reviewLevel)), s).toEqual(
        new Set(["COMMUNE", "DISTRICT", "PROVINCE"]),
      );
    }
    expect(await prisma.campaign.count()).toBe(2);
    expect(await prisma.field.count()).toBe(5);
    expect(await prisma.criterion.count()).toBe(8);
    expect(result.ms).toBeLessThan(20_000);
  });

  it("has the proportions a province reports", async () => {
    const collective = result.modelsByKind.COLLECTIVE / result.models;
    expect(collective).toBeGreaterThan(0.68);
    expect(collective).toBeLessThan(0.78);
    const submitted = result.models - result.modelsByState.DRAFT;
    const recognized = await prisma.model.count({ where: { recognizedLevel: { not: null } } });
    expect(recognized / submitted).toBeGreaterThan(0.35);
    expect(recognized / submitted).toBeLessThan(0.5);
    const typical = await prisma.model.count({ where: { typicalLevel: { not: null } } });
    expect(typical / recognized).toBeGreaterThan(0.15);
    expect(typical / recognized).toBeLessThan(0.3);
  });

  it("keeps each model's history consistent with its state", async () => {
    const models = await prisma.model.findMany({
      include: {
        events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        recognitions: true,
        typicals: true,
        registeredWithUnit: true,
        reviewUnit: true,
      },
    });
    const rank = { COMMUNE: 1, DISTRICT: 2, PROVINCE: 3, GRASSROOTS: 0 } as const;
    for (const m of models) {
      const flow = m.events.filter((e) => e.action !== "COMMEND");
      expect(flow[0].action, m.code).toBe("CREATE");
      expect(flow[flow.length - 1].toState, m.code).toBe(m.state);
      expect(m.registeredWithUnit.level, m.code).toBe(m.registeredLevel);
      expect(m.reviewUnit.level, m.code).toBe(m.reviewLevel);
      expect(m.submittedAt === null, m.code).toBe(m.state === "DRAFT");
      const recognizedLevels = m.recognitions.map((r) => r.level);
      if (m.recognizedLevel)
        expect(Math.max(...recognizedLevels.map((l) => rank[l])), m.code).toBe(rank[m.recognizedLevel]);
      else expect(recognizedLevels, m.code).toEqual([]);
      if (m.state === "RECOGNIZED") expect(recognizedLevels, m.code).toContain(m.reviewLevel);
      if (m.state === "PROPOSED") expect(rank[m.reviewLevel], m.code).toBeGreaterThan(rank[m.recognizedLevel!]);
      for (const t of m.typicals) expect(recognizedLevels, m.code).toContain(t.level);
      expect(m.typicalLevel === null, m.code).toBe(m.typicals.length === 0);
      expect(m.events.filter((e) => e.action === "RECOGNIZE")).toHaveLength(m.recognitions.length);
    }
  });

  it("keeps the historic unit and address of pre-reform models", async () => {
    const old = await prisma.model.findMany({
      where: { ownerUnit: { validTo: { not: null } } },
      include: { events: true, campaign: true, ownerUnit: true },
    });
    expect(old.length).toBeGreaterThan(1000);
    for (const m of old) {
      expect(m.campaign.code).toBe("DVK-2021-2025");
      expect(m.ownerUnitName).toBe(m.ownerUnit.name);
      expect(m.ownerAddress).toMatch(/tỉnh Bắc Kạn$/);
      // Units of a pre-reform commune: "thôn …, xã …, huyện …, tỉnh Bắc Kạn".
      if (m.ownerUnit.code.startsWith("G-X"))
        expect(m.ownerAddress).toMatch(
          /^(thôn|tổ dân phố) [^,]+, (xã|phường|thị trấn) [^,]+, (huyện|thành phố) [^,]+, tỉnh Bắc Kạn$/,
        );
      for (const e of m.events.filter((x) => x.action !== "COMMEND"))
        expect(e.createdAt.getTime()).toBeLessThan(Date.UTC(2025, 6, 1));
    }
    const current = await prisma.model.findMany({
      where: { campaign: { code: "DVK-2026" } },
      include: { ownerUnit: true },
    });
    for (const m of current) expect(m.ownerUnit.validTo).toBeNull();
  });

  it("creates one demo account per role, each signing in with the demo password", async () => {
    const users = await prisma.user.findMany({
      where: { username: { in: DEMO_ACCOUNTS.map((a) => a.username) } },
      include: { unit: true },
    });
    expect(users).toHaveLength(5);
    for (const a of DEMO_ACCOUNTS) {
      const u = users.find((x) => x.username === a.username)!;
      expect(u.role).toBe(a.role);
      expect(u.disabled).toBe(false);
      expect(u.unit.code).toBe(a.unitCode);
      expect(u.unit.validTo).toBeNull();
      expect(a.unit.startsWith(u.unit.name.split(" (")[0]) || a.unit.includes(u.unit.name)).toBe(true);
    }
    expect(await verifyPassword(users[0].passwordHash, DEMO_PASSWORD)).toBe(true);
    const others = await prisma.user.findFirstOrThrow({
      where: { username: { notIn: DEMO_ACCOUNTS.map((a) => a.username) } },
    });
    expect(await verifyPassword(others.passwordHash, DEMO_PASSWORD)).toBe(false);

    const canbo = users.find((u) => u.username === "canbo")!;
    const xa = users.find((u) => u.username === "xa")!;
    expect(canbo.unit.parentId).toBe(xa.unitId);
    const own = await prisma.model.findMany({ where: { ownerUnitId: canbo.unitId } });
    expect(own.length).toBeGreaterThanOrEqual(12);
    expect(own.length).toBeLessThanOrEqual(20);
    expect(new Set(own.map((m) => m.state))).toEqual(new Set(STATES));
    // Each reviewer has work waiting in today's tree.
    for (const name of ["xa", "huyen", "tinh"]) {
      const u = users.find((x) => x.username === name)!;
      expect(
        await prisma.model.count({
          where: { reviewUnitId: u.unitId, state: { in: ["SUBMITTED", "UNDER_REVIEW", "PROPOSED"] } },
        }),
        name,
      ).toBeGreaterThan(0);
    }
  });

  it("stores the issuers and a closing decision with collectives before individuals", async () => {
    const issuers = await prisma.issuer.findMany();
    expect(issuers.find((i) => i.numberSuffix === "QĐ/TU" && i.parentName === "TỈNH ỦY THÁI NGUYÊN")?.style).toBe(
      "PARTY",
    );
    expect(issuers.find((i) => i.numberSuffix === "QĐ/BTGDVTU")?.name).toBe("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY");
    expect(issuers.find((i) => i.name === "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")?.style).toBe("STATE");
    const honorees = await prisma.honoree.findMany({ orderBy: { sortOrder: "asc" } });
    expect(honorees.length).toBe(result.honorees);
    const firstIndividual = honorees.findIndex((h) => h.kind === "INDIVIDUAL");
    expect(firstIndividual).toBeGreaterThan(0);
    expect(honorees.slice(firstIndividual).every((h) => h.kind === "INDIVIDUAL")).toBe(true);
  });

  it("builds a tree of kinds, levels and parents that the unit rules allow (lib/org/unit-rules.ts)", async () => {
    expect(await prisma.unit.count()).toBeGreaterThan(500);
    expect(await treeRuleBreaks(prisma)).toEqual([]);
  });

  it("refuses to seed a database that already has units", async () => {
    await expect(seedDemo(prisma)).rejects.toThrow(/đã có đơn vị/);
  });
});

describe("seedDemo determinism", () => {
  let other: Db | undefined;
  let otherName = "";
  afterAll(async () => {
    await other?.$disconnect();
    if (otherName) {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${otherName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("gives identical models in a second, fresh database", async () => {
    otherName = `seed_${crypto.randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${otherName}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${otherName}`;
    await migrate(url.toString());
    other = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) }) as Db;
    await seedDemo(other);
    const [a, b] = [await fingerprint(prisma), await fingerprint(other)];
    expect(b).toBe(a);
    // The fingerprint is sensitive: changing one title changes it.
    await other.model.update({ where: { code: "MH-2024-000001" }, data: { title: "Mô hình khác" } });
    expect(await fingerprint(other)).not.toBe(a);
  }, 120_000);
});
