import "@/lib/import/exceljs-utf8-fix";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Role, Unit } from "@/lib/generated/prisma/client";
import { createModel, createUnit, createUser } from "@/tests/fixtures";
import { actorOf, createDecisionWorld, decisionInput, type DecisionWorld } from "@/lib/decisions/test-world";
import { COMPLETE_NARRATIVE, draftForm } from "@/lib/models/test-world";
import { createModelDraft } from "@/lib/models/create-model-draft";
import { submitModel } from "@/lib/models/submit-model";
import { withdrawModel } from "@/lib/models/withdraw-model";
import { reportProgress } from "@/lib/models/report-progress";
import { reviewStep } from "@/lib/review/review-step";
import { reviewProgress } from "@/lib/review/review-progress";
import { createDecision } from "@/lib/decisions/create-decision";
import { issueDecision } from "@/lib/decisions/issue-decision";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { mergeUnit } from "@/lib/org/merge-unit";
import { MODEL_COLUMNS } from "@/lib/import/models/columns";
import { csv, importFile, setTempUploadDir } from "@/lib/import/test-helpers";
import { stopBoss } from "@/lib/jobs/boss";
import { TRANSITIONS } from "@/lib/workflow/state-machine";
import { getDashboard, type Dashboard } from "./get-dashboard";
import { liveDashboard, liveReviewProgress } from "./live-recount";

setTempUploadDir();
afterAll(() => stopBoss(2000));

/**
 * The summaries (ADR 0053) against a live recount: after random sequences of workflow steps, bulk
 * writes, decisions and a unit merge, every figure of getDashboard and reviewProgress equals the same
 * figure counted live from the tables (lib/dashboard/live-recount.ts, the pre-summary definitions), and
 * the incrementally kept tables equal a full dash_rebuild().
 */
type World = DecisionWorld & {
  c1: Unit;
  c2: Unit;
  g1: Unit;
  g2: Unit;
  owners: { unit: Unit; cadre: Actor; committee: Unit }[];
};

let w: World;
const reviewers = new Map<number, Actor>();

const ROLE_OF: Record<string, Role> = {
  COMMUNE: "COMMUNE_REVIEWER",
  DISTRICT: "DISTRICT_REVIEWER",
  PROVINCE: "PROVINCE_OFFICER",
};

async function reviewerOf(unitId: number): Promise<Actor> {
  const known = reviewers.get(unitId);
  if (known) return known;
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  const actor = actorOf(await createUser(prisma, { unitId, role: ROLE_OF[unit.level] ?? "COMMUNE_REVIEWER" }), unit);
  reviewers.set(unitId, actor);
  return actor;
}

beforeAll(async () => {
  const d = await createDecisionWorld();
  const c1 = await createUnit(prisma, {
    parentId: d.tree.district.id,
    level: "COMMUNE",
    kind: "COMMUNE",
    name: "Xã Hòa Bình",
    validFrom: new Date("2020-01-01T00:00:00Z"),
  });
  const c2 = await createUnit(prisma, {
    parentId: d.tree.district.id,
    level: "COMMUNE",
    kind: "COMMUNE",
    name: "Xã Hợp Thành",
    validFrom: new Date("2020-01-01T00:00:00Z"),
  });
  const g1 = await createUnit(prisma, { parentId: c1.id, name: "Chi bộ thôn Bản Chang" });
  const g2 = await createUnit(prisma, { parentId: c2.id, name: "Chi bộ thôn Pác Nặm" });
  // Models under c1 before any merge, so that the merge moves history between scopes.
  for (const state of ["RECOGNIZED", "SUBMITTED", "PROPOSED"] as const) {
    await createModel(prisma, { ownerUnitId: g1.id, campaignId: d.campaign.id, fieldId: d.fields[1].id, state });
  }
  await createModel(prisma, {
    ownerUnitId: c1.id,
    campaignId: d.campaign.id,
    fieldId: d.fields[2].id,
    state: "RECOGNIZED",
  });
  const cadreOf = async (u: Unit) => actorOf(await createUser(prisma, { unitId: u.id, role: "UNIT_CADRE" }), u);
  w = {
    ...d,
    c1,
    c2,
    g1,
    g2,
    owners: [
      { unit: d.tree.grassrootsDirect, cadre: d.cadre, committee: d.tree.communeDirect },
      { unit: d.tree.grassroots, cadre: d.otherUnitCadre, committee: d.tree.commune },
      { unit: g1, cadre: await cadreOf(g1), committee: c1 },
      { unit: g2, cadre: await cadreOf(g2), committee: c2 },
    ],
  };
}, 120_000);

let decisionNumber = 500;
let importSeq = 0;

type Cmd =
  | { t: "register"; owner: number; kind: "COLLECTIVE" | "INDIVIDUAL"; field: number; submit: boolean }
  | { t: "submit"; pick: number }
  | {
      t: "review";
      pick: number;
      action:
        "START_REVIEW" | "REQUEST_REVISION" | "RECOGNIZE" | "NOT_RECOGNIZE" | "DESIGNATE_TYPICAL" | "PROPOSE" | "UNDO";
    }
  | { t: "withdraw"; pick: number }
  | { t: "report"; pick: number; money: number; households: number }
  | { t: "seed"; owner: number; state: "SUBMITTED" | "RECOGNIZED" | "PROPOSED" | "NOT_RECOGNIZED"; typical: boolean }
  | { t: "decide"; picks: number[] }
  | { t: "reopen"; pick: number }
  | { t: "import"; owner: number; recognized: boolean }
  | { t: "merge" };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({
    t: fc.constant("register" as const),
    owner: fc.nat(3),
    kind: fc.constantFrom("COLLECTIVE" as const, "INDIVIDUAL" as const),
    field: fc.nat(4),
    submit: fc.boolean(),
  }),
  fc.record({ t: fc.constant("submit" as const), pick: fc.nat() }),
  fc.record({
    t: fc.constant("review" as const),
    pick: fc.nat(),
    action: fc.constantFrom(
      "START_REVIEW" as const,
      "REQUEST_REVISION" as const,
      "RECOGNIZE" as const,
      "RECOGNIZE" as const,
      "NOT_RECOGNIZE" as const,
      "DESIGNATE_TYPICAL" as const,
      "PROPOSE" as const,
      "UNDO" as const,
    ),
  }),
  fc.record({ t: fc.constant("withdraw" as const), pick: fc.nat() }),
  fc.record({
    t: fc.constant("report" as const),
    pick: fc.nat(),
    money: fc.integer({ min: 0, max: 5_000_000 }),
    households: fc.nat(40),
  }),
  fc.record({
    t: fc.constant("seed" as const),
    owner: fc.nat(3),
    state: fc.constantFrom("SUBMITTED" as const, "RECOGNIZED" as const, "PROPOSED" as const, "NOT_RECOGNIZED" as const),
    typical: fc.boolean(),
  }),
  fc.record({ t: fc.constant("decide" as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ t: fc.constant("reopen" as const), pick: fc.nat() }),
  fc.record({ t: fc.constant("import" as const), owner: fc.nat(3), recognized: fc.boolean() }),
  fc.constant({ t: "merge" as const }),
);

const cadreFor = (ownerUnitId: number) => w.owners.find((o) => o.unit.id === ownerUnitId)?.cadre ?? w.cadre;

async function pickModel(pick: number, where: object = {}) {
  const ids = await prisma.model.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  if (ids.length === 0) return null;
  return prisma.model.findUniqueOrThrow({ where: { id: ids[pick % ids.length].id } });
}

/** Runs one command through the real use case; a refused step (wrong state, …) changes nothing. */
async function run(c: Cmd): Promise<void> {
  switch (c.t) {
    case "register": {
      const o = w.owners[c.owner];
      const r = await createModelDraft(o.cadre, {
        ...draftForm(w, { ...COMPLETE_NARRATIVE, kind: c.kind, fieldId: String(w.fields[c.field].id) }),
        registeredWithUnitId: String(o.committee.id),
        ...(c.kind === "INDIVIDUAL" ? { personName: "Hoàng Thị Mai", personHonorific: "FEMALE" } : {}),
      });
      if (r.ok && c.submit) await submitModel(o.cadre, { id: r.id, version: r.version });
      return;
    }
    case "submit": {
      const m = await pickModel(c.pick, { state: "DRAFT" });
      if (m) await submitModel(cadreFor(m.ownerUnitId), { id: m.id, version: m.version });
      return;
    }
    case "review": {
      const from = TRANSITIONS.find((r) => r.action === c.action)!.from;
      const m = await pickModel(c.pick, { state: { in: [...from] } });
      if (!m) return;
      await reviewStep(await reviewerOf(m.reviewUnitId), {
        modelId: m.id,
        version: m.version,
        action: c.action,
        comment: "Ý kiến của hội đồng thẩm định",
        noScores: true,
      });
      return;
    }
    case "withdraw": {
      const m = await pickModel(c.pick, { state: "SUBMITTED" });
      if (m) await withdrawModel(cadreFor(m.ownerUnitId), { id: m.id, version: m.version, comment: "Rút hồ sơ" });
      return;
    }
    case "report": {
      const m = await pickModel(c.pick, { state: { notIn: ["DRAFT"] } });
      if (!m) return;
      await reportProgress(cadreFor(m.ownerUnitId), {
        modelId: String(m.id),
        reportDate: "2026-05-20",
        note: "Báo cáo kết quả thực hiện",
        moneyVnd: String(c.money),
        landM2: "12,5",
        roadKm: "0,25",
        workdays: "10",
        households: String(c.households),
      });
      return;
    }
    case "seed": {
      const o = w.owners[c.owner];
      await createModel(prisma, {
        ownerUnitId: o.unit.id,
        campaignId: w.campaign.id,
        fieldId: w.fields[c.owner % w.fields.length].id,
        state: c.state,
        typical: c.typical && c.state !== "NOT_RECOGNIZED" && c.state !== "SUBMITTED",
      });
      return;
    }
    case "decide": {
      const ids: number[] = [];
      for (const p of c.picks) {
        const m = await pickModel(p, { state: { in: ["RECOGNIZED", "PROPOSED"] } });
        if (m && !ids.includes(m.id)) ids.push(m.id);
      }
      if (ids.length === 0) return;
      const r = await createDecision(w.provinceOfficer, decisionInput(w, ids, { number: decisionNumber++ }));
      if (r.ok) await issueDecision(w.provinceOfficer, { id: r.id, version: r.version });
      return;
    }
    case "reopen": {
      const ds = await prisma.decision.findMany({ where: { status: "ISSUED" }, orderBy: { id: "asc" } });
      if (ds.length === 0) return;
      const d = ds[c.pick % ds.length];
      await reopenDecision(w.provinceOfficer, { id: d.id, version: d.version, reason: "Sửa danh sách khen thưởng" });
      return;
    }
    case "import": {
      importSeq++;
      const o = w.owners[c.owner];
      const headers = MODEL_COLUMNS.map((col) => col.header);
      const row = (n: number) => [
        `SUM-${importSeq}-${n}`,
        w.campaign.code,
        n === 1 ? "Tập thể" : "Cá nhân",
        w.fields[n % w.fields.length].name,
        `Mô hình nhập từ tệp ${importSeq}-${n}`,
        o.unit.code,
        "",
        "",
        n === 1 ? "" : "Hoàng Văn Nam",
        n === 1 ? "" : "Trưởng thôn",
        "Xã",
        c.recognized ? "Công nhận" : "Không công nhận",
        c.recognized ? "Xã" : "",
        "15/06/2026",
        c.recognized && n === 1 ? "Xã" : "",
      ];
      await importFile(w.provinceOfficer, csv([headers, row(1), row(2)]));
      return;
    }
    case "merge":
      // Only the first succeeds (c1 is closed after it); its models' history moves into c2's scope.
      await mergeUnit(w.admin, { unitId: w.c1.id, targetCode: w.c2.code, date: "01/07/2025" });
      return;
  }
}

const stripTime = (d: Dashboard) => ({ ...d, generatedAt: null });

async function dash(fn: typeof getDashboard, actor: Actor, input: object) {
  const r = await fn(actor, input);
  if (!r.ok) return r;
  return { ok: true, dashboard: stripTime(r.dashboard) };
}

async function expectSameFigures(label: string) {
  const views: [Actor, object][] = [
    [w.provinceOfficer, {}],
    [w.provinceOfficer, { campaign: w.campaign.id }],
    [w.provinceOfficer, { year: 2026 }],
    [w.provinceOfficer, { campaign: w.campaign.id, year: 2026, quarter: 2 }],
    [w.provinceOfficer, { unit: w.tree.district.id }],
    [w.provinceOfficer, { unit: w.c2.id }],
    [w.provinceOfficer, { unit: w.absorbedProvince.id }],
    [w.districtReviewer, {}],
    [w.districtReviewer, { unit: w.c1.id, year: 2026 }],
    [w.communeReviewer, {}],
    [w.cadre, {}],
    [w.owners[2].cadre, { year: 2026 }],
    [w.admin, {}],
    [w.admin, { unit: w.tree.communeDirect.id }],
  ];
  for (const [actor, input] of views) {
    const [summary, live] = [await dash(getDashboard, actor, input), await dash(liveDashboard, actor, input)];
    expect(summary, `${label}: ${actor.role}@${actor.unitId} ${JSON.stringify(input)}`).toEqual(live);
  }
  for (const actor of [w.provinceOfficer, w.districtReviewer]) {
    for (const input of [{}, { campaignId: w.campaign.id }]) {
      expect(await reviewProgress(actor, input), `${label}: review progress ${actor.role}`).toEqual(
        await liveReviewProgress(actor, input),
      );
    }
  }
}

/** The kept tables, without rows that sum to nothing (a count that went back to 0 leaves its row). */
async function nonZero() {
  const q = (sql: string) => prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  return {
    facts: await q(`SELECT to_jsonb(f)::text AS r FROM "DashFact" f ORDER BY "modelId"`),
    summary: await q(
      `SELECT to_jsonb(s)::text AS r FROM "DashSummary" s
       WHERE EXISTS (SELECT 1 FROM jsonb_each(to_jsonb(s) - 'scopeId' - 'campaignId' - 'yr' - 'qtr' - 'fieldId' - 'kind') e
                     WHERE e.value::text NOT IN ('0', '0.00'))
       ORDER BY "scopeId", "campaignId", yr, qtr, "fieldId", kind`,
    ),
    committees: await q(
      `SELECT to_jsonb(c)::text AS r FROM "DashCommittee" c
       WHERE pending <> 0 OR "heldReviewed" <> 0 OR "movedOn" <> 0 OR proposed <> 0 OR "recognizedAbove" <> 0
       ORDER BY "unitId", "campaignId", yr, qtr`,
    ),
    units: await q(
      `SELECT to_jsonb(u)::text AS r FROM "DashUnitPeriod" u WHERE registered <> 0
       ORDER BY "campaignId", yr, qtr, "unitId"`,
    ),
  };
}

describe("dashboard summaries (ADR 0053)", () => {
  it("equal a live recount after random sequences of steps (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 4, maxLength: 12 }), async (cmds) => {
        for (const c of cmds) await run(c);
        await expectSameFigures(JSON.stringify(cmds.map((c) => c.t)));
      }),
      // The world is shared by the runs (state accumulates), so shrinking would not replay: stop at the first failure.
      { numRuns: 15, seed: Number(process.env.FC_SEED ?? 20261202), endOnFailure: true },
    );
    // The run did reach the interesting cases.
    expect(await prisma.decision.count({ where: { status: "ISSUED" } })).toBeGreaterThan(0);
    expect(await prisma.reviewEvent.count({ where: { action: "PROPOSE", undoneById: null } })).toBeGreaterThan(0);
    expect(await prisma.progressReport.count()).toBeGreaterThan(0);
    expect(await prisma.model.count({ where: { imported: true } })).toBeGreaterThan(0);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: w.c1.id } })).successorId).toBe(w.c2.id);
  }, 600_000);

  it("kept incrementally, equal a full rebuild", async () => {
    const kept = await nonZero();
    expect(kept.facts.length).toBe(await prisma.model.count());
    await prisma.$executeRawUnsafe(`SELECT dash_rebuild()`);
    expect(await nonZero()).toEqual(kept);
  });
});
