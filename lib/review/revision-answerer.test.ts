// A revision request needs someone to answer it (ADR 0052): on a model of a unit without an enabled cadre
// account (typically one a committee registered on behalf), the committee is not offered the step and
// reviewStep refuses it, at every committee level and in bulk; once the unit has an account it is allowed.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Unit } from "@/lib/generated/prisma/client";
import { createModel, createUnit, createUser } from "@/tests/fixtures";
import { COMPLETE_NARRATIVE, createWorld, type World } from "@/lib/models/test-world";
import { registerOnBehalf } from "@/lib/models/register-on-behalf";
import { listUnitModels } from "@/lib/models/list-unit-models";
import { rvi } from "@/lib/i18n/review";
import { bulkReview } from "./bulk-review";
import { getReviewDetail } from "./get-review-detail";
import { reviewStep } from "./review-step";
import { actorAt, reviewFingerprint } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

const revise = (actor: Actor, m: { id: number; version: number }) =>
  reviewStep(actor, { modelId: m.id, version: m.version, action: "REQUEST_REVISION", comment: "Bổ sung ảnh họp thôn" });

/** A hamlet with no account under `parent`, and a model of it held by `committee` in UNDER_REVIEW. */
async function modelWithoutAccount(parent: Unit, committee: Unit, reviewer: Actor) {
  const hamlet = await createUnit(prisma, { parentId: parent.id, name: `Thôn Khuổi Lừa ${parent.id}` });
  const m = await createModel(prisma, {
    ownerUnitId: hamlet.id,
    registeredWithUnitId: committee.id,
    createdById: reviewer.userId,
    reviewers: { [committee.id]: reviewer.userId },
    registeredOnBehalf: true,
    state: "UNDER_REVIEW",
  });
  expect(await prisma.user.count({ where: { unitId: hamlet.id } })).toBe(0);
  return { hamlet, model: m };
}

describe("a revision request on a model of a unit without an account", () => {
  it("is not offered and is refused for the commune that registered it on behalf, until the unit has an account", async () => {
    const hamlet = await createUnit(prisma, { parentId: w.tree.communeDirect.id, name: "Thôn Nà Pài" });
    const reg = await registerOnBehalf(w.communeReviewer, {
      ownerUnitId: String(hamlet.id),
      kind: "COLLECTIVE",
      title: "Thôn Nà Pài vận động hiến đất làm nhà văn hoá",
      fieldId: String(w.fields[0].id),
      campaignId: String(w.campaign.id),
      ...COMPLETE_NARRATIVE,
    });
    if (!reg.ok) throw new Error(reg.message);
    const reason = rvi.errors.revisionNobodyToAnswer("Thôn Nà Pài");

    const detail = await getReviewDetail(w.communeReviewer, { id: reg.id });
    if (!detail.ok) throw new Error(detail.message);
    expect(detail.actions).not.toContain("REQUEST_REVISION");
    expect(detail.actions).toEqual(expect.arrayContaining(["START_REVIEW", "RECOGNIZE", "NOT_RECOGNIZE"]));
    expect(detail.revisionUnavailable).toBe(reason);

    const m = await prisma.model.findUniqueOrThrow({ where: { id: reg.id } });
    const before = await reviewFingerprint(m.id);
    expect(await revise(w.communeReviewer, m)).toEqual({ ok: false, code: "illegal_state", message: reason });
    expect(await reviewFingerprint(m.id)).toBe(before);

    // A disabled account answers nothing either.
    const cadre = await createUser(prisma, { unitId: hamlet.id, role: "UNIT_CADRE", disabled: true });
    expect(await revise(w.communeReviewer, m)).toMatchObject({ ok: false, code: "illegal_state" });
    expect(await reviewFingerprint(m.id)).toBe(before);

    // The unit's account exists and is enabled: the request is offered and goes to it.
    await prisma.user.update({ where: { id: cadre.id }, data: { disabled: false } });
    const again = await getReviewDetail(w.communeReviewer, { id: m.id });
    expect(again.ok && again.actions).toContain("REQUEST_REVISION");
    expect(again.ok && again.revisionUnavailable).toBeNull();
    expect(await revise(w.communeReviewer, m)).toMatchObject({ ok: true, state: "NEEDS_REVISION" });
    const unitActor = await prisma.user.findUniqueOrThrow({ where: { id: cadre.id } });
    const list = await listUnitModels({ ...w.cadre, userId: unitActor.id, unitId: hamlet.id, unitPath: hamlet.path });
    expect(list.ok && list.items.map((i) => i.id)).toContain(m.id);
  });

  it("is refused at the district and the province too, and the other steps stay open", async () => {
    for (const [reviewer, parent, committee] of [
      [w.districtReviewer, w.tree.commune, w.tree.district],
      [w.provinceOfficer, w.tree.communeDirect, w.tree.province],
    ] as const) {
      const { hamlet, model } = await modelWithoutAccount(parent, committee, reviewer);
      const before = await reviewFingerprint(model.id);
      expect(await revise(reviewer, model)).toEqual({
        ok: false,
        code: "illegal_state",
        message: rvi.errors.revisionNobodyToAnswer(hamlet.name),
      });
      expect(await reviewFingerprint(model.id)).toBe(before);
      const d = await getReviewDetail(reviewer, { id: model.id });
      expect(d.ok && d.actions).toEqual(expect.arrayContaining(["RECOGNIZE", "NOT_RECOGNIZE"]));
      expect(d.ok && d.actions).not.toContain("REQUEST_REVISION");
      expect(
        await reviewStep(reviewer, { modelId: model.id, version: model.version, action: "RECOGNIZE" }),
      ).toMatchObject({ ok: true, state: "RECOGNIZED" });
    }
  });

  it("is refused item by item in a bulk review: a unit with an account gets its request, one without does not", async () => {
    const second = await actorAt(w.tree.communeDirect, "COMMUNE_REVIEWER");
    const { hamlet, model: orphan } = await modelWithoutAccount(w.tree.communeDirect, w.tree.communeDirect, second);
    const owned = await createModel(prisma, {
      ownerUnitId: w.tree.grassrootsDirect.id,
      registeredWithUnitId: w.tree.communeDirect.id,
      createdById: w.cadre.userId,
      state: "UNDER_REVIEW",
    });
    const before = await reviewFingerprint(orphan.id);
    const r = await bulkReview(w.communeReviewer, {
      items: [owned, orphan].map((m) => ({ modelId: m.id, version: m.version })),
      action: "REQUEST_REVISION",
      comment: "Bổ sung ảnh họp thôn",
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.results.map((x) => [x.modelId, x.ok])).toEqual([
      [owned.id, true],
      [orphan.id, false],
    ]);
    expect(r.results[1]).toMatchObject({ message: rvi.errors.revisionNobodyToAnswer(hamlet.name) });
    expect(await reviewFingerprint(orphan.id)).toBe(before);
  });
});
