import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState, Unit } from "@/lib/generated/prisma/client";
import { createCampaign, createModel, createUnit } from "@/tests/fixtures";
import { dashboardListFilter } from "@/lib/dashboard/list-filter";
import { dashboardFigureLinks } from "@/lib/dashboard/figure-links";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { downloadDashboard } from "@/lib/dashboard/download-dashboard";
import { listScopedModels } from "@/lib/models/list-scoped-models";
import { levelTitle } from "@/lib/i18n/levels";
import { rvi } from "@/lib/i18n/review";
import { reviewProgress, type ReviewProgress } from "./review-progress";
import { progressLinks, type ProgressCount } from "./progress-links";
import { downloadReviewProgress } from "./download-review-progress";
import { reviewStep } from "./review-step";
import { actorAt } from "./test-helpers";

let province: Unit;
let otherProvince: Unit;
let c1: Unit;
let d1: Unit;
let merged: Unit;
let officer: Actor;
let districtReviewer: Actor;
let campaign: { id: number; name: string };

const at = (iso: string) => new Date(`${iso}T02:00:00Z`);

beforeAll(async () => {
  province = await createUnit(prisma, { name: "Tỉnh Đông Lâm" });
  otherProvince = await createUnit(prisma, { name: "Tỉnh Bắc Hà" });
  officer = await actorAt(province, "PROVINCE_OFFICER");
  campaign = await createCampaign(prisma, { ownerUnitId: province.id });
  const otherCampaign = await createCampaign(prisma, { ownerUnitId: province.id });
  c1 = await createUnit(prisma, { parentId: province.id, level: "COMMUNE", name: "Xã An Bình" });
  d1 = await createUnit(prisma, { parentId: province.id, level: "DISTRICT", name: "Huyện Na Lương" });
  const c2 = await createUnit(prisma, { parentId: d1.id, level: "COMMUNE", name: "Xã Yên Mỹ" });
  await createUnit(prisma, { parentId: province.id, level: "COMMUNE", name: "Xã Cầu Ngà" });
  // Today's commune formed from an old one (ADR 0065): it answers for the old commune's reviews too.
  merged = await createUnit(prisma, { parentId: province.id, level: "COMMUNE", name: "Xã Hợp Thành" });
  const old = await createUnit(prisma, {
    parentId: province.id,
    level: "COMMUNE",
    name: "Xã Hợp Thành cũ",
    validFrom: new Date("2008-01-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
    successorId: merged.id,
  });
  districtReviewer = await actorAt(d1, "DISTRICT_REVIEWER");

  const g1 = await createUnit(prisma, { parentId: c1.id });
  const g2 = await createUnit(prisma, { parentId: c2.id });
  const gOld = await createUnit(prisma, { parentId: old.id });
  const gMerged = await createUnit(prisma, { parentId: merged.id });
  const mk = (ownerUnitId: number, state: ModelState, extra: Record<string, unknown> = {}) =>
    createModel(prisma, { ownerUnitId, campaignId: campaign.id, state, ...extra });

  await mk(g1.id, "RECOGNIZED");
  await mk(g1.id, "NOT_RECOGNIZED");
  await mk(g1.id, "NEEDS_REVISION");
  await mk(g1.id, "PROPOSED"); // recognized by c1, held by the province now
  await mk(g1.id, "SUBMITTED", { start: at("2026-05-01"), end: at("2026-05-02") });
  await mk(g1.id, "UNDER_REVIEW");
  await mk(g1.id, "DRAFT");
  await mk(g1.id, "WITHDRAWN");
  await createModel(prisma, { ownerUnitId: g1.id, campaignId: otherCampaign.id, state: "SUBMITTED" });
  await mk(g2.id, "RECOGNIZED", { registeredWithUnitId: d1.id });
  await mk(g2.id, "SUBMITTED", { registeredWithUnitId: d1.id });
  await mk(g2.id, "RECOGNIZED");
  await mk(g2.id, "SUBMITTED");
  await mk(gOld.id, "RECOGNIZED", { registeredWithUnitId: old.id });
  await mk(gOld.id, "SUBMITTED", { registeredWithUnitId: old.id }); // imported, still at the old commune
  await mk(gMerged.id, "SUBMITTED");
  // The district recognizes one more and proposes it to the province: reviewed there, held above.
  const up = await mk(g2.id, "SUBMITTED", { registeredWithUnitId: d1.id });
  for (const action of ["RECOGNIZE", "PROPOSE"] as const) {
    const m = await prisma.model.findUniqueOrThrow({ where: { id: up.id } });
    expect(await reviewStep(districtReviewer, { modelId: m.id, version: m.version, action })).toMatchObject({
      ok: true,
    });
  }
}, 120_000);

/** The rows of the model list a link opens, as /mo-hinh reads it (dashboardListFilter, listScopedModels). */
async function listTotal(actor: Actor, href: string): Promise<number> {
  const url = new URL(href, "http://localhost");
  expect(url.pathname).toBe("/mo-hinh");
  const params = Object.fromEntries(url.searchParams);
  const filter = await dashboardListFilter(actor, params);
  if (!filter?.ok) throw new Error(`no list filter for ${href}`);
  const listed = await listScopedModels(actor, {}, filter.where);
  if (!listed.ok) throw new Error(`list refused for ${href}`);
  return listed.total;
}

async function checkLinks(actor: Actor, progress: ReviewProgress, campaignId: number | undefined) {
  let linked = 0;
  for (const c of progress.committees) {
    const links = progressLinks(c, campaignId);
    for (const [count, href] of Object.entries(links) as [ProgressCount, string][]) {
      expect(await listTotal(actor, href), `${c.unitName} ${count}`).toBe(c[count]);
      linked++;
    }
  }
  return linked;
}

describe("review progress: the list behind each linked count", () => {
  it("shows exactly that many rows, for the province's committees, with and without a campaign", async () => {
    for (const campaignId of [campaign.id, undefined]) {
      const p = await reviewProgress(officer, { campaignId });
      const one = p.committees.find((c) => c.unitId === c1.id)!;
      // Not an empty fixture: c1 has reviewed 4 (recognized, not recognized, sent back, proposed upward).
      expect(one).toMatchObject({ reviewed: 4, pending: campaignId ? 2 : 3, received: campaignId ? 6 : 7 });
      expect(p.committees.find((c) => c.unitId === d1.id)).toMatchObject({ reviewed: 2, pending: 1 });
      // Every committee answering for itself alone has its three counts linked; the merged one its pending only.
      expect(await checkLinks(officer, p, campaignId)).toBe(3 * (p.committees.length - 1) + 1);
      const m = p.committees.find((c) => c.unitId === merged.id)!;
      expect(m).toMatchObject({ answersForMerged: true, reviewed: 1, pending: 2 });
      expect(Object.keys(progressLinks(m, campaignId))).toEqual(["pending"]);
    }
  });

  it("the dashboard's progress table links the same counts: pending always, reviewed unless the committee is merged", async () => {
    const r = await getDashboard(officer, { campaign: campaign.id });
    if (!r.ok) throw new Error(r.message);
    const links = dashboardFigureLinks(r.dashboard).filter((l) => l.key.startsWith("committee-"));
    const keys = links.map((l) => l.key);
    expect(keys).toEqual(expect.arrayContaining([`committee-${c1.id}-pending`, `committee-${c1.id}-reviewed`]));
    expect(keys).toContain(`committee-${merged.id}-pending`);
    expect(keys).not.toContain(`committee-${merged.id}-reviewed`);
    for (const l of links) expect(await listTotal(officer, l.href), l.key).toBe(l.value);
    // The same counts as /tham-dinh/tien-do for the campaign.
    const p = await reviewProgress(officer, { campaignId: campaign.id });
    expect(
      r.dashboard.progress.committees.map((x) => [x.unitId, x.pending, x.reviewed, x.answersForMerged]).sort(),
    ).toEqual(p.committees.map((x) => [x.unitId, x.pending, x.reviewed, x.answersForMerged]).sort());
  });

  it("shows exactly that many rows for a district reviewer's committees", async () => {
    const p = await reviewProgress(districtReviewer, { campaignId: campaign.id });
    expect(p.committees.map((c) => [c.unitName, c.reviewed, c.pending])).toEqual([["Xã Yên Mỹ", 1, 1]]);
    expect(await checkLinks(districtReviewer, p, campaign.id)).toBe(3);
  });

  it("the province's view below a district is the district reviewer's, and a unit outside the subtree shows nothing", async () => {
    expect(await reviewProgress(officer, { campaignId: campaign.id, unitId: d1.id })).toEqual(
      await reviewProgress(districtReviewer, { campaignId: campaign.id }),
    );
    expect(await reviewProgress(districtReviewer, { unitId: province.id })).toEqual({
      committees: [],
      reviewedCount: 0,
      total: 0,
    });
  });
});

async function sheetOf(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.worksheets[0];
}

describe("review progress: XLSX download", () => {
  it("holds the page's rows and columns, numbers as numbers, under a title with the unit, campaign and date", async () => {
    const res = await downloadReviewProgress(officer, new URLSearchParams(`campaign=${campaign.id}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toMatch(/tien-do-tham-dinh-\d+-\d{4}-\d{2}-\d{2}\.xlsx/);
    const ws = await sheetOf(res);
    // getSheetValues is 1-based and sparse (the empty row is a hole).
    const cells = Array.from(ws.getSheetValues().slice(1) as unknown[][], (r) => (r ?? []).slice(1));
    expect(cells[0][0]).toBe(rvi.progress.reportTitle(province.name));
    expect(cells[1][0]).toBe(rvi.progress.reportCampaign(campaign.name));
    expect(String(cells[2][0])).toMatch(/^Ngày lập: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const page = await reviewProgress(officer, { campaignId: campaign.id });
    expect(cells[3][0]).toBe(rvi.progress.summary(String(page.reviewedCount), String(page.total)));
    const header = cells.findIndex((r) => r[0] === rvi.progress.committee);
    expect(cells[header]).toEqual([
      rvi.progress.committee,
      rvi.progress.level,
      rvi.progress.received,
      rvi.progress.reviewed,
      rvi.progress.pending,
      rvi.progress.oldestDays,
      rvi.progress.status,
    ]);
    const body = cells.slice(header + 1);
    expect(body.map((r) => r.slice(0, 5))).toEqual(
      page.committees.map((c) => [
        c.unitName,
        levelTitle({ level: c.level, kind: c.kind, name: c.unitName }),
        c.received,
        c.reviewed,
        c.pending,
      ]),
    );
    expect(body.map((r) => r[5] ?? null)).toEqual(page.committees.map((c) => c.oldestPendingDays));
    // The status column says what the page's badge says: c1's oldest file has waited since May 2026.
    expect(body.find((r) => r[0] === c1.name)![6]).toBe(rvi.progress.late(30));
    expect(body.find((r) => r[0] === "Xã Cầu Ngà")![6]).toBe("—");
  });

  it("below a unit of the subtree: that unit's committees", async () => {
    const ws = await sheetOf(await downloadReviewProgress(officer, new URLSearchParams(`unit=${d1.id}`)));
    const names = (ws.getSheetValues() as unknown[][]).map((r) => (r ?? [])[1]);
    expect(names[1]).toBe(rvi.progress.reportTitle(d1.name));
    expect(names[2]).toBe(rvi.progress.reportCampaign(rvi.progress.allCampaigns));
    expect(names).toContain("Xã Yên Mỹ");
    expect(names).not.toContain(c1.name);
  });

  it("refuses as the dashboard's download does: a forbidden role and a unit out of scope get 404 with no body", async () => {
    const refusals: [Actor | null, string][] = [
      [await actorAt(c1, "COMMUNE_REVIEWER"), ""],
      [{ ...officer, role: "ADMIN" }, ""],
      [officer, `unit=${otherProvince.id}`],
      [districtReviewer, `unit=${province.id}`],
      [districtReviewer, `unit=${c1.id}`],
      [null, ""],
    ];
    for (const [actor, query] of refusals) {
      const res = await downloadReviewProgress(actor, new URLSearchParams(query));
      expect(res.status, `${actor?.role} ${query}`).toBe(actor ? 404 : 401);
      expect(await res.text()).toBe("");
      expect(res.headers.get("Content-Disposition")).toBeNull();
    }
    // The dashboard's file answers the same to a unit outside the scope, and to a signed-out request.
    for (const [actor, query] of refusals.slice(2))
      expect((await downloadDashboard(actor, new URLSearchParams(query))).status).toBe(actor ? 404 : 401);
    // A cadre has no review progress at all (the dashboard's file is its own unit's: 200).
    const cadre = await actorAt(c1, "UNIT_CADRE");
    expect((await downloadReviewProgress(cadre, new URLSearchParams())).status).toBe(404);
  });
});
