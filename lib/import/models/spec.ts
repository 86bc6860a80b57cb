import { prisma } from "@/lib/db/client";
import type { ImportKindSpec } from "../kind";
import { importScopePaths, inScope } from "../scope";
import { mayImport } from "../roles";
import { MODEL_COLUMNS } from "./columns";
import { planModels } from "./plan-models";

export const modelsImport: ImportKindSpec = {
  kind: "MODELS",
  slug: "mo-hinh",
  label: "Mô hình và kết quả công nhận",
  dataSheet: "Mô hình",
  columns: MODEL_COLUMNS,
  allowed: (a) => mayImport(a, "MODELS"),
  plan: planModels,
  async dynamicAllowed(actor) {
    const paths = await importScopePaths(actor);
    const [fields, campaigns] = await Promise.all([
      prisma.field.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { name: true } }),
      prisma.campaign.findMany({
        orderBy: { startDate: "desc" },
        select: { code: true, ownerUnit: { select: { path: true } } },
      }),
    ]);
    return {
      field: fields.map((f) => f.name),
      campaign: campaigns.filter((c) => inScope(paths, c.ownerUnit.path)).map((c) => c.code),
    };
  },
};
