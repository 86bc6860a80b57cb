import { beforeAll, describe, expect, it } from "vitest";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { getReviewDetail } from "./get-review-detail";
import { reviewStep } from "./review-step";
import { reviewFingerprint } from "./test-helpers";
import { rvi } from "@/lib/i18n/review";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

describe("getReviewDetail", () => {
  it("offers the holding committee its steps now, and the steps change with the state", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const d = await getReviewDetail(w.communeReviewer, { id: m.id });
    expect(d.ok && d.actions).toEqual(["START_REVIEW", "REQUEST_REVISION", "RECOGNIZE", "NOT_RECOGNIZE"]);
    expect(d.ok && d.model).toMatchObject({ id: m.id, code: m.code, version: m.version, state: "SUBMITTED" });
    expect(d.ok && d.criteria.map((c) => c.name)).toEqual(w.campaign.criteria.map((c) => c.name));

    await reviewStep(w.communeReviewer, { modelId: m.id, version: m.version, action: "RECOGNIZE" });
    const after = await getReviewDetail(w.communeReviewer, { id: m.id });
    expect(after.ok && after.actions).toEqual(["DESIGNATE_TYPICAL", "PROPOSE", "UNDO"]);
    // The undo dialog names the step it takes back.
    expect(after.ok && after.undoStep).toBe("Công nhận cấp xã");
    expect(d.ok && d.undoStep).toBeNull();
    // The province sees the model in its subtree but does not hold it: nothing to do.
    const province = await getReviewDetail(w.provinceOfficer, { id: m.id });
    expect(province.ok && province.actions).toEqual([]);
  });

  it("a cadre of the owning unit is forbidden, another unit's cadre gets not found; nothing is written", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await reviewFingerprint(m.id);
    expect(await getReviewDetail(w.cadre, { id: m.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getReviewDetail(w.otherUnitCadre, { id: m.id })).toEqual({
      ok: false,
      code: "not_found",
      message: rvi.errors.notFound,
    });
    expect(await getReviewDetail(w.communeReviewer, { id: "abc" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await reviewFingerprint(m.id)).toBe(before);
  });
});
