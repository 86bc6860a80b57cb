// The shared factories (tests/fixtures) and the timeline builder they use with the seed.
import { beforeAll, describe, expect, it } from "vitest";
import { MODEL_STATES } from "@/lib/workflow/state-machine";
import { prisma } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import type { ModelState } from "@/lib/generated/prisma/client";
import {
  createCampaign,
  createField,
  createIssuer,
  createModel,
  createOrgTree,
  createUser,
  ensureDefaultFields,
  TEST_PASSWORD,
  type OrgTree,
} from "@/tests/fixtures";
import { mulberry32 } from "./prng";
import { buildTimeline, TimelineError } from "./timeline";

let tree: OrgTree;
beforeAll(async () => {
  tree = await createOrgTree(prisma);
});

describe("factories", () => {
  it("createOrgTree builds both routings with correct paths", async () => {
    const units = await prisma.unit.findMany();
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) expect(u.path).toBe(u.parentId ? `${byId.get(u.parentId)!.path}${u.id}/` : `/${u.id}/`);
    expect(tree.communeDirect.parentId).toBe(tree.province.id);
    expect(tree.grassroots.level).toBe("GRASSROOTS");
    expect(tree.district).toMatchObject({ level: "DISTRICT", kind: "DISTRICT_EQUIVALENT" });
    expect(await prisma.unitName.count()).toBe(units.length);
  });

  it("createUser uses the precomputed demo hash, or hashes a given password", async () => {
    const cadre = await createUser(prisma, { unitId: tree.grassrootsDirect.id });
    expect(cadre.role).toBe("UNIT_CADRE");
    expect(await verifyPassword(cadre.passwordHash, TEST_PASSWORD)).toBe(true);
    const reviewer = await createUser(prisma, { role: "COMMUNE_REVIEWER", password: "Mật-khẩu-khác-1" });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: reviewer.unitId } })).level).toBe("COMMUNE");
    expect(await verifyPassword(reviewer.passwordHash, "Mật-khẩu-khác-1")).toBe(true);
    expect(await verifyPassword(reviewer.passwordHash, TEST_PASSWORD)).toBe(false);
  });

  it("ensureDefaultFields is idempotent and keeps the five default fields in order", async () => {
    await ensureDefaultFields(prisma);
    const fields = await ensureDefaultFields(prisma);
    expect(fields.map((f) => f.name)).toEqual([
      "Kinh tế",
      "Văn hóa – xã hội",
      "Xây dựng Đảng và hệ thống chính trị",
      "Quốc phòng – an ninh",
      "Khác",
    ]);
    const extra = await createField(prisma, { name: "Chuyển đổi số" });
    expect(extra.name).toBe("Chuyển đổi số");
  });

  it("createCampaign and createIssuer fill realistic defaults", async () => {
    const c = await createCampaign(prisma, { ownerUnitId: tree.province.id });
    expect(c.criteria.map((x) => x.name)).toEqual([
      "Hiệu quả",
      "Sáng tạo",
      "Sự tham gia của nhân dân",
      "Khả năng nhân rộng",
    ]);
    const issuer = await createIssuer(prisma, { unitId: tree.province.id });
    expect(issuer).toMatchObject({ style: "PARTY", numberSuffix: "QĐ/TU", parentName: "TỈNH ỦY THÁI NGUYÊN" });
    const state = await createIssuer(prisma, {
      unitId: tree.province.id,
      name: "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
      parentName: null,
      style: "STATE",
      numberSuffix: "QĐ-UBND",
    });
    expect(state.style).toBe("STATE");
  });

  const STATES: readonly ModelState[] = MODEL_STATES;
  it.each(STATES)("createModel in state %s has a consistent timeline", async (state) => {
    const m = await createModel(prisma, { ownerUnitId: tree.grassrootsDirect.id, state });
    const full = await prisma.model.findUniqueOrThrow({
      where: { id: m.id },
      include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] }, recognitions: true, typicals: true },
    });
    expect(full.state).toBe(state);
    expect(full.registeredWithUnitId).toBe(tree.communeDirect.id);
    expect(full.events[0].action).toBe("CREATE");
    expect(full.events[full.events.length - 1].toState).toBe(state);
    for (let i = 1; i < full.events.length; i++) expect(full.events[i].fromState).toBe(full.events[i - 1].toState);
    if (state === "PROPOSED") {
      // A commune directly under the province proposes straight to the province.
      expect(full.reviewUnitId).toBe(tree.province.id);
      expect(full.recognizedLevel).toBe("COMMUNE");
    } else {
      expect(full.reviewUnitId).toBe(tree.communeDirect.id);
    }
    expect(full.recognitions.length).toBe(state === "RECOGNIZED" || state === "PROPOSED" ? 1 : 0);
    expect(full.submittedAt === null).toBe(state === "DRAFT");
  });

  it("createModel can climb to the province through a district-level unit and be designated typical", async () => {
    const m = await createModel(prisma, {
      ownerUnitId: tree.grassroots.id,
      state: "RECOGNIZED",
      climbs: 2,
      typical: true,
      kind: "INDIVIDUAL",
    });
    const full = await prisma.model.findUniqueOrThrow({
      where: { id: m.id },
      include: { recognitions: true, typicals: true },
    });
    expect(full.recognitions.map((r) => r.level).sort()).toEqual(["COMMUNE", "DISTRICT", "PROVINCE"]);
    expect(full).toMatchObject({
      recognizedLevel: "PROVINCE",
      typicalLevel: "PROVINCE",
      reviewUnitId: tree.province.id,
      reviewLevel: "PROVINCE",
    });
    expect(full.personName).toBeTruthy();
    expect(full.typicals).toHaveLength(1);
  });
});

describe("buildTimeline", () => {
  const base = {
    ownerUnitId: 1,
    creatorId: 1,
    reviewerFor: () => 2,
    start: new Date("2026-01-01T00:00:00Z"),
    end: new Date("2026-02-01T00:00:00Z"),
  };
  it("refuses histories that cannot happen", () => {
    expect(() =>
      buildTimeline({ ...base, state: "PROPOSED", route: [{ unitId: 9, level: "PROVINCE" }], rng: mulberry32(1) }),
    ).toThrow(TimelineError);
    expect(() =>
      buildTimeline({
        ...base,
        state: "DRAFT",
        climbs: 1,
        route: [
          { unitId: 8, level: "COMMUNE" },
          { unitId: 9, level: "PROVINCE" },
        ],
        rng: mulberry32(1),
      }),
    ).toThrow(TimelineError);
  });

  it("is deterministic and stays inside its window", () => {
    const route = [
      { unitId: 8, level: "COMMUNE" as const },
      { unitId: 9, level: "PROVINCE" as const },
    ];
    const a = buildTimeline({
      ...base,
      state: "RECOGNIZED",
      climbs: 1,
      revisions: 1,
      typical: true,
      route,
      rng: mulberry32(42),
    });
    const b = buildTimeline({
      ...base,
      state: "RECOGNIZED",
      climbs: 1,
      revisions: 1,
      typical: true,
      route,
      rng: mulberry32(42),
    });
    expect(a).toEqual(b);
    expect(a.events.map((e) => e.action)).toEqual([
      "CREATE",
      "SUBMIT",
      "START_REVIEW",
      "REQUEST_REVISION",
      "RESUBMIT",
      "START_REVIEW",
      "RECOGNIZE",
      "PROPOSE",
      "START_REVIEW",
      "RECOGNIZE",
      "DESIGNATE_TYPICAL",
    ]);
    for (const e of a.events) {
      expect(e.createdAt.getTime()).toBeGreaterThanOrEqual(base.start.getTime());
      expect(e.createdAt.getTime()).toBeLessThanOrEqual(base.end.getTime() + a.events.length);
    }
  });
});
