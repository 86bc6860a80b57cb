import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { dbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import type { Gender, ModelKind, ModelState, ReviewAction, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { can, modelScopeWhere } from "@/lib/permissions";
import { transitionContext } from "@/lib/workflow/context";
import { lastEventFor, lastStepInForce } from "@/lib/workflow/last-step";
import { availableActions, canReportProgress, isEditable, REVIEWER_STEPS } from "@/lib/workflow/state-machine";
import { isoFromDate } from "./dates";
import { forbidden, notFound, type Result } from "@/lib/result";
import type { ModelUpdateFormStrings } from "./schema";

export type TimelineEvent = {
  id: number;
  action: ReviewAction;
  fromState: ModelState | null;
  toState: ModelState | null;
  level: UnitLevel | null;
  unit: { id: number; name: string; kind: UnitKind } | null;
  actor: { id: number; fullName: string };
  comment: string | null;
  meetingRef: string | null;
  undone: boolean;
  /** Written later as part of a historic entry (dated when it happened). */
  historic: boolean;
  /**
   * Written by an import of past years (lib/import/models): the actor is the administrator who imported
   * the file, not the reviewer (the template has no reviewer column), and the date is the result's day.
   */
  imported: boolean;
  /** The unit a committee registered the model for (the CREATE step of a registration on behalf). */
  onBehalfOf: string | null;
  createdAt: Date;
};

export type AttachmentInfo = {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedBy: string;
};

export type ProgressReportInfo = {
  id: number;
  reportDate: Date;
  note: string;
  /** Plain numbers (not BigInt/Decimal) so the page can pass them to client components. */
  moneyVnd: number | null;
  landM2: number | null;
  roadKm: number | null;
  workdays: number | null;
  households: number | null;
  createdBy: string;
  createdAt: Date;
  attachments: AttachmentInfo[];
};

export type ModelDetail = {
  id: number;
  code: string;
  kind: ModelKind;
  title: string;
  state: ModelState;
  version: number;
  field: { id: number; name: string };
  campaign: { id: number; name: string };
  ownerUnit: { id: number; name: string };
  ownerUnitName: string;
  ownerAddress: string;
  registeredWith: { id: number; name: string; level: UnitLevel; kind: UnitKind };
  reviewUnit: { id: number; name: string; level: UnitLevel };
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
  /** Recorded by a committee after its campaign closed (ADR 0052). */
  historic: boolean;
  /** Registered by a committee for the owner unit (ADR 0052). */
  registeredOnBehalf: boolean;
  /** Imported from a past year's file: no registration date or reviewer is known (submittedAt is the result's day). */
  imported: boolean;
  startDate: Date | null;
  goals: string;
  methods: string;
  expectedResults: string;
  results: string;
  personHonorific: Gender | null;
  personName: string | null;
  personPosition: string | null;
  replicatedFrom: {
    id: number;
    code: string;
    title: string;
    ownerUnitName: string;
    recognizedLevel: UnitLevel | null;
  } | null;
  createdBy: string;
  submittedAt: Date | null;
  stateChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  recognitions: {
    level: UnitLevel;
    unitName: string;
    unitKind: UnitKind;
    recognizedAt: Date;
    meetingRef: string | null;
  }[];
  typicals: { level: UnitLevel; unitName: string; unitKind: UnitKind; designatedAt: Date }[];
  /** Oldest first: who did what, when, at which level, with comment. */
  timeline: TimelineEvent[];
  /** The committees' comments (revision requests, reasons), newest first. */
  reviewerComments: TimelineEvent[];
  attachments: AttachmentInfo[];
  progressReports: ProgressReportInfo[];
  /** What this actor may do now (buttons); the use cases check again on submit. */
  actions: ReviewAction[];
  editable: boolean;
  canReport: boolean;
  /** Prefill for the edit form (strings as the form sends them). */
  formValues: ModelUpdateFormStrings;
};

const Input = z.object({ id: dbId() });

/** One model as the actor may see it (scoped: another unit's id is "not found"), with its timeline and evidence. */
export async function getModelDetail(
  actor: Actor,
  input: { id: number | string },
): Promise<Result<{ model: ModelDetail }>> {
  if (!(can(actor, "view:model:own-unit") || can(actor, "view:model:subtree") || can(actor, "view:model:all")))
    return forbidden();
  const parsed = Input.safeParse(input);
  if (!parsed.success) return notFound();

  const attachmentSelect = {
    id: true,
    fileName: true,
    mimeType: true,
    sizeBytes: true,
    createdAt: true,
    uploadedBy: { select: { fullName: true } },
  } as const;
  const m = await prisma.model.findFirst({
    where: { id: parsed.data.id, ...modelScopeWhere(actor) },
    include: {
      field: { select: { id: true, name: true } },
      campaign: { select: { id: true, name: true } },
      ownerUnit: { select: { id: true, name: true } },
      registeredWithUnit: { select: { id: true, name: true, level: true, kind: true } },
      reviewUnit: { select: { id: true, name: true, level: true } },
      createdBy: { select: { fullName: true } },
      replicatedFrom: { select: { id: true, code: true, title: true, ownerUnitName: true, recognizedLevel: true } },
      recognitions: { orderBy: { recognizedAt: "asc" }, include: { unit: { select: { name: true, kind: true } } } },
      typicals: { orderBy: { designatedAt: "asc" }, include: { unit: { select: { name: true, kind: true } } } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          actor: { select: { id: true, fullName: true } },
          unit: { select: { id: true, name: true, kind: true } },
        },
      },
      attachments: { where: { progressReportId: null }, orderBy: { id: "asc" }, select: attachmentSelect },
      progressReports: {
        orderBy: [{ reportDate: "desc" }, { id: "desc" }],
        include: {
          createdBy: { select: { fullName: true } },
          attachments: { orderBy: { id: "asc" }, select: attachmentSelect },
        },
      },
    },
  });
  if (!m) return notFound();

  const timeline: TimelineEvent[] = m.events.map((e) => ({
    id: e.id,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    level: e.level,
    unit: e.unit,
    actor: e.actor,
    comment: e.comment,
    meetingRef: e.meetingRef,
    undone: e.undoneById !== null,
    historic: e.historic,
    imported: e.imported,
    onBehalfOf: m.registeredOnBehalf && e.action === "CREATE" ? m.ownerUnitName : null,
    createdAt: e.createdAt,
  }));
  const attachmentInfo = (a: (typeof m.attachments)[number]): AttachmentInfo => ({
    id: a.id,
    fileName: a.fileName,
    mimeType: a.mimeType,
    sizeBytes: a.sizeBytes,
    createdAt: a.createdAt,
    uploadedBy: a.uploadedBy.fullName,
  });

  const model: ModelDetail = {
    id: m.id,
    code: m.code,
    kind: m.kind,
    title: m.title,
    state: m.state,
    version: m.version,
    field: m.field,
    campaign: m.campaign,
    ownerUnit: m.ownerUnit,
    ownerUnitName: m.ownerUnitName,
    ownerAddress: m.ownerAddress,
    registeredWith: m.registeredWithUnit,
    reviewUnit: m.reviewUnit,
    recognizedLevel: m.recognizedLevel,
    typicalLevel: m.typicalLevel,
    historic: m.historic,
    registeredOnBehalf: m.registeredOnBehalf,
    imported: m.imported,
    startDate: m.startDate,
    goals: m.goals,
    methods: m.methods,
    expectedResults: m.expectedResults,
    results: m.results,
    personHonorific: m.personHonorific,
    personName: m.personName,
    personPosition: m.personPosition,
    replicatedFrom: m.replicatedFrom,
    createdBy: m.createdBy.fullName,
    submittedAt: m.submittedAt,
    stateChangedAt: m.stateChangedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    recognitions: m.recognitions.map((r) => ({
      level: r.level,
      unitName: r.unit.name,
      unitKind: r.unit.kind,
      recognizedAt: r.recognizedAt,
      meetingRef: r.meetingRef,
    })),
    typicals: m.typicals.map((t) => ({
      level: t.level,
      unitName: t.unit.name,
      unitKind: t.unit.kind,
      designatedAt: t.designatedAt,
    })),
    timeline,
    // The comments on the dossier as it now stands: a revision request answered by sending again is history
    // (in the timeline), not an open request in the amber box.
    reviewerComments: timeline
      .slice(timeline.findLastIndex((e) => e.action === "SUBMIT" || e.action === "RESUBMIT") + 1)
      .filter((e) => e.comment && (REVIEWER_STEPS as readonly ReviewAction[]).includes(e.action))
      .reverse(),
    attachments: m.attachments.map(attachmentInfo),
    progressReports: m.progressReports.map((p) => ({
      id: p.id,
      reportDate: p.reportDate,
      note: p.note,
      moneyVnd: p.moneyVnd === null ? null : Number(p.moneyVnd),
      landM2: p.landM2 === null ? null : Number(p.landM2.toString()),
      roadKm: p.roadKm === null ? null : Number(p.roadKm.toString()),
      workdays: p.workdays,
      households: p.households,
      createdBy: p.createdBy.fullName,
      createdAt: p.createdAt,
      attachments: p.attachments.map(attachmentInfo),
    })),
    actions: availableActions(
      m.state,
      transitionContext(actor, m, { lastEvent: lastEventFor(lastStepInForce(m.events), actor.unitId) }),
    ),
    editable: isEditable(m.state) && can(actor, "edit:model:own-unit") && m.ownerUnitId === actor.unitId,
    canReport: canReportProgress(m.state) && can(actor, "report:progress:own-unit") && m.ownerUnitId === actor.unitId,
    formValues: {
      id: String(m.id),
      version: String(m.version),
      kind: m.kind,
      title: m.title,
      fieldId: String(m.fieldId),
      campaignId: String(m.campaignId),
      registeredWithUnitId: String(m.registeredWithUnitId),
      goals: m.goals,
      methods: m.methods,
      expectedResults: m.expectedResults,
      startDate: m.startDate ? isoFromDate(m.startDate) : "",
      personHonorific: m.personHonorific ?? "",
      personName: m.personName ?? "",
      personPosition: m.personPosition ?? "",
      address: m.kind === "INDIVIDUAL" ? m.ownerAddress : "",
      replicatedFromId: m.replicatedFromId ? String(m.replicatedFromId) : "",
    },
  };
  return { ok: true, model };
}
