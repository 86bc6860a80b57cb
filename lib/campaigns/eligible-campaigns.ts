import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pathIds } from "@/lib/org/tree";

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

/** The actor's eligible campaigns, newest first; `openOnly` leaves out closed ones (except `include`, the model's own). */
export function listEligibleCampaigns(actor: Actor, opts: { openOnly?: boolean; include?: number } = {}) {
  const open: Prisma.CampaignWhereInput = opts.openOnly
    ? { OR: [{ status: { not: "CLOSED" } }, ...(opts.include ? [{ id: opts.include }] : [])] }
    : {};
  return prisma.campaign.findMany({
    where: { AND: [eligibleCampaignsWhere(actor), open] },
    select: { id: true, name: true, status: true },
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
