import { prisma } from "@/lib/db/client";
import { issuerScopeWhere } from "@/lib/decisions/shared";
import { IMD } from "@/lib/i18n/import-decisions";
import type { ImportKindSpec } from "../kind";
import { mayImport } from "../roles";
import { importScopePaths, inScope } from "../scope";
import { DECISION_COLUMNS, issuerLabel } from "./columns";
import { planDecisions } from "./plan-decisions";

export const decisionsImport: ImportKindSpec = {
  kind: "DECISIONS",
  slug: "quyet-dinh",
  label: IMD.label,
  dataSheet: IMD.dataSheet,
  columns: DECISION_COLUMNS,
  allowed: (a) => mayImport(a, "DECISIONS"),
  plan: planDecisions,
  async dynamicAllowed(actor) {
    const paths = await importScopePaths(actor);
    const [issuers, campaigns] = await Promise.all([
      prisma.issuer.findMany({
        where: issuerScopeWhere(actor),
        orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { unit: { level: "asc" } }, { id: "asc" }],
        select: { name: true, parentName: true },
      }),
      prisma.campaign.findMany({
        orderBy: { startDate: "desc" },
        select: { code: true, ownerUnit: { select: { path: true } } },
      }),
    ]);
    return {
      issuer: [...new Set(issuers.map(issuerLabel))],
      campaign: campaigns.filter((c) => inScope(paths, c.ownerUnit.path)).map((c) => c.code),
    };
  },
};
