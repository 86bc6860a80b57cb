import { beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { liveDashboard } from "@/lib/dashboard/live-recount";
import { createDecision } from "./create-decision";
import { issueDecision } from "./issue-decision";
import { searchHonoreeCandidates } from "./search-honoree-candidates";
import { createDecisionWorld, decisionInput, recognizedModel, type DecisionWorld } from "./test-world";

/**
 * A model in two commendation decisions (docs/decisions/0064): allowed (a district's Giấy khen and the
 * province's Bằng khen may go to the same model), warned about in the picker, and counted once on the
 * dashboard's "Được khen thưởng".
 */
let w: DecisionWorld;

beforeAll(async () => {
  w = await createDecisionWorld();
}, 60_000);

async function issued(modelIds: number[], overrides: Record<string, unknown>) {
  const r = await createDecision(w.provinceOfficer, decisionInput(w, modelIds, overrides));
  if (!r.ok) throw new Error(r.message);
  const i = await issueDecision(w.provinceOfficer, { id: r.id, version: r.version });
  if (!i.ok) throw new Error(i.message);
  return i;
}

async function honorees(kind: "live" | "summary") {
  const r = await (kind === "live" ? liveDashboard : getDashboard)(w.provinceOfficer, {});
  if (!r.ok) throw new Error(r.message);
  return r.dashboard.honorees;
}

describe("a model commended in two decisions", () => {
  it("is warned about in the picker, counted once on the dashboard, and the summaries agree with a recount", async () => {
    const twice = await recognizedModel(w, "COLLECTIVE", "RECOGNIZED", true);
    const once = await recognizedModel(w, "INDIVIDUAL", "RECOGNIZED", true);
    const never = await recognizedModel(w, "COLLECTIVE", "RECOGNIZED", true);

    const a = await issued([twice.id, once.id], { number: 12, decisionDate: "2025-05-20" });
    const b = await issued([twice.id], {
      issuerId: w.stateIssuer.id,
      number: 56,
      decisionDate: "2025-12-16",
      awardForm: "GIAY_KHEN",
    });
    expect([a.numberText, b.numberText]).toEqual(["12-QĐ/TU", "56/QĐ-UBND"]);

    expect(await honorees("summary")).toEqual({ collective: 1, individual: 1 });
    expect(await honorees("live")).toEqual({ collective: 1, individual: 1 });

    // Adding to a third decision: the picker names the decisions the model is already on.
    const draft = await createDecision(w.provinceOfficer, decisionInput(w, [never.id], { number: 13 }));
    if (!draft.ok) throw new Error(draft.message);
    const found = await searchHonoreeCandidates(w.provinceOfficer, {
      typicalOnly: true,
      excludeDecisionId: draft.id,
    });
    if (!found.ok) throw new Error(found.message);
    const byId = new Map(found.items.map((m) => [m.id, m]));
    expect(byId.has(never.id)).toBe(false);
    expect(byId.get(twice.id)?.commendedIn.map((d) => [d.numberText, d.issued])).toEqual([
      ["12-QĐ/TU", true],
      ["56/QĐ-UBND", true],
    ]);
    expect(byId.get(once.id)?.commendedIn.map((d) => d.numberText)).toEqual(["12-QĐ/TU"]);

    // Creating a new decision: drafts are named too.
    const all = await searchHonoreeCandidates(w.provinceOfficer, { typicalOnly: true });
    if (!all.ok) throw new Error(all.message);
    expect(all.items.find((m) => m.id === never.id)?.commendedIn).toEqual([
      { decisionId: draft.id, numberText: null, decisionDate: new Date("2025-12-16T00:00:00Z"), issued: false },
    ]);
  });
});
