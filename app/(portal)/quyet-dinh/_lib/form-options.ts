import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { issuerScopeWhere } from "@/lib/decisions/shared";
import type { CampaignOption, IssuerOption } from "@/components/decisions/types";

/**
 * Choices of the create form: the issuing bodies of the actor's subtree still in office (bodies
 * abolished by the 2025 reorganisation keep their past decisions but issue no new ones) and the campaigns.
 */
export async function decisionFormOptions(actor: Actor): Promise<{ issuers: IssuerOption[]; campaigns: CampaignOption[] }> {
  const [issuers, campaigns] = await Promise.all([
    prisma.issuer.findMany({
      where: { ...issuerScopeWhere(actor), validTo: null },
      select: { id: true, name: true, parentName: true, style: true, numberSuffix: true },
      orderBy: [{ unit: { level: "asc" } }, { id: "asc" }],
    }),
    prisma.campaign.findMany({ select: { id: true, name: true }, orderBy: [{ startDate: "desc" }, { id: "desc" }] }),
  ]);
  return { issuers, campaigns };
}
