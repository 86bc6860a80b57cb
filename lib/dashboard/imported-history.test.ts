import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Unit } from "@/lib/generated/prisma/client";
import { createWorld, type World } from "@/lib/models/test-world";
import { importFile, modelRow, modelsCsv, setUpImportTests } from "@/lib/import/test-helpers";
import { mergeUnit } from "@/lib/org/merge-unit";
import { getModelDetail } from "@/lib/models/get-model-detail";
import { reviewProgress } from "@/lib/review/review-progress";
import { createUnit } from "@/tests/fixtures";
import { getDashboard, type Dashboard } from "./get-dashboard";
import { liveDashboard, liveReviewProgress } from "./live-recount";

setUpImportTests();

/**
 * A province adopting the portal after the 1 July 2025 reorganisation imports its past years: the models
 * were reviewed by old communes, since merged into today's communes, and owned by cells some of which
 * merged too. Today's committees and cells must show that history (the walk found 0/127 and 0 %).
 */
let w: World;
let oldCommune: Unit;
let oldCell: Unit;
let mergedCell: Unit;

const OLD = { validFrom: new Date("2020-01-01T00:00:00Z") };

beforeAll(async () => {
  w = await createWorld();
  oldCommune = await createUnit(prisma, {
    ...OLD,
    parentId: w.tree.province.id,
    level: "COMMUNE",
    name: "Xã Bằng Lãng",
  });
  oldCell = await createUnit(prisma, { ...OLD, parentId: oldCommune.id, name: "Chi bộ thôn Nà Pài" });
  mergedCell = await createUnit(prisma, { ...OLD, parentId: oldCommune.id, name: "Chi bộ thôn Khau Cuôm" });
  const row = (code: string, unitCode: string, outcome: "Công nhận" | "Không công nhận", date: string) =>
    modelRow({
      code,
      campaign: w.campaign.code,
      kind: "Tập thể",
      field: w.fields[0].name,
      title: `Mô hình ${code}`,
      unitCode,
      registeredLevel: "Xã",
      outcome,
      recognizedLevel: outcome === "Công nhận" ? "Xã" : "",
      outcomeDate: date,
    });
  // Imported while the old tree stood: reviewed by the old commune, owned by a cell that merges later.
  const before = await importFile(w.admin, modelsCsv([row("LS-1", mergedCell.code, "Công nhận", "15/06/2023")]));
  expect(before.status).toBe("APPLIED");
  for (const [unit, target] of [
    [oldCommune, w.tree.communeDirect],
    [mergedCell, w.tree.grassrootsDirect],
  ] as const) {
    const r = await mergeUnit(w.admin, { unitId: unit.id, targetCode: target.code, date: "01/07/2025" });
    expect(r.ok).toBe(true);
  }
  // Imported after the reorganisation, naming the old commune as it stood (a closed unit).
  const after = await importFile(w.admin, modelsCsv([row("LS-2", oldCommune.code, "Không công nhận", "20/11/2024")]));
  expect(after.status).toBe("APPLIED");
});

async function dash(input: object): Promise<Dashboard> {
  const r = await getDashboard(w.provinceOfficer, input);
  if (!r.ok) throw new Error(r.message);
  return r.dashboard;
}

describe("imported history on the dashboard of today's tree", () => {
  it("counts the old commune's reviews for the commune it merged into", async () => {
    const d = await dash({});
    const commune = d.progress.committees.find((c) => c.unitId === w.tree.communeDirect.id)!;
    expect(commune).toMatchObject({ pending: 0, reviewed: 2, done: true });
    expect(d.progress.committees.map((c) => c.unitId)).not.toContain(oldCommune.id);
    expect(d.progress.doneCount).toBe(1);
    expect(
      (await dash({ year: 2023 })).progress.committees.find((c) => c.unitId === w.tree.communeDirect.id),
    ).toMatchObject({ reviewed: 1, done: true });
    const p = await reviewProgress(w.provinceOfficer, {});
    expect(p.committees.find((c) => c.unitId === w.tree.communeDirect.id)).toMatchObject({
      received: 2,
      reviewed: 2,
      done: true,
    });
    expect(p.reviewedCount).toBe(1);
  });

  it("covers today's cell a merged cell's imported model belongs to, and the cell that moved stays uncovered", async () => {
    // Today's cells under the province: grassroots (under the district), grassrootsDirect, and oldCell (moved).
    const d = await dash({});
    expect(d.coverage).toEqual({ grassroots: 3, withModel: 1 });
    expect((await dash({ year: 2023 })).coverage).toEqual({ grassroots: 3, withModel: 1 });
    expect((await dash({ year: 2024 })).coverage).toEqual({ grassroots: 3, withModel: 0 });
    expect(oldCell.id).toBeGreaterThan(0);
  });

  it("agrees with the live recount", async () => {
    for (const input of [{}, { year: 2023 }, { campaign: w.campaign.id }, { unit: w.tree.communeDirect.id }]) {
      const [a, b] = [await getDashboard(w.provinceOfficer, input), await liveDashboard(w.provinceOfficer, input)];
      if (!a.ok || !b.ok) throw new Error("dashboard refused");
      expect({ ...a.dashboard, generatedAt: null }).toEqual({ ...b.dashboard, generatedAt: null });
    }
    expect(await reviewProgress(w.provinceOfficer, {})).toEqual(await liveReviewProgress(w.provinceOfficer, {}));
  });

  it("marks the imported history as imported, not as the administrator's registration or review", async () => {
    const m = await prisma.model.findUniqueOrThrow({ where: { code: "LS-1" } });
    const r = await getModelDetail(w.provinceOfficer, { id: m.id });
    if (!r.ok) throw new Error(r.message);
    expect(r.model.imported).toBe(true);
    expect(r.model.timeline.map((e) => [e.action, e.imported])).toEqual([["RECOGNIZE", true]]);
  });
});
