import { beforeAll, describe, expect, it } from "vitest";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { AWAITING_DECISION_STATES } from "@/lib/workflow/state-machine";
import { countReviewQueue } from "./count-review-queue";
import { listReviewQueue } from "./list-review-queue";
import type { Actor } from "@/lib/auth/types";

let w: World;

beforeAll(async () => {
  w = await createWorld();
  // Held by the commune: 2 sent, 1 under review, 1 recognized (open: typical or propose upward).
  for (const s of ["SUBMITTED", "SUBMITTED", "UNDER_REVIEW", "RECOGNIZED", "NOT_RECOGNIZED"] as const)
    await modelOf(w, s);
  // Held by the province: 3 proposed to it, 1 sent straight to it, 1 recognized there, 1 also typical there.
  for (let i = 0; i < 3; i++) await modelOf(w, "PROPOSED");
  await modelOf(w, "SUBMITTED", { registeredWithUnitId: w.tree.province.id });
  await modelOf(w, "RECOGNIZED", { climbs: 1 });
  await modelOf(w, "RECOGNIZED", { climbs: 1, typical: true });
}, 60_000);

/** What the queue page shows: its default view's count, and each state chip's count and view. */
async function queueFigures(actor: Actor) {
  const home = await listReviewQueue(actor);
  const chips: Record<string, number> = {};
  for (const s of AWAITING_DECISION_STATES) {
    const view = await listReviewQueue(actor, { state: s });
    expect(view.total).toBe(home.countsByState[s]);
    chips[s] = view.total;
  }
  return { total: home.total, chips };
}

describe("countReviewQueue (the home card)", () => {
  it("shows, per figure, the number the queue shows behind the figure's link, for a commune and the province", async () => {
    for (const [actor, expected] of [
      [w.communeReviewer, { total: 4, awaiting: { SUBMITTED: 2, UNDER_REVIEW: 1, PROPOSED: 0 }, recognizedOpen: 1 }],
      [w.provinceOfficer, { total: 5, awaiting: { SUBMITTED: 1, UNDER_REVIEW: 0, PROPOSED: 3 }, recognizedOpen: 1 }],
    ] as const) {
      const card = await countReviewQueue(actor);
      expect(card).toEqual(expected);
      const queue = await queueFigures(actor);
      expect(card.total).toBe(queue.total);
      expect(card.awaiting).toEqual(queue.chips);
    }
  });

  it("is empty for a cadre and the administrator", async () => {
    for (const actor of [w.cadre, w.admin])
      expect(await countReviewQueue(actor)).toEqual({
        total: 0,
        awaiting: { SUBMITTED: 0, UNDER_REVIEW: 0, PROPOSED: 0 },
        recognizedOpen: 0,
      });
  });
});
