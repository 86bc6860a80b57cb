import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { createCampaign, createModel, createUnit } from "@/tests/fixtures";
import { actionableWhere, heldByCommitteeWhere, listReviewQueue } from "./list-review-queue";
import { MODEL_STATES, UNIT_LEVELS } from "@/lib/workflow/state-machine";
import { reviewProgress } from "./review-progress";
import { reviewStep } from "./review-step";
import { bulkReview } from "./bulk-review";
import { actorAt } from "./test-helpers";

let w: World;
let communeUnderDistrictReviewer: Actor;

beforeAll(async () => {
  w = await createWorld();
  communeUnderDistrictReviewer = await actorAt(w.tree.commune, "COMMUNE_REVIEWER");
}, 60_000);

const at = (iso: string) => new Date(`${iso}T02:00:00Z`);

describe("listReviewQueue", () => {
  it("shows the committee's actionable models oldest first, with counts per state, and nothing of other committees", async () => {
    const s1 = await modelOf(w, "SUBMITTED", { start: at("2026-03-01"), end: at("2026-03-10") });
    const s0 = await modelOf(w, "SUBMITTED", { start: at("2026-01-01"), end: at("2026-01-05") });
    const u = await modelOf(w, "UNDER_REVIEW", { start: at("2026-02-01"), end: at("2026-02-10") });
    const r = await modelOf(w, "RECOGNIZED", { start: at("2026-04-01"), end: at("2026-04-10") });
    const nr = await modelOf(w, "NOT_RECOGNIZED");
    const rev = await modelOf(w, "NEEDS_REVISION");
    await modelOf(w, "DRAFT");
    await modelOf(w, "PROPOSED"); // held by the province now
    await createModel(prisma, { ownerUnitId: w.tree.grassroots.id, state: "SUBMITTED", campaignId: w.campaign.id }); // another commune

    const q = await listReviewQueue(w.communeReviewer);
    expect(q.items.map((i) => i.id)).toEqual([s0.id, u.id, s1.id, r.id]);
    expect(q.total).toBe(4);
    expect(q.countsByState).toMatchObject({
      SUBMITTED: 2,
      UNDER_REVIEW: 1,
      RECOGNIZED: 1,
      NOT_RECOGNIZED: 1,
      NEEDS_REVISION: 1,
      PROPOSED: 0,
      DRAFT: 0,
    });
    expect(q.items[0]).toMatchObject({
      code: s0.code,
      title: s0.title,
      kind: "COLLECTIVE",
      fieldName: w.fields[0].name,
      ownerUnitName: s0.ownerUnitName,
      state: "SUBMITTED",
      reviewLevel: "COMMUNE",
      version: s0.version,
    });
    expect(q.items[0].waitingDays).toBe(Math.floor((Date.now() - s0.stateChangedAt.getTime()) / 86_400_000));

    expect((await listReviewQueue(w.communeReviewer, { state: "NOT_RECOGNIZED" })).items.map((i) => i.id)).toEqual([
      nr.id,
    ]);
    expect((await listReviewQueue(w.communeReviewer, { state: "ALL" })).items.map((i) => i.id)).toContain(rev.id);

    const province = await listReviewQueue(w.provinceOfficer);
    expect(
      province.items.every(
        (i) =>
          i.state === "PROPOSED" || i.state === "SUBMITTED" || i.state === "UNDER_REVIEW" || i.state === "RECOGNIZED",
      ),
    ).toBe(true);
    expect(province.countsByState.PROPOSED).toBe(1);
  });

  it("a model already typical at the committee's level shows it and is not offered a second designation", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    const fresh = await modelOf(w, "RECOGNIZED");
    const sub = await modelOf(w, "SUBMITTED");
    const before = await listReviewQueue(w.communeReviewer, { state: "RECOGNIZED" });
    expect(before.items.find((i) => i.id === m.id)).toMatchObject({
      typicalLevel: null,
      bulkActions: ["DESIGNATE_TYPICAL", "PROPOSE"],
    });
    expect((await listReviewQueue(w.communeReviewer)).items.find((i) => i.id === sub.id)?.bulkActions).toEqual([
      "RECOGNIZE",
      "REQUEST_REVISION",
      "NOT_RECOGNIZE",
    ]);

    expect(
      await reviewStep(w.communeReviewer, { modelId: m.id, version: m.version, action: "DESIGNATE_TYPICAL" }),
    ).toMatchObject({ ok: true });
    const queue = await listReviewQueue(w.communeReviewer, { state: "RECOGNIZED" });
    const row = queue.items.find((i) => i.id === m.id)!;
    expect(row).toMatchObject({ typicalLevel: "COMMUNE", bulkActions: ["PROPOSE"] });
    expect(queue.items.find((i) => i.id === fresh.id)?.bulkActions).toContain("DESIGNATE_TYPICAL");

    // The server refuses it anyway (a stale page, a crafted post), with the reason, and nothing changes.
    const typicals = await prisma.typicalDesignation.count({ where: { modelId: m.id } });
    const r = await bulkReview(w.communeReviewer, {
      items: [{ modelId: m.id, version: row.version }],
      action: "DESIGNATE_TYPICAL",
    });
    expect(r).toMatchObject({
      ok: true,
      succeeded: 0,
      failed: 1,
      results: [{ modelId: m.id, ok: false, message: "Mô hình đã được công nhận điển hình ở cấp này." }],
    });
    expect(await prisma.typicalDesignation.count({ where: { modelId: m.id } })).toBe(typicals);
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(row.version);
  });

  it("filters by campaign, field, kind, unit, waiting time and searches without diacritics", async () => {
    const commune = await createUnit(prisma, {
      parentId: w.tree.district.id,
      level: "COMMUNE",
      name: "Đảng bộ Phòng Cảnh sát cơ động",
    });
    const cell = await createUnit(prisma, { parentId: commune.id });
    const reviewer = await actorAt(commune, "COMMUNE_REVIEWER");
    const campaign2 = await createCampaign(prisma, { ownerUnitId: w.tree.province.id });
    const hamlet = await createUnit(prisma, { parentId: commune.id, name: "Chi bộ Tổ dân phố số 3" });
    const base = { reviewers: { [commune.id]: reviewer.userId }, state: "SUBMITTED" as const };
    const a = await createModel(prisma, {
      ...base,
      ownerUnitId: cell.id,
      campaignId: w.campaign.id,
      fieldId: w.fields[0].id,
      title: "Đường làng sạch đẹp nhờ hiến đất",
      end: at("2026-02-01"),
    });
    const b = await createModel(prisma, {
      ...base,
      ownerUnitId: hamlet.id,
      campaignId: campaign2.id,
      fieldId: w.fields[1].id,
      kind: "INDIVIDUAL",
      title: "Gương sáng vận động con em đến trường",
      start: new Date(Date.now() - 3 * 86_400_000),
      end: new Date(Date.now() - 2 * 86_400_000),
    });

    const ids = async (input: Parameters<typeof listReviewQueue>[1]) =>
      (await listReviewQueue(reviewer, input)).items.map((i) => i.id);
    expect(await ids({})).toEqual([a.id, b.id]);
    expect(await ids({ q: "duong lang" })).toEqual([a.id]);
    expect(await ids({ q: "ĐƯỜNG LÀNG" })).toEqual([a.id]);
    expect(await ids({ q: "guong sang" })).toEqual([b.id]);
    expect(await ids({ q: b.code })).toEqual([b.id]);
    expect(await ids({ q: "100%" })).toEqual([]);
    expect(await ids({ campaignId: campaign2.id })).toEqual([b.id]);
    expect(await ids({ fieldId: String(w.fields[0].id) })).toEqual([a.id]);
    expect(await ids({ kind: "INDIVIDUAL" })).toEqual([b.id]);
    expect(await ids({ unitId: hamlet.id })).toEqual([b.id]);
    expect(await ids({ unitId: w.tree.otherGrassroots.id })).toEqual([]);
    expect(await ids({ waitingDays: 30 })).toEqual([a.id]);
    const counts = (await listReviewQueue(reviewer, { kind: "INDIVIDUAL" })).countsByState;
    expect(counts.SUBMITTED).toBe(1);
  });

  it("pages by 20 with cursors that keep the order and the filters", async () => {
    const reviewer = await actorAt(w.tree.otherCommune, "COMMUNE_REVIEWER");
    for (let i = 0; i < 23; i++)
      await createModel(prisma, {
        ownerUnitId: w.tree.otherGrassroots.id,
        state: "SUBMITTED",
        reviewers: { [w.tree.otherCommune.id]: reviewer.userId },
      });
    const p1 = await listReviewQueue(reviewer);
    expect([p1.items.length, p1.total, p1.totalCapped, p1.before, p1.pageSize]).toEqual([20, 23, false, null, 20]);
    const p2 = await listReviewQueue(reviewer, { after: p1.after! });
    expect([p2.items.length, p2.after]).toEqual([3, null]);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(23);
    const waited = [...p1.items, ...p2.items].map((i) => i.stateChangedAt.getTime());
    expect(waited).toEqual([...waited].sort((a, b) => a - b));
    // Back from page 2 is page 1 again, the first page (no previous link).
    const back = await listReviewQueue(reviewer, { before: p2.before! });
    expect([back.items.map((i) => i.id), back.before]).toEqual([p1.items.map((i) => i.id), null]);
    // A malformed cursor shows the first page; a filter applies on every page.
    expect((await listReviewQueue(reviewer, { after: "1.x" })).items.map((i) => i.id)).toEqual(
      p1.items.map((i) => i.id),
    );
    expect((await listReviewQueue(reviewer, { after: p1.after!, kind: "INDIVIDUAL" })).items).toEqual(
      p2.items.filter((i) => i.kind === "INDIVIDUAL"),
    );
  }, 60_000);

  it("cadres and the administrator get an empty queue", async () => {
    await modelOf(w, "SUBMITTED");
    for (const actor of [w.cadre, w.admin]) {
      const q = await listReviewQueue(actor, { state: "ALL" });
      expect([q.total, q.items.length, q.countsByState.SUBMITTED]).toEqual([0, 0, 0]);
    }
  });
});

describe("reviewProgress", () => {
  it("counts received, reviewed and pending per committee directly below, and how many have finished", async () => {
    const province = await createUnit(prisma, { name: "Tỉnh Đông Lâm" });
    const officer = await actorAt(province, "PROVINCE_OFFICER");
    const campaign = await createCampaign(prisma, { ownerUnitId: province.id });
    const c1 = await createUnit(prisma, { parentId: province.id, level: "COMMUNE", name: "Xã A" });
    const d1 = await createUnit(prisma, {
      parentId: province.id,
      level: "DISTRICT",
      kind: "DISTRICT_EQUIVALENT",
      name: "Đảng ủy Khối cơ quan",
    });
    const c2 = await createUnit(prisma, { parentId: d1.id, level: "COMMUNE", name: "Đảng bộ Sở Y tế" });
    const idle = await createUnit(prisma, { parentId: province.id, level: "COMMUNE", name: "Xã C" });
    await createUnit(prisma, {
      parentId: province.id,
      level: "DISTRICT",
      name: "Huyện cũ",
      validFrom: new Date("2008-01-01T00:00:00Z"),
      validTo: new Date("2025-06-30T00:00:00Z"),
    });
    const g1 = await createUnit(prisma, { parentId: c1.id });
    const g2 = await createUnit(prisma, { parentId: c2.id });
    const mk = (ownerUnitId: number, state: ModelState, extra = {}) =>
      createModel(prisma, { ownerUnitId, campaignId: campaign.id, state, ...extra });

    await mk(g1.id, "RECOGNIZED");
    await mk(g1.id, "NOT_RECOGNIZED");
    await mk(g1.id, "PROPOSED"); // recognized by c1, now at the province
    await mk(g1.id, "DRAFT");
    await mk(g2.id, "RECOGNIZED", { registeredWithUnitId: d1.id });
    const waiting = await mk(g2.id, "SUBMITTED", {
      registeredWithUnitId: d1.id,
      start: at("2026-05-01"),
      end: at("2026-05-02"),
    });
    await mk(g2.id, "NEEDS_REVISION", { registeredWithUnitId: d1.id });

    const p = await reviewProgress(officer);
    expect([p.total, p.reviewedCount]).toEqual([3, 1]);
    const byId = new Map(p.committees.map((c) => [c.unitId, c]));
    expect(byId.get(c1.id)).toMatchObject({
      received: 3,
      reviewed: 3,
      pending: 0,
      oldestPendingDays: null,
      done: true,
      level: "COMMUNE",
    });
    expect(byId.get(d1.id)).toMatchObject({
      received: 3,
      reviewed: 2,
      pending: 1,
      done: false,
      level: "DISTRICT",
      oldestPendingDays: Math.floor((Date.now() - waiting.stateChangedAt.getTime()) / 86_400_000),
    });
    expect(byId.get(idle.id)).toMatchObject({ received: 0, reviewed: 0, pending: 0, done: false });
    expect(p.committees[0].unitId).toBe(d1.id);

    // After the late committee decides, all received work is done.
    const reviewer = await actorAt(d1, "DISTRICT_REVIEWER");
    expect(
      await reviewStep(reviewer, { modelId: waiting.id, version: waiting.version, action: "RECOGNIZE" }),
    ).toMatchObject({ ok: true });
    const after = await reviewProgress(officer);
    expect(after.reviewedCount).toBe(2);

    const other = await createCampaign(prisma, { ownerUnitId: province.id });
    expect((await reviewProgress(officer, { campaignId: other.id })).committees.every((c) => c.received === 0)).toBe(
      true,
    );
    // The district-level unit sees its own commune-level unit.
    const d = await reviewProgress(reviewer);
    expect(d.committees.map((c) => c.unitId)).toEqual([c2.id]);
  }, 60_000);

  it("cadres and the administrator get nothing", async () => {
    for (const actor of [w.cadre, w.admin])
      expect(await reviewProgress(actor)).toEqual({ committees: [], reviewedCount: 0, total: 0 });
    expect((await reviewProgress(communeUnderDistrictReviewer)).total).toBe(0);
  });
});

describe("listReviewQueue: search by words", () => {
  it("all words, any order, without diacritics, on title, unit and address", async () => {
    const { createWorld: world, modelOf: model } = await import("@/lib/models/test-world");
    const w2 = await world();
    const hit = await model(w2, "SUBMITTED", { title: "Bữa cơm chờ đón con em" });
    await model(w2, "SUBMITTED", { title: "Bữa cơm nghĩa tình" });
    const q = await listReviewQueue(w2.communeReviewer, { q: "don cho, COM bua", state: "ALL" });
    expect(q.items.map((i) => i.id)).toEqual([hit.id]);
    const none = await listReviewQueue(w2.communeReviewer, { q: "don cho bua xe", state: "ALL" });
    expect(none.total).toBe(0);
  });
});

describe("listReviewQueue at scale", () => {
  // Failed before the search stayed in SQL: the matching ids came back and were sent again as 40,000
  // query parameters (Prisma P2029, the error page).
  it("a broad search over 40,000 matches answers one page and an exact count", async () => {
    const { createWorld: world, modelOf: model, cloneModel } = await import("@/lib/models/test-world");
    const w3 = await world();
    const m = await model(w3, "SUBMITTED", { title: "Đường thôn sáng đèn" });
    await cloneModel(m, 40_000);
    const q = await listReviewQueue(w3.communeReviewer, { q: "thôn", state: "ALL" });
    // The total is summed from the per-state counts (one pass over the committee's held models), not capped.
    expect([q.items.length, q.total, q.totalCapped, q.countsByState.SUBMITTED]).toEqual([20, 40_001, false, 40_001]);
    // Longest waiting first: the last copy (earliest stateChangedAt) leads.
    expect(q.items[0].title).toBe("Đường thôn sáng đèn 40000");
    const next = await listReviewQueue(w3.communeReviewer, { q: "thon", state: "ALL", after: q.after! });
    expect(next.items[0].title).toBe("Đường thôn sáng đèn 39980");
  }, 120_000);
});

describe("listReviewQueue: the total", () => {
  // The total is summed from the per-state counts (plus the recognized models still open); the rows come
  // from the where (actionableWhere). Every combination, held by a commune and by the province.
  it("is the number of models the state filter's where selects, for every state and level combination", async () => {
    const { createWorld: world, modelOf: model, cloneModel } = await import("@/lib/models/test-world");
    const w4 = await world();
    const levels = [null, ...UNIT_LEVELS];
    const combos = MODEL_STATES.flatMap((s) => levels.flatMap((r) => levels.map((t) => [s, r, t] as const)));
    for (const [actor, unit] of [
      [w4.communeReviewer, w4.tree.communeDirect],
      [w4.provinceOfficer, w4.tree.province],
    ] as const) {
      const m = await model(w4, "SUBMITTED", { title: `Tổ hợp trạng thái ${unit.id}` });
      await cloneModel(m, combos.length - 1);
      await prisma.$executeRaw`
        UPDATE "Model" m SET state = c.s::"ModelState", "recognizedLevel" = c.r::"UnitLevel",
          "typicalLevel" = c.t::"UnitLevel", "reviewUnitId" = ${unit.id}
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Model" WHERE code LIKE ${`${m.code}%`}) x,
          unnest(${combos.map((c) => c[0])}::text[], ${combos.map((c) => c[1])}::text[],
            ${combos.map((c) => c[2])}::text[]) WITH ORDINALITY AS c(s, r, t, n)
        WHERE m.id = x.id AND x.n = c.n`;
      const q = `to hop trang thai ${unit.id}`;
      const mine = { searchText: { contains: `to hop trang thai ${unit.id}` } };
      const totals: Record<string, number> = {};
      for (const state of ["ACTIONABLE", "ALL", ...MODEL_STATES] as const) {
        const stateWhere = state === "ALL" ? {} : state === "ACTIONABLE" ? actionableWhere(actor.unitLevel) : { state };
        const expected = await prisma.model.count({ where: { AND: [heldByCommitteeWhere(actor), mine, stateWhere] } });
        const got = await listReviewQueue(actor, { q, state });
        expect([state, got.total]).toEqual([state, expected]);
        totals[state] = got.total;
      }
      // Not a vacuous agreement: some combinations are actionable, and not all held ones are.
      expect(totals.ACTIONABLE).toBeGreaterThan(0);
      expect(totals.ACTIONABLE).toBeLessThan(totals.ALL);
      expect(totals.ALL).toBe(combos.length - levels.length * levels.length); // DRAFTs are not held
    }
  }, 120_000);
});
