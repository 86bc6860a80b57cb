import "server-only";
import type { Actor } from "@/lib/auth/types";
import { searchHonoreeCandidates } from "@/lib/decisions/search-honoree-candidates";
import type { CandidatePage, PickerQuery } from "@/components/decisions/types";
import { formatDate } from "@/lib/format";

/**
 * The picker's page of candidates, shaped as the honoree line would print (name of collective or person).
 * `excludeDecisionId` leaves out models already on that decision (adding to a draft).
 */
export async function searchCandidatesForPicker(
  actor: Actor,
  query: PickerQuery,
  excludeDecisionId?: number,
): Promise<CandidatePage | null> {
  const result = await searchHonoreeCandidates(actor, {
    q: query.q,
    kind: query.kind || undefined,
    typicalOnly: query.typicalOnly ?? false,
    fieldId: query.fieldId,
    campaignId: query.campaignId,
    level: query.level || undefined,
    excludeDecisionId,
    page: query.page,
  });
  if (!result.ok) return null;
  return {
    rows: result.items.map((m) => ({
      modelId: m.id,
      kind: m.kind,
      name: m.kind === "INDIVIDUAL" && m.personName ? m.personName : m.ownerUnitName,
      address: m.ownerAddress,
      modelTitle: m.title,
      typical: m.typicalLevel != null,
      commendedIn: m.commendedIn.map((d) => ({ numberText: d.numberText, date: formatDate(d.decisionDate) })),
    })),
    page: result.page,
    totalPages: result.pageCount,
    total: result.total,
  };
}
