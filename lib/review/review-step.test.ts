import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { createCampaign, createIssuer, createUnit, createModel, createUser } from "@/tests/fixtures";
import { bulkReview } from "./bulk-review";
import { getReviewDetail } from "./get-review-detail";
import { BULK_REVIEW_ACTIONS, REVIEW_STEP_ACTIONS } from "./schema";
import { reviewStep } from "./review-step";
import { whileRowLocked } from "@/lib/db/row-lock-race";
import { actorAt, reviewFingerprint } from "./test-helpers";
import { rvi } from "@/lib/i18n/review";
import { workflowText } from "@/lib/i18n/workflow";

let w: World;
let secondCommuneReviewer: Actor;
let communeUnderDistrictReviewer: Actor;

beforeAll(async () => {
  w = await createWorld();
  secondCommuneReviewer = await actorAt(w.tree.communeDirect, "COMMUNE_REVIEWER");
  communeUnderDistrictReviewer = await actorAt(w.tree.commune, "COMMUNE_REVIEWER");
}, 60_000);

const step = (
  actor: Actor,
  m: { id: number; version: number },
  action: Parameters<typeof reviewStep>[1]["action"],
  extra: object = {},
) => reviewStep(actor, { modelId: m.id, version: m.version, action, ...extra });

describe("concurrency and repeated requests", () => {
  it("two reviewers recognizing the same version at once: exactly one wins, one gets a conflict", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    // Hold the row so both requests load and pass every check before either can write: the race is real.
    const results = await whileRowLocked("Model", m.id, () => [
      step(w.communeReviewer, m, "RECOGNIZE"),
      step(secondCommuneReviewer, m, "RECOGNIZE"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost).toMatchObject({ ok: false, code: "conflict", message: rvi.errors.conflict });
    expect(await prisma.reviewEvent.count({ where: { modelId: m.id, action: "RECOGNIZE" } })).toBe(1);
    expect(await prisma.recognition.count({ where: { modelId: m.id } })).toBe(1);
    expect((await prisma.model.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(m.version + 1);
  });

  it("a stale version is refused with the conflict message and nothing changes", async () => {
    const m = await modelOf(w, "SUBMITTED");
    expect(await step(w.communeReviewer, m, "START_REVIEW")).toMatchObject({ ok: true });
    const before = await reviewFingerprint(m.id);
    expect(await step(secondCommuneReviewer, m, "REQUEST_REVISION", { comment: "Bổ sung ảnh" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("the same form posted twice (double click) writes one event and both get success", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    const input = {
      modelId: m.id,
      version: m.version,
      action: "RECOGNIZE" as const,
      meetingRef: "Biên bản số 12",
      requestKey: "req-double-click-0001",
    };
    const [a, b] = await Promise.all([reviewStep(w.communeReviewer, input), reviewStep(w.communeReviewer, input)]);
    expect(a).toMatchObject({ ok: true, state: "RECOGNIZED", version: m.version + 1 });
    expect(b).toMatchObject({ ok: true, state: "RECOGNIZED", version: m.version + 1 });
    const again = await reviewStep(w.communeReviewer, input);
    expect(again).toMatchObject({ ok: true, state: "RECOGNIZED", version: m.version + 1 });
    expect(await prisma.reviewEvent.count({ where: { modelId: m.id, action: "RECOGNIZE" } })).toBe(1);
    expect(await prisma.recognition.count({ where: { modelId: m.id } })).toBe(1);
    expect(
      await prisma.auditLog.count({ where: { entity: "Model", entityId: String(m.id), action: "model.recognize" } }),
    ).toBe(1);
  });

  it("request keys are the actor's own: a key another person used first does not block the step", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const key = "req-claimed-by-a-cadre-01";
    await prisma.reviewEvent.create({
      data: { modelId: m.id, action: "UPDATE", actorId: w.cadre.userId, requestKey: key },
    });
    expect(
      await reviewStep(w.communeReviewer, {
        modelId: m.id,
        version: m.version,
        action: "START_REVIEW",
        requestKey: key,
      }),
    ).toMatchObject({ ok: true, state: "UNDER_REVIEW" });
  });

  it("a request key reused for another model is refused and writes nothing", async () => {
    const m1 = await modelOf(w, "SUBMITTED");
    const m2 = await modelOf(w, "SUBMITTED");
    expect(
      await reviewStep(w.communeReviewer, {
        modelId: m1.id,
        version: m1.version,
        action: "START_REVIEW",
        requestKey: "req-reused-00000001",
      }),
    ).toMatchObject({ ok: true });
    const before = await reviewFingerprint(m2.id);
    expect(
      await reviewStep(w.communeReviewer, {
        modelId: m2.id,
        version: m2.version,
        action: "START_REVIEW",
        requestKey: "req-reused-00000001",
      }),
    ).toMatchObject({
      ok: false,
      message: rvi.errors.requestKeyReused,
    });
    expect(await reviewFingerprint(m2.id)).toBe(before);
  });
});

describe("input and forged requests", () => {
  it("not recognizing without a reason: Vietnamese message, nothing changed", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    const before = await reviewFingerprint(m.id);
    expect(await step(w.communeReviewer, m, "NOT_RECOGNIZE", { comment: "   " })).toMatchObject({
      ok: false,
      code: "invalid",
      message: workflowText.transitions.commentRequired,
    });
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("an unknown action or a malformed id is refused as input, nothing changed", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await reviewFingerprint(m.id);
    const bad = await reviewStep(w.communeReviewer, { modelId: m.id, version: m.version, action: "COMMEND" as never });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (!bad.ok) expect(bad.fieldErrors?.action).toEqual([rvi.errors.actionInvalid]);
    expect(
      await reviewStep(w.communeReviewer, { modelId: "abc" as never, version: 1, action: "START_REVIEW" }),
    ).toMatchObject({ ok: false, code: "invalid" });
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("another province's reviewer gets not found for an id that exists, and learns nothing", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const foreign = await actorAt(w.tree.otherCommune, "COMMUNE_REVIEWER");
    const before = await reviewFingerprint(m.id);
    const res = await step(foreign, m, "RECOGNIZE");
    const missing = await reviewStep(foreign, { modelId: 999_999, version: 1, action: "RECOGNIZE" });
    expect(res).toEqual(missing);
    expect(res).toMatchObject({ ok: false, code: "not_found" });
    expect(await reviewFingerprint(m.id)).toBe(before);
    expect(await getReviewDetail(foreign, { id: m.id })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("propose routing in today's tree", () => {
  it("a commune directly under the province proposes straight to the province", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    expect(await step(w.communeReviewer, m, "PROPOSE", { comment: "Đề nghị tỉnh công nhận" })).toMatchObject({
      ok: true,
      state: "PROPOSED",
    });
    const after = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect({ reviewUnitId: after.reviewUnitId, reviewLevel: after.reviewLevel }).toEqual({
      reviewUnitId: w.tree.province.id,
      reviewLevel: "PROVINCE",
    });
    const ev = await prisma.reviewEvent.findFirstOrThrow({
      where: { modelId: m.id, action: "PROPOSE", undoneById: null },
      orderBy: { id: "desc" },
    });
    expect({ unitId: ev.unitId, level: ev.level }).toEqual({ unitId: w.tree.communeDirect.id, level: "COMMUNE" });
  });

  it("a commune under a district-level unit proposes to that unit, which then proposes to the province", async () => {
    const m = await createModel(prisma, {
      ownerUnitId: w.tree.grassroots.id,
      campaignId: w.campaign.id,
      state: "RECOGNIZED",
      reviewers: {
        [w.tree.commune.id]: communeUnderDistrictReviewer.userId,
        [w.tree.district.id]: w.districtReviewer.userId,
      },
    });
    expect(m.reviewUnitId).toBe(w.tree.commune.id);
    expect(await step(communeUnderDistrictReviewer, m, "PROPOSE")).toMatchObject({ ok: true, state: "PROPOSED" });
    let now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect([now.reviewUnitId, now.reviewLevel]).toEqual([w.tree.district.id, "DISTRICT"]);
    expect(await step(w.districtReviewer, now, "RECOGNIZE")).toMatchObject({ ok: true, state: "RECOGNIZED" });
    now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(now.recognizedLevel).toBe("DISTRICT");
    expect(await step(w.districtReviewer, now, "PROPOSE")).toMatchObject({ ok: true });
    now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect([now.reviewUnitId, now.reviewLevel, now.state]).toEqual([w.tree.province.id, "PROVINCE", "PROPOSED"]);
  });

  it("a commune still hanging under an abolished district goes to the province; the model keeps its registered address", async () => {
    const oldDistrict = await createUnit(prisma, {
      parentId: w.tree.province.id,
      name: "Huyện Na Lương",
      validFrom: new Date("2008-01-01T00:00:00Z"),
      validTo: new Date("2025-06-30T00:00:00Z"),
    });
    const commune = await createUnit(prisma, { parentId: oldDistrict.id, level: "COMMUNE", name: "Xã Bằng Lãng" });
    const cell = await createUnit(prisma, { parentId: commune.id, name: "Chi bộ thôn Khuổi Lừa" });
    const reviewer = await actorAt(commune, "COMMUNE_REVIEWER");
    const m = await createModel(prisma, {
      ownerUnitId: cell.id,
      ownerAddress: "xã Bằng Lãng, huyện Na Lương, tỉnh Minh Sơn",
      campaignId: w.campaign.id,
      state: "RECOGNIZED",
      reviewers: { [commune.id]: reviewer.userId },
    });
    expect(await step(reviewer, m, "PROPOSE")).toMatchObject({ ok: true });
    const now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect([now.reviewUnitId, now.reviewLevel]).toEqual([w.tree.province.id, "PROVINCE"]);
    expect(now.ownerAddress).toBe("xã Bằng Lãng, huyện Na Lương, tỉnh Minh Sơn");
  });
});

describe("undo", () => {
  it("undoing a recognition removes it, restores the state and waiting time, and marks the step undone", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    expect(await step(w.communeReviewer, m, "RECOGNIZE", { meetingRef: "BB 01" })).toMatchObject({ ok: true });
    const rec = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(rec.recognizedLevel).toBe("COMMUNE");
    // Another reviewer of the same committee may correct the committee's mistake.
    expect(await step(secondCommuneReviewer, rec, "UNDO", { comment: "Bấm nhầm" })).toMatchObject({
      ok: true,
      state: "UNDER_REVIEW",
    });
    const after = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect({
      state: after.state,
      recognizedLevel: after.recognizedLevel,
      stateChangedAt: after.stateChangedAt,
    }).toEqual({
      state: "UNDER_REVIEW",
      recognizedLevel: null,
      stateChangedAt: m.stateChangedAt,
    });
    expect(await prisma.recognition.count({ where: { modelId: m.id } })).toBe(0);
    const undoEvent = await prisma.reviewEvent.findFirstOrThrow({ where: { modelId: m.id, action: "UNDO" } });
    const recognizeEvent = await prisma.reviewEvent.findFirstOrThrow({ where: { modelId: m.id, action: "RECOGNIZE" } });
    expect(recognizeEvent.undoneById).toBe(undoEvent.id);
    expect(undoEvent).toMatchObject({
      fromState: "RECOGNIZED",
      toState: "UNDER_REVIEW",
      level: "COMMUNE",
      comment: "Bấm nhầm",
    });
  });

  it("undoing a typical designation removes it and keeps the recognition", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    expect(await step(w.communeReviewer, m, "DESIGNATE_TYPICAL")).toMatchObject({ ok: true, state: "RECOGNIZED" });
    const t = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(t.typicalLevel).toBe("COMMUNE");
    expect(await step(w.communeReviewer, t, "UNDO")).toMatchObject({ ok: true, state: "RECOGNIZED" });
    const after = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect([after.typicalLevel, after.recognizedLevel]).toEqual([null, "COMMUNE"]);
    expect(await prisma.typicalDesignation.count({ where: { modelId: m.id } })).toBe(0);
  });

  it("a proposal is undone by the proposing committee while the next level has not started; not after", async () => {
    const m = await modelOf(w, "RECOGNIZED");
    await step(w.communeReviewer, m, "PROPOSE");
    let now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(await step(w.communeReviewer, now, "UNDO")).toMatchObject({ ok: true, state: "RECOGNIZED" });
    now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect([now.reviewUnitId, now.reviewLevel]).toEqual([w.tree.communeDirect.id, "COMMUNE"]);

    await step(w.communeReviewer, now, "PROPOSE");
    now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    expect(await step(w.provinceOfficer, now, "START_REVIEW")).toMatchObject({ ok: true });
    now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    const before = await reviewFingerprint(m.id);
    expect(await step(w.communeReviewer, now, "UNDO")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("a recognition already used in a commendation decision cannot be undone", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    await step(w.communeReviewer, m, "RECOGNIZE");
    const now = await prisma.model.findUniqueOrThrow({ where: { id: m.id } });
    const issuer = await createIssuer(prisma, { unitId: w.tree.province.id });
    const decision = await prisma.decision.create({
      data: {
        issuerId: issuer.id,
        register: "2026",
        number: 1,
        numberText: "1-QĐ/TU",
        decisionDate: new Date("2026-11-01T00:00:00Z"),
        signerName: "Nguyễn Văn A",
        signerTitle: "Phó Bí thư",
        awardForm: "GIAY_KHEN",
        title: "Khen thưởng",
        createdById: w.provinceOfficer.userId,
      },
    });
    await prisma.honoree.create({
      data: {
        decisionId: decision.id,
        modelId: m.id,
        kind: "COLLECTIVE",
        sortOrder: 1,
        name: now.ownerUnitName,
        address: now.ownerAddress,
        modelTitle: now.title,
      },
    });
    const before = await reviewFingerprint(m.id);
    expect(await step(w.communeReviewer, now, "UNDO")).toMatchObject({
      ok: false,
      code: "illegal_state",
      message: rvi.errors.undoHasConsequence,
    });
    expect(await reviewFingerprint(m.id)).toBe(before);
  });
});

describe("scores", () => {
  it("recognizing with scores stores them; the committee's reviewers see each other's scores, other committees do not", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    const [c1, c2] = w.campaign.criteria;
    expect(
      await step(w.communeReviewer, m, "RECOGNIZE", {
        scores: [
          { criterionId: c1.id, score: 35 },
          { criterionId: c2.id, score: 0 },
        ],
      }),
    ).toMatchObject({ ok: true });
    const rows = await prisma.score.findMany({ where: { modelId: m.id }, orderBy: { criterionId: "asc" } });
    expect(rows.map((s) => [s.criterionId, s.score, s.reviewerId, s.level])).toEqual([
      [c1.id, 35, w.communeReviewer.userId, "COMMUNE"],
      [c2.id, 0, w.communeReviewer.userId, "COMMUNE"],
    ]);
    const seen = await getReviewDetail(secondCommuneReviewer, { id: m.id });
    expect(seen.ok && seen.scores.map((s) => [s.reviewerName, s.criterionName, s.score])).toEqual([
      [w.communeReviewer.fullName, c1.name, 35],
      [w.communeReviewer.fullName, c2.name, 0],
    ]);
    expect(seen.ok && seen.criteria.map((c) => c.maxScore)).toEqual([40, 20, 20, 20]);
    const province = await getReviewDetail(w.provinceOfficer, { id: m.id });
    expect(province.ok && province.scores).toEqual([]);
  });

  it.each([
    [
      "above the maximum",
      (c: { id: number }) => [{ criterionId: c.id, score: 41 }],
      "Điểm của tiêu chí “Hiệu quả” phải từ 0 đến 40.",
    ],
    ["negative", (c: { id: number }) => [{ criterionId: c.id, score: -1 }], rvi.errors.scoreNotInteger],
    ["fractional", (c: { id: number }) => [{ criterionId: c.id, score: 7.5 }], rvi.errors.scoreNotInteger],
    [
      "twice the same criterion",
      (c: { id: number }) => [
        { criterionId: c.id, score: 1 },
        { criterionId: c.id, score: 2 },
      ],
      rvi.errors.scoreDuplicate,
    ],
  ])("scores %s are refused and nothing changes", async (_name, scores, message) => {
    const m = await modelOf(w, "UNDER_REVIEW");
    const before = await reviewFingerprint(m.id);
    const res = await step(w.communeReviewer, m, "RECOGNIZE", { scores: scores(w.campaign.criteria[0]) });
    expect(res).toMatchObject({ ok: false, code: "invalid" });
    if (!res.ok) expect(res.fieldErrors?.scores).toEqual([message]);
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("criteria of another campaign are refused; scores with a step that decides nothing are refused", async () => {
    const other = await createCampaign(prisma, { ownerUnitId: w.tree.province.id });
    const m = await modelOf(w, "UNDER_REVIEW");
    const before = await reviewFingerprint(m.id);
    const res = await step(w.communeReviewer, m, "RECOGNIZE", {
      scores: [{ criterionId: other.criteria[0].id, score: 1 }],
    });
    expect(res.ok === false && res.fieldErrors?.scores).toEqual([rvi.errors.scoreUnknownCriterion]);
    const res2 = await step(w.communeReviewer, m, "REQUEST_REVISION", {
      comment: "Bổ sung",
      scores: [{ criterionId: w.campaign.criteria[0].id, score: 1 }],
    });
    expect(res2.ok === false && res2.fieldErrors?.scores).toEqual([rvi.errors.scoresNotAllowed]);
    expect(await reviewFingerprint(m.id)).toBe(before);
  });
});

describe("bulk review", () => {
  it("recognizes 40 models after one meeting: one changed meanwhile fails alone, the 39 others are applied", async () => {
    const models = [];
    for (let i = 0; i < 40; i++) models.push(await modelOf(w, "UNDER_REVIEW"));
    const changed = models[17];
    expect(
      await step(secondCommuneReviewer, changed, "REQUEST_REVISION", { comment: "Thiếu minh chứng" }),
    ).toMatchObject({ ok: true });
    const before = await reviewFingerprint(changed.id);

    const res = await bulkReview(w.communeReviewer, {
      items: models.map((m) => ({ modelId: m.id, version: m.version })),
      action: "RECOGNIZE",
      meetingRef: "Biên bản họp số 05/BB-BCĐ ngày 20/11/2026",
      noScores: true,
    });
    expect(res).toMatchObject({ ok: true, succeeded: 39, failed: 1 });
    if (!res.ok) return;
    expect(res.results).toHaveLength(40);
    expect(res.results[17]).toEqual({ modelId: changed.id, ok: false, message: rvi.errors.conflict });
    expect(res.results.filter((r) => r.ok).every((r) => r.state === "RECOGNIZED")).toBe(true);
    expect(await reviewFingerprint(changed.id)).toBe(before);
    const ids = models.filter((m) => m !== changed).map((m) => m.id);
    expect(
      await prisma.model.count({ where: { id: { in: ids }, state: "RECOGNIZED", recognizedLevel: "COMMUNE" } }),
    ).toBe(39);
    const recs = await prisma.recognition.findMany({ where: { modelId: { in: models.map((m) => m.id) } } });
    expect(recs).toHaveLength(39);
    expect(new Set(recs.map((r) => r.meetingRef))).toEqual(new Set(["Biên bản họp số 05/BB-BCĐ ngày 20/11/2026"]));
  }, 120_000);

  it("an out-of-scope id in the selection fails as not found; the rest are applied", async () => {
    const mine = await modelOf(w, "UNDER_REVIEW");
    const foreign = await createModel(prisma, { ownerUnitId: w.tree.otherGrassroots.id, state: "UNDER_REVIEW" });
    const before = await reviewFingerprint(foreign.id);
    const res = await bulkReview(w.communeReviewer, {
      items: [
        { modelId: foreign.id, version: foreign.version },
        { modelId: mine.id, version: mine.version },
      ],
      action: "RECOGNIZE",
      noScores: true,
    });
    expect(res).toMatchObject({
      ok: true,
      succeeded: 1,
      failed: 1,
      results: [
        { modelId: foreign.id, ok: false, message: rvi.errors.notFound },
        { modelId: mine.id, ok: true, state: "RECOGNIZED" },
      ],
    });
    expect(await reviewFingerprint(foreign.id)).toBe(before);
  });

  it("offers exactly the bulk steps the queue shows: any other step is refused as input, nothing written", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await reviewFingerprint(m.id);
    for (const action of REVIEW_STEP_ACTIONS.filter((a) => !(BULK_REVIEW_ACTIONS as readonly string[]).includes(a))) {
      const res = await bulkReview(w.communeReviewer, {
        items: [{ modelId: m.id, version: m.version }],
        action: action as never,
      });
      expect(res, action).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { action: [rvi.errors.bulkActionInvalid] },
      });
    }
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("an empty or duplicated selection is refused as input", async () => {
    expect(await bulkReview(w.communeReviewer, { items: [], action: "RECOGNIZE" })).toMatchObject({
      ok: false,
      message: rvi.errors.invalid,
    });
    const m = await modelOf(w, "SUBMITTED");
    const before = await reviewFingerprint(m.id);
    const dup = await bulkReview(w.communeReviewer, {
      items: [
        { modelId: m.id, version: m.version },
        { modelId: m.id, version: m.version },
      ],
      action: "RECOGNIZE",
    });
    expect(dup.ok === false && dup.fieldErrors?.items).toEqual([rvi.errors.bulkDuplicate]);
    expect(await reviewFingerprint(m.id)).toBe(before);
  });
});

describe("bulk review: the actions a committee may take over a selection", () => {
  it("has no default action: a missing or per-model-only action is refused and nothing changes", async () => {
    const m = await modelOf(w, "UNDER_REVIEW");
    const before = await reviewFingerprint(m.id);
    for (const action of [undefined, "", "START_REVIEW", "UNDO"]) {
      const res = await bulkReview(w.communeReviewer, {
        items: [{ modelId: m.id, version: m.version }],
        action: action as never,
      });
      expect(res.ok === false && res.fieldErrors?.action, String(action)).toEqual([rvi.errors.bulkActionInvalid]);
    }
    expect(await reviewFingerprint(m.id)).toBe(before);
  });

  it("a bulk recognition asks for scores or an explicit 'none given', recorded as such", async () => {
    const a = await modelOf(w, "UNDER_REVIEW");
    const b = await modelOf(w, "UNDER_REVIEW");
    const before = await reviewFingerprint(a.id);
    const items = [
      { modelId: a.id, version: a.version },
      { modelId: b.id, version: b.version },
    ];
    const bare = await bulkReview(w.communeReviewer, { items, action: "RECOGNIZE" });
    expect(bare.ok === false && bare.fieldErrors?.scores).toEqual([rvi.errors.bulkScoresOrNone]);
    expect(await reviewFingerprint(a.id)).toBe(before);

    const [c1, c2] = w.campaign.criteria;
    const scored = await bulkReview(w.communeReviewer, {
      items: [items[0]],
      action: "RECOGNIZE",
      scores: [
        { criterionId: c1.id, score: 1 },
        { criterionId: c2.id, score: 0 },
      ],
    });
    expect(scored).toMatchObject({ ok: true, succeeded: 1 });
    expect(await prisma.score.count({ where: { modelId: a.id, reviewerId: w.communeReviewer.userId } })).toBe(2);

    const none = await bulkReview(w.communeReviewer, { items: [items[1]], action: "RECOGNIZE", noScores: true });
    expect(none).toMatchObject({ ok: true, succeeded: 1 });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Model", entityId: String(b.id), action: "model.recognize" },
    });
    expect(audit.data).toMatchObject({ scores: "none" });
    expect(await prisma.score.count({ where: { modelId: b.id } })).toBe(0);
  });

  it("designates typical and proposes upward in bulk; request revision needs a comment", async () => {
    const a = await modelOf(w, "RECOGNIZED");
    const b = await modelOf(w, "RECOGNIZED");
    const typical = await bulkReview(w.communeReviewer, {
      items: [{ modelId: a.id, version: a.version }],
      action: "DESIGNATE_TYPICAL",
    });
    expect(typical).toMatchObject({ ok: true, succeeded: 1 });
    expect((await prisma.model.findUniqueOrThrow({ where: { id: a.id } })).typicalLevel).toBe("COMMUNE");
    const proposed = await bulkReview(w.communeReviewer, {
      items: [{ modelId: b.id, version: b.version }],
      action: "PROPOSE",
    });
    expect(proposed).toMatchObject({
      ok: true,
      succeeded: 1,
      results: [{ modelId: b.id, ok: true, state: "PROPOSED" }],
    });
    expect((await prisma.model.findUniqueOrThrow({ where: { id: b.id } })).reviewUnitId).toBe(w.tree.province.id);

    const c = await modelOf(w, "UNDER_REVIEW");
    const noComment = await bulkReview(w.communeReviewer, {
      items: [{ modelId: c.id, version: c.version }],
      action: "REQUEST_REVISION",
    });
    expect(noComment.ok === false && noComment.fieldErrors?.comment).toEqual([rvi.errors.bulkCommentRequired]);
  });
});

describe("notifications to the owner unit's cadres", () => {
  it("each step notifies the active cadres of the owning unit only", async () => {
    const disabled = await createUser(prisma, {
      unitId: w.tree.grassrootsDirect.id,
      role: "UNIT_CADRE",
      disabled: true,
    });
    const m = await modelOf(w, "UNDER_REVIEW");
    await step(w.communeReviewer, m, "RECOGNIZE");
    const rows = await prisma.notification.findMany({ where: { modelId: m.id }, orderBy: { userId: "asc" } });
    expect(rows.map((n) => n.userId)).toEqual([w.cadre.userId, w.cadre2.userId]);
    expect(rows.map((n) => n.userId)).not.toContain(disabled.id);
    expect(rows[0]).toMatchObject({
      messageKey: "model.recognized",
      params: { title: m.title, code: m.code, level: "COMMUNE" },
    });
    expect(
      await prisma.notification.count({
        where: {
          modelId: m.id,
          userId: { in: [w.otherUnitCadre.userId, w.communeReviewer.userId, w.foreignCadre.userId] },
        },
      }),
    ).toBe(0);
  });

  it("a refused step notifies nobody", async () => {
    const m = await modelOf(w, "SUBMITTED");
    await step(w.districtReviewer, m, "RECOGNIZE");
    await step(w.communeReviewer, { ...m, version: m.version + 5 }, "RECOGNIZE");
    expect(await prisma.notification.count({ where: { modelId: m.id } })).toBe(0);
  });
});
