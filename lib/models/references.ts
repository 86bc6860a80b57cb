import "server-only";
import { eligibleCampaignsWhere, withinRegistrationDeadline } from "@/lib/campaigns/eligible-campaigns";
import { formatDate } from "@/lib/format";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { findAllowedCommittees, type Committee } from "./allowed-committees";
import { provinceScopePaths } from "./province-scope";
import type { FieldErrors } from "@/lib/result";
import { mvi } from "@/lib/i18n/models";

type References = {
  fieldId: number;
  campaignId: number;
  registeredWithUnitId: number;
  replicatedFromId?: number | null;
};

/** `committee`: the chosen one if it is allowed today (null otherwise, and when the registration is locked and it no longer is). */
export type ReferenceCheck = { fieldErrors: FieldErrors | null; committee: Committee | null };

/**
 * The database half of validation, reported on the form's field names: an active field (or the one the
 * model already has: a field taken out of use stays on the models that have it); a campaign
 * run by a unit above the actor's (open, or planned for drafts) whose registration deadline has not
 * passed; a committee from TODAY's tree; a
 * replication origin recognized in the province.
 */
export async function checkReferences(
  actor: Pick<Actor, "unitId" | "unitPath">,
  refs: References,
  opts: {
    modelId?: number;
    forSubmit?: boolean;
    /** After submission campaign and committee are fixed: a campaign closed or a committee abolished since must not block answering a revision request. */
    registrationLocked?: boolean;
    /** The model's field as stored: kept even when no longer in use. */
    currentFieldId?: number;
    db?: Tx;
  } = {},
): Promise<ReferenceCheck> {
  const db = opts.db ?? prisma;
  const errors: FieldErrors = {};
  const [field, campaign, committees] = await Promise.all([
    db.field.findUnique({ where: { id: refs.fieldId }, select: { id: true, active: true } }),
    db.campaign.findFirst({
      where: { id: refs.campaignId, ...eligibleCampaignsWhere(actor) },
      select: { status: true, registrationDeadline: true },
    }),
    findAllowedCommittees(actor.unitId, db),
  ]);
  if (!field || (!field.active && field.id !== opts.currentFieldId)) errors.fieldId = [mvi.errors.fieldNotFound];
  const committee = committees.find((c) => c.id === refs.registeredWithUnitId) ?? null;
  if (!opts.registrationLocked) {
    if (!campaign) {
      errors.campaignId = [mvi.errors.campaignNotFound];
    } else if (campaign.status === "CLOSED") {
      errors.campaignId = [mvi.errors.campaignClosed];
    } else if (!withinRegistrationDeadline(campaign.registrationDeadline)) {
      errors.campaignId = [mvi.errors.registrationDeadlinePassed(formatDate(campaign.registrationDeadline))];
    } else if (opts.forSubmit && campaign.status !== "OPEN") {
      errors.campaignId = [mvi.errors.campaignNotOpen];
    }
    if (!committee) errors.registeredWithUnitId = [mvi.errors.committeeNotAllowed];
  }
  if (refs.replicatedFromId != null) {
    if (refs.replicatedFromId === opts.modelId) {
      errors.replicatedFromId = [mvi.errors.replicationSelf];
    } else if (!(await isReplicationOrigin(actor.unitId, refs.replicatedFromId, db))) {
      errors.replicatedFromId = [mvi.errors.replicationNotAllowed];
    }
  }
  return { fieldErrors: Object.keys(errors).length ? errors : null, committee };
}

/** A model may be replicated when it is recognized (at any level) and owned inside the actor's province. */
export async function isReplicationOrigin(unitId: number, modelId: number, db: Tx = prisma): Promise<boolean> {
  const paths = await provinceScopePaths(unitId, db);
  if (paths.length === 0) return false;
  const origin = await db.model.findFirst({
    where: {
      id: modelId,
      recognizedLevel: { not: null },
      OR: paths.map((p) => ({ ownerUnit: { path: { startsWith: p } } })),
    },
    select: { id: true },
  });
  return origin !== null;
}
