import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pathIds } from "@/lib/org/tree";
import { dateFromIso, vnTodayIso } from "@/lib/models/dates";

/**
 * Campaigns a unit's models can belong to: those run by the unit itself or by a unit above it
 * (the owner is on the unit's path). The registration form offers them and the use cases check them.
 */
export function eligibleCampaignsWhere(actor: Pick<Actor, "unitPath">): Prisma.CampaignWhereInput {
  return { ownerUnitId: { in: pathIds(actor.unitPath) } };
}

export async function isEligibleCampaign(actor: Pick<Actor, "unitPath">, campaignId: number, db: Tx = prisma) {
  return (await db.campaign.count({ where: { id: campaignId, ...eligibleCampaignsWhere(actor) } })) > 0;
}

/** Today on the Vietnamese calendar, as the `@db.Date` columns store it. */
const vnToday = (now: Date) => dateFromIso(vnTodayIso(now));

/** The deadline (inclusive, a calendar day in Vietnam) has not passed; no deadline = until the campaign ends. */
export function withinRegistrationDeadline(deadline: Date | null, now = new Date()): boolean {
  return deadline === null || deadline >= vnToday(now);
}

/** Campaigns a unit may still register new models in: not closed, registration deadline not passed. */
export function openForRegistrationWhere(now = new Date()): Prisma.CampaignWhereInput {
  return {
    status: { not: "CLOSED" },
    OR: [{ registrationDeadline: null }, { registrationDeadline: { gte: vnToday(now) } }],
  };
}

/**
 * The actor's eligible campaigns, newest first; `openOnly` keeps those open for registration
 * (plus `include`, the model's own, so editing a draft does not silently change it).
 */
export function listEligibleCampaigns(actor: Actor, opts: { openOnly?: boolean; include?: number } = {}) {
  const open: Prisma.CampaignWhereInput = opts.openOnly
    ? { OR: [openForRegistrationWhere(), ...(opts.include ? [{ id: opts.include }] : [])] }
    : {};
  return prisma.campaign.findMany({
    where: { AND: [eligibleCampaignsWhere(actor), open] },
    select: { id: true, name: true, status: true, registrationDeadline: true },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
}

/** Every campaign, newest first: the filters of the review and decision screens. */
export function listCampaigns() {
  return prisma.campaign.findMany({
    select: { id: true, name: true },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
}
