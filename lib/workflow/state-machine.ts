/**
 * The one state machine of a model's review workflow (docs/domain.md "Review workflow").
 *
 * Pure and data-driven: TRANSITIONS is the whole table; use cases (lib/models, lib/review) ask
 * `checkTransition` before writing, the UI asks `availableActions` to show buttons, and the tests
 * enumerate every state × action × role × level against the table.
 *
 * Who acts:
 * - "owner": a unit cadre of the unit that owns the model.
 * - "holder": a reviewer of the committee that holds the model now (Model.reviewUnitId), whose role
 *   works at that committee's level (Model.reviewLevel). A proposed model is held by the next
 *   level's committee, which reviews it exactly like a submission.
 * - "author": the committee that wrote the last review step (UNDO; a proposal is undone by the
 *   committee that proposed, while the next level has not started on it).
 */
import type { ModelKind, ModelState, ReviewAction, Role, UnitLevel } from "@/lib/generated/prisma/enums";
import { workflowText } from "@/lib/i18n/workflow";

export const MODEL_STATES = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_REVISION",
  "NOT_RECOGNIZED",
  "RECOGNIZED",
  "PROPOSED",
  "WITHDRAWN",
] as const satisfies readonly ModelState[];

/** Type guard for a state read from a URL or a form. */
export function isModelState(value: unknown): value is ModelState {
  return typeof value === "string" && (MODEL_STATES as readonly string[]).includes(value);
}

/** "Registered": sent to a committee at least once and still in the process (not a draft, not withdrawn). */
export const REGISTERED_STATES: readonly ModelState[] = MODEL_STATES.filter((s) => s !== "DRAFT" && s !== "WITHDRAWN");

/** States in which the holding committee has a decision to take: sent or proposed to it, or under its review. */
export const AWAITING_DECISION_STATES = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "PROPOSED",
] as const satisfies readonly ModelState[];

export const REVIEW_ACTIONS = [
  "CREATE",
  "UPDATE",
  "SUBMIT",
  "WITHDRAW",
  "START_REVIEW",
  "REQUEST_REVISION",
  "RESUBMIT",
  "RECOGNIZE",
  "NOT_RECOGNIZE",
  "DESIGNATE_TYPICAL",
  "PROPOSE",
  "UNDO",
  "COMMEND",
] as const satisfies readonly ReviewAction[];

export const ROLES = [
  "UNIT_CADRE",
  "COMMUNE_REVIEWER",
  "DISTRICT_REVIEWER",
  "PROVINCE_OFFICER",
  "ADMIN",
] as const satisfies readonly Role[];

export const UNIT_LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE", "GRASSROOTS"] as const satisfies readonly UnitLevel[];

/** Kinds of model, in the order every list and official honoree list shows them (collectives first). */
export const MODEL_KINDS = ["COLLECTIVE", "INDIVIDUAL"] as const satisfies readonly ModelKind[];

/** The committee level each reviewing role works at. */
export const REVIEWER_LEVEL: Readonly<Partial<Record<Role, UnitLevel>>> = {
  COMMUNE_REVIEWER: "COMMUNE",
  DISTRICT_REVIEWER: "DISTRICT",
  PROVINCE_OFFICER: "PROVINCE",
};

/** Levels that have a reviewing committee, lowest first. */
export const COMMITTEE_LEVELS = ["COMMUNE", "DISTRICT", "PROVINCE"] as const satisfies readonly UnitLevel[];
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];
/** The same levels top first, as figures and pickers list them (province, district, commune). */
export const COMMITTEE_LEVELS_TOP_FIRST: readonly CommitteeLevel[] = [...COMMITTEE_LEVELS].reverse();

const REVIEWERS: readonly Role[] = ["COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER"];

/** States in which the owning unit may change the dossier (fields and evidence files). */
export const EDITABLE_STATES: readonly ModelState[] = ["DRAFT", "NEEDS_REVISION"];

/**
 * States in which the owning unit may add progress reports: every registered, still-living state.
 * Not DRAFT (not registered yet: expected results go into the dossier) and not WITHDRAWN (closed).
 * NOT_RECOGNIZED is included on purpose: the unit keeps building and re-applies next round with
 * the results it reported meanwhile; NEEDS_REVISION because fresh results are often the answer.
 */
export const REPORTABLE_STATES: readonly ModelState[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "NEEDS_REVISION",
  "NOT_RECOGNIZED",
  "RECOGNIZED",
  "PROPOSED",
];

/** A cadre may withdraw only while nobody has started reviewing. */
export const WITHDRAWABLE_STATES: readonly ModelState[] = ["SUBMITTED"];

/** The steps a reviewer takes on the review screens (the owner's steps live in lib/models). */
export const REVIEWER_STEPS = [
  "START_REVIEW",
  "REQUEST_REVISION",
  "RECOGNIZE",
  "NOT_RECOGNIZE",
  "DESIGNATE_TYPICAL",
  "PROPOSE",
  "UNDO",
] as const satisfies readonly ReviewAction[];
export type ReviewerStep = (typeof REVIEWER_STEPS)[number];

/** Review steps that UNDO can take back (the committee's own last step, before anyone acted on it). */
export const UNDOABLE_ACTIONS: readonly ReviewAction[] = [
  "START_REVIEW",
  "REQUEST_REVISION",
  "RECOGNIZE",
  "NOT_RECOGNIZE",
  "DESIGNATE_TYPICAL",
  "PROPOSE",
];

export type ActingParty = "owner" | "holder" | "author";
/** "SAME": the state does not change; "PREVIOUS": back to the fromState of the step being undone. */
export type Target = ModelState | "SAME" | "PREVIOUS";

export type TransitionRule = {
  action: ReviewAction;
  from: readonly ModelState[];
  to: Target;
  roles: readonly Role[];
  actor: ActingParty;
  /** Committee levels at which the step exists (PROPOSE: not at the top). Default: any. */
  levels?: readonly UnitLevel[];
  /** A comment (reason) is mandatory. */
  requiresComment?: boolean;
  /** The model must be recognized at the holding committee's own level. */
  requiresRecognitionHere?: boolean;
  /** Refused when already typical at the holding committee's level. */
  refuseIfTypicalHere?: boolean;
};

/**
 * The whole workflow. CREATE (no from-state) and COMMEND (a decision, not a state change) are
 * timeline events only, so no rule allows them as transitions.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: "UPDATE", from: EDITABLE_STATES, to: "SAME", roles: ["UNIT_CADRE"], actor: "owner" },
  { action: "SUBMIT", from: ["DRAFT"], to: "SUBMITTED", roles: ["UNIT_CADRE"], actor: "owner" },
  { action: "WITHDRAW", from: WITHDRAWABLE_STATES, to: "WITHDRAWN", roles: ["UNIT_CADRE"], actor: "owner" },
  { action: "RESUBMIT", from: ["NEEDS_REVISION"], to: "SUBMITTED", roles: ["UNIT_CADRE"], actor: "owner" },
  { action: "START_REVIEW", from: ["SUBMITTED", "PROPOSED"], to: "UNDER_REVIEW", roles: REVIEWERS, actor: "holder" },
  {
    action: "REQUEST_REVISION",
    from: AWAITING_DECISION_STATES,
    to: "NEEDS_REVISION",
    roles: REVIEWERS,
    actor: "holder",
    requiresComment: true,
  },
  { action: "RECOGNIZE", from: AWAITING_DECISION_STATES, to: "RECOGNIZED", roles: REVIEWERS, actor: "holder" },
  {
    action: "NOT_RECOGNIZE",
    from: AWAITING_DECISION_STATES,
    to: "NOT_RECOGNIZED",
    roles: REVIEWERS,
    actor: "holder",
    requiresComment: true,
  },
  {
    action: "DESIGNATE_TYPICAL",
    from: ["RECOGNIZED"],
    to: "SAME",
    roles: REVIEWERS,
    actor: "holder",
    requiresRecognitionHere: true,
    refuseIfTypicalHere: true,
  },
  {
    action: "PROPOSE",
    from: ["RECOGNIZED"],
    to: "PROPOSED",
    roles: ["COMMUNE_REVIEWER", "DISTRICT_REVIEWER"],
    actor: "holder",
    levels: ["COMMUNE", "DISTRICT"],
    requiresRecognitionHere: true,
  },
  {
    action: "UNDO",
    from: ["UNDER_REVIEW", "NEEDS_REVISION", "NOT_RECOGNIZED", "RECOGNIZED", "PROPOSED"],
    to: "PREVIOUS",
    roles: REVIEWERS,
    actor: "author",
  },
];

export type LastEvent = {
  action: ReviewAction;
  fromState: ModelState | null;
  toState: ModelState | null;
  /** The last step was written by the actor's committee. */
  byActorCommittee: boolean;
  /** Already undone (an UNDO event points at it). */
  undone?: boolean;
};

export type TransitionContext = {
  role: Role;
  /** Model.reviewLevel: level of the committee holding the model now. */
  holdingLevel: UnitLevel;
  /** The actor's unit owns the model (Model.ownerUnitId). */
  isOwnerUnit: boolean;
  /** The actor's unit is the committee holding the model (Model.reviewUnitId). */
  isHoldingCommittee: boolean;
  recognizedLevel?: UnitLevel | null;
  typicalLevel?: UnitLevel | null;
  comment?: string | null;
  /** The latest not-undone review step of the model; needed for UNDO only. */
  lastEvent?: LastEvent | null;
};

export type TransitionCheck =
  | { ok: true; to: ModelState; rule: TransitionRule }
  | { ok: false; code: "illegal_state" | "forbidden" | "invalid"; message: string };

export function rulesFor(action: ReviewAction): TransitionRule[] {
  return TRANSITIONS.filter((r) => r.action === action);
}

function ruleFrom(state: ModelState, action: ReviewAction): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.action === action && r.from.includes(state));
}

/**
 * The state an action leads to, or null when the action does not apply to the state.
 * UNDO depends on the timeline: pass the step being undone (its fromState is the answer).
 */
export function nextState(
  state: ModelState,
  action: ReviewAction,
  undone?: Pick<LastEvent, "fromState"> | null,
): ModelState | null {
  const rule = ruleFrom(state, action);
  if (!rule) return null;
  if (rule.to === "SAME") return state;
  if (rule.to === "PREVIOUS") return undone?.fromState ?? null;
  return rule.to;
}

/** Full check, most basic reason first: state, then who, then the step's own conditions. */
export function checkTransition(state: ModelState, action: ReviewAction, ctx: TransitionContext): TransitionCheck {
  const rule = ruleFrom(state, action);
  if (!rule) return { ok: false, code: "illegal_state", message: workflowText.transitions.illegalState };
  const forbidden = { ok: false, code: "forbidden", message: workflowText.transitions.forbidden } as const;
  if (!rule.roles.includes(ctx.role)) return forbidden;
  if (rule.levels && !rule.levels.includes(ctx.holdingLevel)) return forbidden;

  switch (rule.actor) {
    case "owner":
      if (!ctx.isOwnerUnit) return forbidden;
      break;
    case "holder":
      if (!ctx.isHoldingCommittee || REVIEWER_LEVEL[ctx.role] !== ctx.holdingLevel) return forbidden;
      break;
    case "author": {
      const last = ctx.lastEvent;
      if (
        !last ||
        last.undone ||
        !UNDOABLE_ACTIONS.includes(last.action) ||
        last.toState !== state ||
        !last.fromState
      ) {
        return { ok: false, code: "illegal_state", message: workflowText.transitions.nothingToUndo };
      }
      if (!last.byActorCommittee) return forbidden;
      break;
    }
  }

  if (rule.requiresRecognitionHere && ctx.recognizedLevel !== ctx.holdingLevel) {
    return { ok: false, code: "illegal_state", message: workflowText.transitions.notRecognizedHere };
  }
  if (rule.refuseIfTypicalHere && ctx.typicalLevel === ctx.holdingLevel) {
    return { ok: false, code: "illegal_state", message: workflowText.transitions.alreadyTypical };
  }
  if (rule.requiresComment && !ctx.comment?.trim()) {
    return { ok: false, code: "invalid", message: workflowText.transitions.commentRequired };
  }

  const to = nextState(state, action, ctx.lastEvent);
  if (!to) return { ok: false, code: "illegal_state", message: workflowText.transitions.illegalState };
  return { ok: true, to, rule };
}

export function canTransition(state: ModelState, action: ReviewAction, ctx: TransitionContext): boolean {
  return checkTransition(state, action, ctx).ok;
}

/**
 * Actions to offer as buttons. A missing comment does not hide an action (the form asks for it),
 * so the check runs as if one were given.
 */
export function availableActions(state: ModelState, ctx: TransitionContext): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => canTransition(state, a, { ...ctx, comment: ctx.comment || "…" }));
}

export function isEditable(state: ModelState): boolean {
  return EDITABLE_STATES.includes(state);
}

export function canReportProgress(state: ModelState): boolean {
  return REPORTABLE_STATES.includes(state);
}

/** Compare levels for "highest level recognized/typical": PROVINCE > DISTRICT > COMMUNE > GRASSROOTS. */
export function levelRank(level: UnitLevel): number {
  return { GRASSROOTS: 0, COMMUNE: 1, DISTRICT: 2, PROVINCE: 3 }[level];
}
