import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { DocumentStyle } from "@/lib/generated/prisma/enums";
import { listCampaigns } from "@/lib/campaigns/eligible-campaigns";
import { listActiveFields } from "@/lib/fields/list-active-fields";
import { issuerScopeWhere } from "./shared";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export type DecisionFormOptions = {
  issuers: {
    id: number;
    name: string;
    parentName: string | null;
    style: DocumentStyle;
    numberSuffix: string;
    place: string;
    validFrom: string;
    validTo: string | null;
  }[];
  campaigns: { id: number; name: string }[];
  fields: { id: number; name: string }[];
};

/**
 * Choices of the decision forms: the issuing bodies of the actor's subtree with their periods in office
 * (the form offers those in office on the typed decision date: a decision dated before the 2025 merger
 * is issued by the absorbed province's body), the campaigns and the fields (picker filters).
 */
export async function decisionFormOptions(actor: Actor): Promise<DecisionFormOptions> {
  const [issuers, campaigns, fields] = await Promise.all([
    prisma.issuer.findMany({
      where: issuerScopeWhere(actor),
      select: {
        id: true,
        name: true,
        parentName: true,
        style: true,
        numberSuffix: true,
        place: true,
        validFrom: true,
        validTo: true,
      },
      orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { unit: { level: "asc" } }, { id: "asc" }],
    }),
    listCampaigns(),
    listActiveFields(),
  ]);
  return {
    issuers: issuers.map((i) => ({
      ...i,
      validFrom: isoDay(i.validFrom),
      validTo: i.validTo ? isoDay(i.validTo) : null,
    })),
    campaigns,
    fields: fields.map(({ id, name }) => ({ id, name })),
  };
}
