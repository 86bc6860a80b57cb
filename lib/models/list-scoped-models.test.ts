import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createModel } from "@/tests/fixtures";
import { reviewStep } from "@/lib/review/review-step";
import { listScopedModels } from "./list-scoped-models";
import { createWorld, modelOf, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

describe("listScopedModels (reviewers, province officers, administrators)", () => {
  it("searches by words for every role that sees the list, within its scope only", async () => {
    const meal = await modelOf(w, "SUBMITTED", { title: "Bữa cơm chờ đón con em" });
    const elsewhere = await createModel(prisma, { title: "Bữa cơm chờ đón ở tỉnh khác", state: "SUBMITTED" });
    for (const actor of [w.communeReviewer, w.provinceOfficer, w.admin]) {
      const r = await listScopedModels(actor, { q: "cho don bua com" });
      if (!r.ok) throw new Error(r.message);
      expect(r.rows.map((m) => m.id)).toContain(meal.id);
      if (actor !== w.admin) expect(r.rows.map((m) => m.id)).not.toContain(elsewhere.id);
    }
    const none = await listScopedModels(w.provinceOfficer, { q: "cho don bua com xe" });
    expect(none.ok && none.total).toBe(0);
    expect(await listScopedModels(w.cadre, { q: "bua" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a committee finds a model it proposed upward", async () => {
    const m = await modelOf(w, "RECOGNIZED", { title: "Dân vận khéo giữ rừng đầu nguồn" });
    const r = await reviewStep(w.communeReviewer, { modelId: m.id, version: m.version, action: "PROPOSE" });
    expect(r.ok).toBe(true);
    const found = await listScopedModels(w.communeReviewer, { q: "giu rung dau nguon" });
    expect(found.ok && found.rows.map((x) => [x.id, x.state])).toEqual([[m.id, "PROPOSED"]]);
  });
});
