import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";

export type CampaignOption = { id: number; name: string; startYear: number; endYear: number };

/** Campaigns the actor's figures can belong to: run by a unit above it or inside its subtree; newest first. */
export async function dashboardCampaigns(actor: Actor): Promise<CampaignOption[]> {
  const rows = await prisma.campaign.findMany({
    select: { id: true, name: true, startDate: true, endDate: true, ownerUnit: { select: { path: true } } },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
  return rows
    .filter(
      (c) =>
        actor.role === "ADMIN" ||
        actor.unitPath.startsWith(c.ownerUnit.path) ||
        c.ownerUnit.path.startsWith(actor.unitPath),
    )
    .map((c) => ({
      id: c.id,
      name: c.name,
      startYear: c.startDate.getUTCFullYear(),
      endYear: c.endDate.getUTCFullYear(),
    }));
}
