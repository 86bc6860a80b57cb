import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";

export type CampaignOption = { id: number; name: string; startYear: number; endYear: number };

/**
 * Campaigns the actor's figures can belong to: run by a unit above it or inside its subtree; newest first.
 * One statement with the owner's path joined (Prisma's include would be a second round trip on every
 * dashboard view).
 */
export async function dashboardCampaigns(actor: Actor): Promise<CampaignOption[]> {
  const rows = await prisma.$queryRaw<(CampaignOption & { path: string })[]>`
    SELECT c.id, c.name, extract(year FROM c."startDate")::int AS "startYear",
           extract(year FROM c."endDate")::int AS "endYear", u.path
    FROM "Campaign" c JOIN "Unit" u ON u.id = c."ownerUnitId"
    ORDER BY c."startDate" DESC, c.id DESC`;
  return rows
    .filter((c) => actor.role === "ADMIN" || actor.unitPath.startsWith(c.path) || c.path.startsWith(actor.unitPath))
    .map(({ id, name, startYear, endYear }) => ({ id, name, startYear, endYear }));
}
