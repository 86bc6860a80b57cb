import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format";
import { importScopePaths } from "../scope";
import { KIND_LABELS, LEVEL_LABELS } from "../values";
import { MODEL_OUTCOMES, type ModelColumnKey } from "./columns";
import { modelRowSelect, OUTCOME_STATES, outcomeAt } from "./model-row";

type Level = keyof typeof LEVEL_LABELS;
const level = (l: string | null) => (l && l in LEVEL_LABELS ? LEVEL_LABELS[l as Level] : "");

/**
 * Models with a review outcome in the actor's scope, as rows of the import template (what you export
 * you can import again: unchanged). Read in pages of 2,000 so memory stays flat.
 */
export async function* exportModelRows(actor: Actor): AsyncGenerator<Record<ModelColumnKey, string>> {
  const paths = await importScopePaths(actor);
  const scope: Prisma.ModelWhereInput =
    paths === null ? {} : { OR: paths.map((p) => ({ ownerUnit: { path: { startsWith: p } } })) };
  let cursor = 0;
  for (;;) {
    const page = await prisma.model.findMany({
      where: { AND: [scope, { id: { gt: cursor } }, { state: { in: [...OUTCOME_STATES] } }] },
      orderBy: { id: "asc" },
      take: 2000,
      select: {
        ...modelRowSelect,
        campaign: { select: { code: true } },
        field: { select: { name: true } },
        ownerUnit: { select: { code: true } },
      },
    });
    if (!page.length) return;
    for (const m of page) {
      yield {
        code: m.code,
        campaign: m.campaign.code,
        kind: KIND_LABELS[m.kind],
        field: m.field.name,
        title: m.title,
        unitCode: m.ownerUnit.code,
        unitName: m.ownerUnitName,
        address: m.ownerAddress,
        personName: m.personName ?? "",
        personPosition: m.personPosition ?? "",
        registeredLevel: level(m.registeredLevel),
        outcome: m.state === "NOT_RECOGNIZED" ? MODEL_OUTCOMES.NOT_RECOGNIZED : MODEL_OUTCOMES.RECOGNIZED,
        recognizedLevel: m.state === "NOT_RECOGNIZED" ? "" : level(m.recognizedLevel),
        outcomeDate: formatDate(outcomeAt(m)),
        typicalLevel: level(m.typicalLevel),
      };
    }
    cursor = page[page.length - 1].id;
  }
}
