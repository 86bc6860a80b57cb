import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { issuerScopeWhere } from "@/lib/decisions/shared";
import type { CampaignOption, FieldOption, IssuerOption } from "@/components/decisions/types";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Choices of the decision forms: the issuing bodies of the actor's subtree with their periods in office
 * (the form offers those in office on the typed decision date: a decision dated before the 2025 merger
 * is issued by the absorbed province's body), the campaigns and the fields (picker filters).
 */
export async function decisionFormOptions(
  actor: Actor,
): Promise<{ issuers: IssuerOption[]; campaigns: CampaignOption[]; fields: FieldOption[] }> {
  const [issuers, campaigns, fields] = await Promise.all([
    prisma.issuer.findMany({
      where: issuerScopeWhere(actor),
      select: { id: true, name: true, parentName: true, style: true, numberSuffix: true, place: true, validFrom: true, validTo: true },
      orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { unit: { level: "asc" } }, { id: "asc" }],
    }),
    prisma.campaign.findMany({ select: { id: true, name: true }, orderBy: [{ startDate: "desc" }, { id: "desc" }] }),
    prisma.field.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
  ]);
  return {
    issuers: issuers.map((i) => ({ ...i, validFrom: isoDay(i.validFrom), validTo: i.validTo ? isoDay(i.validTo) : null })),
    campaigns,
    fields,
  };
}
