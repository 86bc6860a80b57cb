/**
 * The whole transition table, generated: every model state (at every committee level a model can be
 * held at, typical or not) × every review action × every role placed on every unit of the tree. The
 * expected outcome comes from the scope rule and the state machine's checkTransition; a refusal must
 * leave every row unchanged.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Model, ModelState, Unit } from "@/lib/generated/prisma/client";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { checkTransition, ROLES } from "@/lib/workflow/state-machine";
import { transitionContext } from "@/lib/workflow/context";
import { lastEventFor, lastStepInForce } from "@/lib/workflow/last-step";
import { reviewStep } from "./review-step";
import { REVIEW_STEP_ACTIONS, type ReviewStepAction } from "./schema";
import { actorAt, reviewFingerprint } from "./test-helpers";

let w: World;
let actors: { actor: Actor; unit: Unit }[];
let communeUnderDistrictReviewer: Actor;

type Case = { name: string; make: () => Promise<Model> };
const cases: Case[] = [];

const COMMENT = "Ý kiến của tổ thẩm định";

// Held by a commune directly under the province (registered there, never proposed).
for (const state of [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_REVISION",
  "NOT_RECOGNIZED",
  "RECOGNIZED",
  "WITHDRAWN",
] as ModelState[]) {
  cases.push({ name: `xã trực thuộc tỉnh · ${state}`, make: () => modelOf(w, state) });
}
cases.push({
  name: "xã trực thuộc tỉnh · RECOGNIZED điển hình",
  make: () => modelOf(w, "RECOGNIZED", { typical: true }),
});
// Registered directly with a district-level unit.
for (const state of [
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_REVISION",
  "NOT_RECOGNIZED",
  "RECOGNIZED",
  "WITHDRAWN",
] as ModelState[]) {
  cases.push({
    name: `cấp huyện (đăng ký trực tiếp) · ${state}`,
    make: () => districtModel(state, { registeredWithUnitId: w.tree.district.id }),
  });
}
// Registered with the commune under the district-level unit and proposed one level up.
for (const state of ["PROPOSED", "UNDER_REVIEW", "NEEDS_REVISION", "NOT_RECOGNIZED", "RECOGNIZED"] as ModelState[]) {
  cases.push({ name: `cấp huyện (xã đề nghị) · ${state}`, make: () => districtModel(state, { climbs: 1 }) });
}
cases.push({
  name: "cấp huyện (xã đề nghị) · RECOGNIZED điển hình",
  make: () => districtModel("RECOGNIZED", { climbs: 1, typical: true }),
});
cases.push({ name: "xã dưới huyện · RECOGNIZED", make: () => districtModel("RECOGNIZED", {}) });
// Held by the province: proposed by the commune directly under it, or registered with it.
for (const state of ["PROPOSED", "UNDER_REVIEW", "NEEDS_REVISION", "NOT_RECOGNIZED", "RECOGNIZED"] as ModelState[]) {
  cases.push({ name: `cấp tỉnh (xã đề nghị) · ${state}`, make: () => modelOf(w, state, { climbs: 1 }) });
}
cases.push({
  name: "cấp tỉnh · RECOGNIZED điển hình",
  make: () => modelOf(w, "RECOGNIZED", { climbs: 1, typical: true }),
});
cases.push({
  name: "cấp tỉnh (đăng ký trực tiếp) · SUBMITTED",
  make: () => modelOf(w, "SUBMITTED", { registeredWithUnitId: w.tree.province.id }),
});

function districtModel(
  state: ModelState,
  extra: { registeredWithUnitId?: number; climbs?: number; typical?: boolean },
) {
  return modelOf(w, state, {
    ownerUnitId: w.tree.grassroots.id,
    ownerUnitName: w.tree.grassroots.name,
    ownerAddress: "Đảng bộ Phòng Cảnh sát giao thông, Đảng ủy Công an tỉnh Minh Sơn",
    createdById: w.otherUnitCadre.userId,
    reviewers: {
      [w.tree.commune.id]: communeUnderDistrictReviewer.userId,
      [w.tree.district.id]: w.districtReviewer.userId,
      [w.tree.province.id]: w.provinceOfficer.userId,
    },
    ...extra,
  });
}

beforeAll(async () => {
  w = await createWorld();
  communeUnderDistrictReviewer = await actorAt(w.tree.commune, "COMMUNE_REVIEWER");
  const t = w.tree;
  const units = [t.grassrootsDirect, t.grassroots, t.communeDirect, t.commune, t.district, t.province, t.otherCommune];
  actors = [];
  for (const unit of units) for (const role of ROLES) actors.push({ actor: await actorAt(unit, role), unit });
}, 120_000);

/** The spec of who sees a model (docs/domain.md "Scope is always a subtree"), written independently of lib/permissions. */
async function inScope(actor: Actor, unit: Unit, model: Model): Promise<boolean> {
  if (actor.role === "ADMIN") return true;
  if (actor.role === "UNIT_CADRE") return model.ownerUnitId === unit.id;
  const [owner, holder] = await Promise.all([
    prisma.unit.findUniqueOrThrow({ where: { id: model.ownerUnitId } }),
    prisma.unit.findUniqueOrThrow({ where: { id: model.reviewUnitId } }),
  ]);
  return owner.path.startsWith(unit.path) || holder.path.startsWith(unit.path);
}

const REVIEWING_ROLES = ["COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER"];

async function expected(actor: Actor, unit: Unit, model: Model, action: ReviewStepAction) {
  if (!(await inScope(actor, unit, model))) return { ok: false as const, code: "not_found" };
  if (!REVIEWING_ROLES.includes(actor.role) || (action === "PROPOSE" && actor.role === "PROVINCE_OFFICER")) {
    return { ok: false as const, code: "forbidden" };
  }
  const events = await prisma.reviewEvent.findMany({
    where: { modelId: model.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const lastEvent = action === "UNDO" ? lastEventFor(lastStepInForce(events), actor.unitId) : null;
  const check = checkTransition(model.state, action, transitionContext(actor, model, { comment: COMMENT, lastEvent }));
  return check.ok ? { ok: true as const, to: check.to } : { ok: false as const, code: check.code };
}

describe("reviewStep over the generated transition table", () => {
  let attempts = 0;
  let successes = 0;
  for (const c of cases) {
    it(
      c.name,
      async () => {
        let model = await c.make();
        for (const { actor, unit } of actors) {
          for (const action of REVIEW_STEP_ACTIONS) {
            const exp = await expected(actor, unit, model, action);
            const before = await reviewFingerprint(model.id);
            const res = await reviewStep(actor, {
              modelId: model.id,
              version: model.version,
              action,
              comment: COMMENT,
            });
            attempts++;
            const label = `${c.name} · ${actor.role}@${unit.name} · ${action}`;
            if (exp.ok) {
              expect(res, label).toMatchObject({ ok: true, id: model.id, version: model.version + 1, state: exp.to });
              const after = await prisma.model.findUniqueOrThrow({ where: { id: model.id } });
              expect(after.state, label).toBe(exp.to);
              expect(after.version, label).toBe(model.version + 1);
              const last = await prisma.reviewEvent.findFirstOrThrow({
                where: { modelId: model.id },
                orderBy: { id: "desc" },
              });
              expect(
                { action: last.action, fromState: last.fromState, toState: last.toState, actorId: last.actorId },
                label,
              ).toEqual({
                action,
                fromState: model.state,
                toState: exp.to,
                actorId: actor.userId,
              });
              expect(
                await prisma.auditLog.count({
                  where: { entity: "Model", entityId: String(model.id), actorId: actor.userId },
                }),
                label,
              ).toBe(1);
              successes++;
              model = await c.make();
            } else {
              expect(res.ok, label).toBe(false);
              if (!res.ok) expect(res.code, label).toBe(exp.code);
              expect(await reviewFingerprint(model.id), label).toBe(before);
            }
          }
        }
      },
      300_000,
    );
  }
  it("covered the whole table and both outcomes", () => {
    expect(attempts).toBe(cases.length * 35 * REVIEW_STEP_ACTIONS.length);
    expect(successes).toBeGreaterThan(40);
    expect(attempts - successes).toBeGreaterThan(successes);
  });
});
