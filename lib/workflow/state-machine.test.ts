import { describe, expect, it } from "vitest";
import {
  EDITABLE_STATES,
  MODEL_STATES,
  REPORTABLE_STATES,
  REVIEW_ACTIONS,
  ROLES,
  TRANSITIONS,
  UNIT_LEVELS,
  availableActions,
  canTransition,
  checkTransition,
  nextState,
  type TransitionContext,
} from "./state-machine";
import {
  ModelState as ModelStateEnum,
  ReviewAction as ReviewActionEnum,
  Role as RoleEnum,
  UnitLevel as UnitLevelEnum,
  type ModelState,
  type ReviewAction,
  type Role,
  type UnitLevel,
} from "@/lib/generated/prisma/enums";

/**
 * An independent restatement of docs/domain.md's workflow, written per action rather than as a table,
 * so the table is checked against the prose and not against itself.
 */
function expected(state: ModelState, action: ReviewAction, c: TransitionContext): ModelState | null {
  const reviewerLevel: Partial<Record<Role, UnitLevel>> = {
    COMMUNE_REVIEWER: "COMMUNE",
    DISTRICT_REVIEWER: "DISTRICT",
    PROVINCE_OFFICER: "PROVINCE",
  };
  const owner = c.role === "UNIT_CADRE" && c.isOwnerUnit;
  const holder =
    reviewerLevel[c.role] !== undefined && reviewerLevel[c.role] === c.holdingLevel && c.isHoldingCommittee;
  const hasComment = !!c.comment?.trim();
  const awaitingDecision = state === "SUBMITTED" || state === "UNDER_REVIEW" || state === "PROPOSED";
  switch (action) {
    case "UPDATE":
      return owner && (state === "DRAFT" || state === "NEEDS_REVISION") ? state : null;
    case "SUBMIT":
      return owner && state === "DRAFT" ? "SUBMITTED" : null;
    case "RESUBMIT":
      return owner && state === "NEEDS_REVISION" ? "SUBMITTED" : null;
    case "WITHDRAW":
      return owner && state === "SUBMITTED" ? "WITHDRAWN" : null;
    case "START_REVIEW":
      return holder && (state === "SUBMITTED" || state === "PROPOSED") ? "UNDER_REVIEW" : null;
    case "REQUEST_REVISION":
      return holder && awaitingDecision && hasComment ? "NEEDS_REVISION" : null;
    case "RECOGNIZE":
      return holder && awaitingDecision ? "RECOGNIZED" : null;
    case "NOT_RECOGNIZE":
      return holder && awaitingDecision && hasComment ? "NOT_RECOGNIZED" : null;
    case "DESIGNATE_TYPICAL":
      return holder &&
        state === "RECOGNIZED" &&
        c.recognizedLevel === c.holdingLevel &&
        c.typicalLevel !== c.holdingLevel
        ? "RECOGNIZED"
        : null;
    case "PROPOSE":
      return holder && state === "RECOGNIZED" && c.holdingLevel !== "PROVINCE" && c.recognizedLevel === c.holdingLevel
        ? "PROPOSED"
        : null;
    case "UNDO": {
      const last = c.lastEvent;
      const undoable = [
        "START_REVIEW",
        "REQUEST_REVISION",
        "RECOGNIZE",
        "NOT_RECOGNIZE",
        "DESIGNATE_TYPICAL",
        "PROPOSE",
      ];
      return reviewerLevel[c.role] !== undefined &&
        last &&
        !last.undone &&
        last.byActorCommittee &&
        undoable.includes(last.action) &&
        last.toState === state &&
        last.fromState
        ? last.fromState
        : null;
    }
    case "CREATE":
    case "COMMEND":
      return null;
  }
}

const bools = [false, true];

/** Steps as the prose describes them (action, from, to); the last one is a cadre step, never undoable. */
const STEPS = [
  { action: "START_REVIEW", fromState: "SUBMITTED", toState: "UNDER_REVIEW" },
  { action: "REQUEST_REVISION", fromState: "UNDER_REVIEW", toState: "NEEDS_REVISION" },
  { action: "RECOGNIZE", fromState: "UNDER_REVIEW", toState: "RECOGNIZED" },
  { action: "NOT_RECOGNIZE", fromState: "SUBMITTED", toState: "NOT_RECOGNIZED" },
  { action: "DESIGNATE_TYPICAL", fromState: "RECOGNIZED", toState: "RECOGNIZED" },
  { action: "PROPOSE", fromState: "RECOGNIZED", toState: "PROPOSED" },
  { action: "SUBMIT", fromState: "DRAFT", toState: "SUBMITTED" },
] as const;

function lastEvents(state: ModelState): TransitionContext["lastEvent"][] {
  const out: TransitionContext["lastEvent"][] = [null];
  for (const step of STEPS) {
    if (step.toState !== state) continue;
    out.push(
      { ...step, byActorCommittee: true },
      { ...step, byActorCommittee: false },
      { ...step, byActorCommittee: true, undone: true },
    );
  }
  return out;
}

function* contexts(state: ModelState): Generator<TransitionContext> {
  for (const role of ROLES)
    for (const holdingLevel of UNIT_LEVELS)
      for (const isOwnerUnit of bools)
        for (const isHoldingCommittee of bools)
          for (const comment of [null, "Chưa đủ số liệu"])
            for (const recognizedLevel of [
              null,
              holdingLevel,
              holdingLevel === "PROVINCE" ? ("COMMUNE" as const) : ("PROVINCE" as const),
            ])
              for (const typicalLevel of [null, holdingLevel])
                for (const lastEvent of lastEvents(state))
                  yield {
                    role,
                    holdingLevel,
                    isOwnerUnit,
                    isHoldingCommittee,
                    comment,
                    recognizedLevel,
                    typicalLevel,
                    lastEvent,
                  };
}

describe("workflow state machine", () => {
  it("lists every enum value of the schema", () => {
    expect([...MODEL_STATES].sort()).toEqual(Object.values(ModelStateEnum).sort());
    expect([...REVIEW_ACTIONS].sort()).toEqual(Object.values(ReviewActionEnum).sort());
    expect([...ROLES].sort()).toEqual(Object.values(RoleEnum).sort());
    expect([...UNIT_LEVELS].sort()).toEqual(Object.values(UnitLevelEnum).sort());
  });

  it("agrees with the written workflow for every state × action × role × level × context", () => {
    let checked = 0;
    let allowed = 0;
    const mismatches: string[] = [];
    for (const state of MODEL_STATES)
      for (const action of REVIEW_ACTIONS)
        for (const ctx of contexts(state)) {
          const want = expected(state, action, ctx);
          const got = checkTransition(state, action, ctx);
          checked++;
          if (got.ok) allowed++;
          if ((got.ok ? got.to : null) !== want || canTransition(state, action, ctx) !== (want !== null)) {
            if (mismatches.length < 10)
              mismatches.push(`${state} ${action} ${JSON.stringify(ctx)} → ${JSON.stringify(got)}, want ${want}`);
          }
        }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
    expect(allowed).toBeGreaterThan(0);
  });

  it("has at most one rule per state and action, so nextState is a function", () => {
    for (const state of MODEL_STATES)
      for (const action of REVIEW_ACTIONS) {
        const rules = TRANSITIONS.filter((r) => r.action === action && r.from.includes(state));
        expect(rules.length, `${state} ${action}`).toBeLessThanOrEqual(1);
      }
  });

  it("gives the same target in nextState as in checkTransition whenever a step is allowed", () => {
    for (const state of MODEL_STATES)
      for (const action of REVIEW_ACTIONS)
        for (const ctx of contexts(state)) {
          const got = checkTransition(state, action, ctx);
          if (got.ok) expect(nextState(state, action, ctx.lastEvent)).toBe(got.to);
        }
  });

  it("never lets an administrator change a model, nor a cadre review, nor a reviewer register", () => {
    for (const state of MODEL_STATES)
      for (const action of REVIEW_ACTIONS)
        for (const ctx of contexts(state)) {
          if (!canTransition(state, action, ctx)) continue;
          expect(ctx.role).not.toBe("ADMIN");
          const cadreAction = ["UPDATE", "SUBMIT", "RESUBMIT", "WITHDRAW"].includes(action);
          expect(ctx.role === "UNIT_CADRE", `${state} ${action} ${ctx.role}`).toBe(cadreAction);
        }
  });

  it("reports the most basic reason first: state, then permission, then the missing comment", () => {
    const reviewer: TransitionContext = {
      role: "COMMUNE_REVIEWER",
      holdingLevel: "COMMUNE",
      isOwnerUnit: false,
      isHoldingCommittee: true,
    };
    expect(checkTransition("DRAFT", "NOT_RECOGNIZE", reviewer)).toMatchObject({ ok: false, code: "illegal_state" });
    expect(checkTransition("UNDER_REVIEW", "NOT_RECOGNIZE", { ...reviewer, role: "UNIT_CADRE" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(checkTransition("UNDER_REVIEW", "NOT_RECOGNIZE", reviewer)).toMatchObject({ ok: false, code: "invalid" });
    expect(checkTransition("UNDER_REVIEW", "NOT_RECOGNIZE", { ...reviewer, comment: "Chưa hiệu quả" })).toMatchObject({
      ok: true,
      to: "NOT_RECOGNIZED",
    });
  });

  it("lets a cadre edit exactly in the states where it may save (UPDATE)", () => {
    const cadre = {
      role: "UNIT_CADRE",
      holdingLevel: "COMMUNE",
      isOwnerUnit: true,
      isHoldingCommittee: false,
    } as const;
    for (const state of MODEL_STATES) {
      expect(canTransition(state, "UPDATE", cadre), state).toBe(EDITABLE_STATES.includes(state));
    }
    expect([...EDITABLE_STATES].sort()).toEqual(["DRAFT", "NEEDS_REVISION"]);
  });

  it("keeps WITHDRAWN terminal, DRAFT unreachable, and every other state reachable from DRAFT", () => {
    const reachable = new Set<ModelState>(["DRAFT"]);
    for (let grew = true; grew;) {
      grew = false;
      for (const rule of TRANSITIONS)
        for (const from of rule.from) {
          if (!reachable.has(from) || rule.to === "SAME" || rule.to === "PREVIOUS") continue;
          if (!reachable.has(rule.to)) {
            reachable.add(rule.to);
            grew = true;
          }
        }
    }
    expect([...reachable].sort()).toEqual([...MODEL_STATES].sort());
    expect(TRANSITIONS.filter((r) => r.from.includes("WITHDRAWN"))).toEqual([]);
    expect(TRANSITIONS.filter((r) => r.to === "DRAFT")).toEqual([]);
  });

  it("offers as buttons exactly the allowed actions, comment or not", () => {
    for (const state of MODEL_STATES)
      for (const ctx of contexts(state)) {
        if (ctx.comment !== null) continue;
        const offered = availableActions(state, ctx);
        for (const action of REVIEW_ACTIONS) {
          expect(offered.includes(action)).toBe(canTransition(state, action, { ...ctx, comment: "x" }));
        }
      }
  });

  it("allows progress reports in registered, living states only", () => {
    expect([...REPORTABLE_STATES].sort()).toEqual(
      MODEL_STATES.filter((s) => s !== "DRAFT" && s !== "WITHDRAWN").sort(),
    );
  });
});
