import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Gender, ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { searchTextWhere } from "@/lib/db/search";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, type Result } from "@/lib/result";
import { SearchCandidatesInput } from "./schema";
import { decisionScopeWhere } from "./shared";

export const CANDIDATE_PAGE_SIZE = 20;

export type HonoreeCandidate = {
  id: number;
  code: string;
  kind: ModelKind;
  title: string;
  ownerUnitName: string;
  ownerAddress: string;
  personHonorific: Gender | null;
  personName: string | null;
  personPosition: string | null;
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
  field: { id: number; name: string };
  campaign: { id: number; name: string };
  /**
   * Other decisions (issued or draft, in the actor's scope) that already list the model: the picker warns
   * before it is commended twice. Not refused: a district's Giấy khen and the province's Bằng khen may
   * both go to the same model (docs/decisions/0064).
   */
  commendedIn: CommendedIn[];
};

export type CommendedIn = { decisionId: number; numberText: string | null; decisionDate: Date; issued: boolean };

export type SearchHonoreeCandidatesResult = Result<{
  items: HonoreeCandidate[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}>;

/**
 * Models that may be put on an honoree list: recognized (or typical) models in the actor's scope,
 * filtered by kind, field, campaign, recognition level and typical-only; `q` matches by words (all of
 * them, any order, without diacritics) the title, code, person, owner unit name (as registered and as
 * named today) and address — the portal's one model search (lib/db/search.ts).
 */
export async function searchHonoreeCandidates(
  actor: Actor,
  input: SearchCandidatesInput = { typicalOnly: false },
): Promise<SearchHonoreeCandidatesResult> {
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  const f = SearchCandidatesInput.parse(input);
  const where: Prisma.ModelWhereInput = {
    AND: [
      modelScopeWhere(actor),
      { recognizedLevel: f.level ? f.level : { not: null } },
      f.typicalOnly ? { typicalLevel: { not: null } } : {},
      f.kind ? { kind: f.kind } : {},
      f.fieldId ? { fieldId: f.fieldId } : {},
      f.campaignId ? { campaignId: f.campaignId } : {},
      // Only a decision the actor may see can hide its models (no probing of other subtrees' lists).
      f.excludeDecisionId
        ? { honorees: { none: { decisionId: f.excludeDecisionId, decision: decisionScopeWhere(actor) } } }
        : {},
    ],
  };
  // Inside the query (no id list back and forth): a broad word over every recognized model of a large
  // province cannot overflow the parameter limit (ADR 0046).
  const search = searchTextWhere(f.q);
  if (search) (where.AND as Prisma.ModelWhereInput[]).push(search);
  const total = await prisma.model.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CANDIDATE_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pageCount);
  const items = await prisma.model.findMany({
    where,
    orderBy: [{ kind: "asc" }, { typicalLevel: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    skip: (page - 1) * CANDIDATE_PAGE_SIZE,
    take: CANDIDATE_PAGE_SIZE,
    select: {
      id: true,
      code: true,
      kind: true,
      title: true,
      ownerUnitName: true,
      ownerAddress: true,
      personHonorific: true,
      personName: true,
      personPosition: true,
      recognizedLevel: true,
      typicalLevel: true,
      field: { select: { id: true, name: true } },
      campaign: { select: { id: true, name: true } },
      honorees: {
        where: {
          decision: {
            AND: [decisionScopeWhere(actor), f.excludeDecisionId ? { id: { not: f.excludeDecisionId } } : {}],
          },
        },
        select: { decision: { select: { id: true, numberText: true, decisionDate: true, status: true } } },
        orderBy: { decisionId: "asc" },
      },
    },
  });
  return {
    ok: true,
    items: items.map(({ honorees, ...m }) => ({
      ...m,
      commendedIn: honorees.map(({ decision: d }) => ({
        decisionId: d.id,
        numberText: d.numberText,
        decisionDate: d.decisionDate,
        issued: d.status === "ISSUED",
      })),
    })),
    total,
    page,
    pageSize: CANDIDATE_PAGE_SIZE,
    pageCount,
  };
}
