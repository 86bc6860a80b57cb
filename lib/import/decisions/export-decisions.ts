import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { issuerScopeWhere } from "@/lib/decisions/shared";
import { formatDmy, KIND_LABELS } from "../values";
import { AWARD_FORM_LABELS, HONORIFIC_LABELS, issuerLabel, type DecisionColumnKey } from "./columns";

/**
 * Issued decisions of the issuers in the actor's scope (imported or issued in the portal), one row per
 * honoree line in list order, every decision column repeated: importing the file again changes nothing.
 * Read one page of decisions at a time so memory stays flat.
 */
export async function* exportDecisionRows(actor: Actor): AsyncGenerator<Record<DecisionColumnKey, string>> {
  let cursor = 0;
  for (;;) {
    const page = await prisma.decision.findMany({
      where: { id: { gt: cursor }, status: "ISSUED", number: { not: null }, issuer: issuerScopeWhere(actor) },
      orderBy: { id: "asc" },
      take: 200,
      include: {
        issuer: { select: { name: true, parentName: true } },
        campaign: { select: { code: true } },
        honorees: {
          orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
          include: { model: { select: { code: true } } },
        },
      },
    });
    if (!page.length) return;
    for (const d of page) {
      for (const h of d.honorees) {
        yield {
          issuer: issuerLabel(d.issuer),
          number: d.numberText ?? String(d.number),
          date: formatDmy(d.decisionDate),
          awardForm: AWARD_FORM_LABELS[d.awardForm],
          signerName: d.signerName,
          signerTitle: d.signerTitle,
          title: d.title,
          campaign: d.campaign?.code ?? "",
          section: KIND_LABELS[h.kind],
          order: String(h.sortOrder),
          honorific: h.honorific ? HONORIFIC_LABELS[h.honorific] : "",
          name: h.name,
          position: h.position ?? "",
          address: h.address,
          modelTitle: h.modelTitle,
          modelCode: h.model?.code ?? "",
        };
      }
    }
    cursor = page[page.length - 1].id;
  }
}
