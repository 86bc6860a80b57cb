import { beforeAll, describe, expect, it } from "vitest";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { reviewStep } from "@/lib/review/review-step";
import {
  clearDashboardSnapshots,
  settleDashboardSnapshots,
  SNAPSHOT_TTL_MS,
  viewDashboard,
  type DashboardView,
} from "./dashboard-snapshot";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

function ok(v: DashboardView) {
  if (!v.ok) throw new Error(v.message);
  return v;
}

async function recognizeOne(title: string) {
  const m = await modelOf(w, "SUBMITTED", { title });
  expect(await reviewStep(w.communeReviewer, { modelId: m.id, version: m.version, action: "RECOGNIZE" })).toMatchObject(
    { ok: true },
  );
}

describe("viewDashboard: snapshots that never hide a review step without saying so", () => {
  it("serves the same snapshot while nothing changed, and recomputes a quick view at once after a recognition", async () => {
    clearDashboardSnapshots();
    // "Quick" is a measured time; the test fixes it so a loaded machine takes the same path.
    const quick = { syncBelowMs: Number.POSITIVE_INFINITY };
    await modelOf(w, "SUBMITTED");
    const a = ok(await viewDashboard(w.provinceOfficer, {}, quick));
    const b = ok(await viewDashboard(w.provinceOfficer, {}, quick));
    expect(b.dashboard).toBe(a.dashboard);
    expect(b.stale).toBe(false);

    await recognizeOne("Gương sáng vận động hiến đất");
    const c = ok(await viewDashboard(w.provinceOfficer, {}, quick));
    expect([c.stale, c.dashboard.cards.recognized]).toEqual([false, a.dashboard.cards.recognized + 1]);
    expect(c.dashboard.generatedAt.getTime()).toBeGreaterThan(a.dashboard.generatedAt.getTime());
  });

  it("a slow view is served as it was, marked stale with its time, while one recomputation runs", async () => {
    clearDashboardSnapshots();
    const slow = { syncBelowMs: 0 };
    const a = ok(await viewDashboard(w.provinceOfficer, {}, slow));
    await recognizeOne("Dân vận khéo giữ gìn đường làng");
    const b = ok(await viewDashboard(w.provinceOfficer, {}, slow));
    expect([b.stale, b.dashboard]).toEqual([true, a.dashboard]);
    await settleDashboardSnapshots();
    const c = ok(await viewDashboard(w.provinceOfficer, {}, slow));
    expect([c.stale, c.dashboard.cards.recognized]).toEqual([false, a.dashboard.cards.recognized + 1]);
  });

  it("recomputes after the time limit even when no model changed (honorees, reports, the tree)", async () => {
    clearDashboardSnapshots();
    const a = ok(await viewDashboard(w.provinceOfficer, {}, { syncBelowMs: Number.POSITIVE_INFINITY }));
    const later = ok(
      await viewDashboard(
        w.provinceOfficer,
        {},
        { now: Date.now() + SNAPSHOT_TTL_MS + 1, syncBelowMs: Number.POSITIVE_INFINITY },
      ),
    );
    expect(later.dashboard).not.toBe(a.dashboard);
    expect(later.dashboard.generatedAt.getTime()).toBeGreaterThanOrEqual(a.dashboard.generatedAt.getTime());
  });

  it("keeps one snapshot per role, unit and filter", async () => {
    clearDashboardSnapshots();
    const province = ok(await viewDashboard(w.provinceOfficer, {}));
    const commune = ok(await viewDashboard(w.communeReviewer, {}));
    const campaign = ok(await viewDashboard(w.provinceOfficer, { campaign: w.campaign.id + 1000 }));
    expect([province.dashboard.unit.id, commune.dashboard.unit.id]).toEqual([
      w.tree.province.id,
      w.tree.communeDirect.id,
    ]);
    expect(campaign.dashboard.cards.registered).toBe(0);
    expect(province.dashboard.cards.registered).toBeGreaterThan(0);
    expect(ok(await viewDashboard(w.cadre, {})).dashboard.unit.id).toBe(w.tree.grassrootsDirect.id);
  });
});
