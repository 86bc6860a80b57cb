// Builds a model's review history that is consistent with a target state: the events of its timeline,
// its recognitions and typical designations, and the columns of Model that follow from them.
// Shared by the test factory (createModel) and the demo seed.
import type { ModelState, ReviewAction, UnitLevel } from "@/lib/generated/prisma/client";
import type { Rng } from "./prng";
import { NOT_RECOGNIZED_REASONS, REVISION_COMMENTS } from "./titles";

export type Committee = { unitId: number; level: UnitLevel };

export type TimelineInput = {
  state: ModelState;
  /** The committee the model is registered with, then the committees above it, nearest first. */
  route: readonly Committee[];
  /** Index in `route` of the committee holding the model at the end (proposals made upward); default 0. */
  climbs?: number;
  /** Designate typical at the highest level that recognized it (RECOGNIZED / PROPOSED only). */
  typical?: boolean;
  /** Revision rounds (request revision → resubmit) at the first level before the outcome. */
  revisions?: number;
  /** WITHDRAWN only: withdrawn while waiting (default) or after a revision request. */
  withdrawAfterRevision?: boolean;
  ownerUnitId: number;
  creatorId: number;
  reviewerFor: (unitId: number) => number;
  /** Creation time, and the latest time any later step may have. */
  start: Date;
  end: Date;
  rng: Rng;
};

/** States a model reaches without any committee having reviewed it (no results, no progress reports). */
export const UNREVIEWED_STATES: readonly ModelState[] = ["DRAFT", "SUBMITTED", "WITHDRAWN"];

export type TimelineEvent = {
  action: ReviewAction;
  fromState: ModelState | null;
  toState: ModelState | null;
  level: UnitLevel | null;
  unitId: number | null;
  actorId: number;
  comment: string | null;
  meetingRef: string | null;
  createdAt: Date;
};

export type Timeline = {
  events: TimelineEvent[];
  recognitions: { level: UnitLevel; unitId: number; byId: number; recognizedAt: Date; meetingRef: string | null }[];
  typicals: { level: UnitLevel; unitId: number; byId: number; designatedAt: Date }[];
  state: ModelState;
  reviewUnitId: number;
  reviewLevel: UnitLevel;
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
  submittedAt: Date | null;
  stateChangedAt: Date;
  createdAt: Date;
};

export class TimelineError extends Error {}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh. */
function viDate(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export function buildTimeline(input: TimelineInput): Timeline {
  const { state, route, rng, creatorId, ownerUnitId } = input;
  if (route.length === 0) throw new TimelineError("route must name at least the registering committee");
  const climbs = input.climbs ?? (state === "PROPOSED" ? 1 : 0);
  if (climbs < 0 || climbs >= route.length)
    throw new TimelineError(`climbs ${climbs} outside the route (${route.length} committees)`);
  if (state === "PROPOSED" && climbs < 1)
    throw new TimelineError("a PROPOSED model must have climbed at least one level");
  if (climbs > 0 && UNREVIEWED_STATES.includes(state)) {
    throw new TimelineError(`a ${state} model cannot have been proposed upward`);
  }

  type Step = Omit<TimelineEvent, "createdAt">;
  const steps: Step[] = [];
  let current: ModelState | null = null;
  const step = (
    action: ReviewAction,
    to: ModelState,
    at: Committee | null,
    actorId: number,
    comment: string | null = null,
  ) => {
    steps.push({
      action,
      fromState: current,
      toState: to,
      level: at?.level ?? null,
      unitId: at?.unitId ?? ownerUnitId,
      actorId,
      comment,
      meetingRef: null,
    });
    current = to;
  };
  const recognizedAt: number[] = [];
  const typicalAt: number[] = [];

  step("CREATE", "DRAFT", null, creatorId);
  if (state !== "DRAFT") {
    step("SUBMIT", "SUBMITTED", route[0], creatorId);
    const reviewer = (i: number) => input.reviewerFor(route[i].unitId);
    if (state === "WITHDRAWN") {
      if (input.withdrawAfterRevision) {
        step("START_REVIEW", "UNDER_REVIEW", route[0], reviewer(0));
        step("REQUEST_REVISION", "NEEDS_REVISION", route[0], reviewer(0), rng.pick(REVISION_COMMENTS));
      }
      step("WITHDRAW", "WITHDRAWN", route[0], creatorId, "Đơn vị rút đăng ký để tiếp tục hoàn thiện mô hình.");
    } else if (state !== "SUBMITTED") {
      for (let i = 0; i <= climbs; i++) {
        step("START_REVIEW", "UNDER_REVIEW", route[i], reviewer(i));
        if (i === 0) {
          for (let r = 0; r < (input.revisions ?? 0); r++) {
            step("REQUEST_REVISION", "NEEDS_REVISION", route[0], reviewer(0), rng.pick(REVISION_COMMENTS));
            step("RESUBMIT", "SUBMITTED", route[0], creatorId, "Đơn vị đã bổ sung hồ sơ theo yêu cầu.");
            step("START_REVIEW", "UNDER_REVIEW", route[0], reviewer(0));
          }
        }
        const last = i === climbs;
        if (!last || state === "RECOGNIZED") {
          step("RECOGNIZE", "RECOGNIZED", route[i], reviewer(i));
          recognizedAt.push(i);
          const typicalHere = input.typical && (last || (state === "PROPOSED" && i === climbs - 1));
          if (typicalHere) {
            step("DESIGNATE_TYPICAL", "RECOGNIZED", route[i], reviewer(i), "Mô hình tiêu biểu, có sức lan tỏa.");
            typicalAt.push(i);
          }
          if (!last) {
            step("PROPOSE", "PROPOSED", route[i], reviewer(i), "Đề nghị cấp trên xem xét, công nhận.");
            if (state === "PROPOSED" && i === climbs - 1) break;
          }
        } else if (state === "NEEDS_REVISION") {
          step("REQUEST_REVISION", "NEEDS_REVISION", route[i], reviewer(i), rng.pick(REVISION_COMMENTS));
        } else if (state === "NOT_RECOGNIZED") {
          step("NOT_RECOGNIZE", "NOT_RECOGNIZED", route[i], reviewer(i), rng.pick(NOT_RECOGNIZED_REASONS));
        } else if (state !== "UNDER_REVIEW") {
          throw new TimelineError(`unknown state ${state}`);
        }
      }
    }
  }
  if (current !== state) throw new TimelineError(`timeline ends in ${current}, not ${state}`);

  // Times: creation at `start`, the other steps spread over (start, end] with uneven gaps.
  const span = Math.max(0, input.end.getTime() - input.start.getTime());
  const gaps = steps.map((_, i) => (i === 0 ? 0 : 1 + rng.next() * 4));
  const total = gaps.reduce((s, g) => s + g, 0) || 1;
  let cum = 0;
  const events: TimelineEvent[] = steps.map((s, i) => {
    cum += gaps[i];
    const t = i === 0 ? input.start.getTime() : input.start.getTime() + Math.floor((span * cum) / total) + i;
    return { ...s, createdAt: new Date(t) };
  });
  for (const e of events) {
    if (e.action === "RECOGNIZE") e.meetingRef = `Biên bản họp ngày ${viDate(e.createdAt)}`;
  }
  const recognitionEvents = events.filter((e) => e.action === "RECOGNIZE");
  const typicalEvents = events.filter((e) => e.action === "DESIGNATE_TYPICAL");
  const holder = route[climbs];
  const top = <T>(xs: T[]) => (xs.length ? xs[xs.length - 1] : undefined);
  const topRecognized = top(recognizedAt);
  const topTypical = top(typicalAt);
  return {
    events,
    recognitions: recognizedAt.map((i, k) => ({
      level: route[i].level,
      unitId: route[i].unitId,
      byId: recognitionEvents[k].actorId,
      recognizedAt: recognitionEvents[k].createdAt,
      meetingRef: recognitionEvents[k].meetingRef,
    })),
    typicals: typicalAt.map((i, k) => ({
      level: route[i].level,
      unitId: route[i].unitId,
      byId: typicalEvents[k].actorId,
      designatedAt: typicalEvents[k].createdAt,
    })),
    state,
    reviewUnitId: holder.unitId,
    reviewLevel: holder.level,
    recognizedLevel: topRecognized === undefined ? null : route[topRecognized].level,
    typicalLevel: topTypical === undefined ? null : route[topTypical].level,
    submittedAt: events.find((e) => e.action === "SUBMIT")?.createdAt ?? null,
    stateChangedAt: events[events.length - 1].createdAt,
    createdAt: events[0].createdAt,
  };
}
