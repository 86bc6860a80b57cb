import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Gender, ModelKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { foldVietnamese } from "@/lib/db/search";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, type Result } from "@/lib/models/result";
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
};

export type SearchHonoreeCandidatesResult = Result<{
  items: HonoreeCandidate[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}>;

/** At most this many search words are used (a pasted paragraph must not build a huge query). */
const MAX_WORDS = 8;

/** The words of a search, folded (no diacritics, lower case), split on spaces and punctuation. */
export function searchWords(q: string): string[] {
  return foldVietnamese(q.normalize("NFC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/**
 * Every word somewhere in the model's title, code, person's name, owner unit name or owner address
 * (as registered), in any order, without diacritics. Candidates are recognized models of one province
 * (thousands, not millions): a scan of the folded text is fast enough and needs no extra index.
 */
function allWordsMatch(words: string[]): Prisma.Sql {
  const haystack = Prisma.sql`vn_fold(concat_ws(' ', m."title", m."code", m."personName", m."ownerUnitName", m."ownerAddress"))`;
  return Prisma.join(
    words.map((w) => Prisma.sql`${haystack} LIKE ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`),
    " AND ",
  );
}

/**
 * Models that may be put on an honoree list: recognized (or typical) models in the actor's scope,
 * filtered by kind, field, campaign, recognition level and typical-only; `q` matches by words (all of
 * them, any order, without diacritics) the title, code, person, owner unit name and address.
 */
export async function searchHonoreeCandidates(actor: Actor, input: SearchCandidatesInput = { typicalOnly: false }): Promise<SearchHonoreeCandidatesResult> {
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
      f.excludeDecisionId ? { honorees: { none: { decisionId: f.excludeDecisionId, decision: decisionScopeWhere(actor) } } } : {},
    ],
  };
  const words = f.q ? searchWords(f.q) : [];
  if (words.length) {
    const ids = await prisma.$queryRaw<{ id: number }[]>`
      SELECT m.id FROM "Model" m WHERE m."recognizedLevel" IS NOT NULL AND ${allWordsMatch(words)}`;
    (where.AND as Prisma.ModelWhereInput[]).push({ id: { in: ids.map((r) => r.id) } });
  }
  const total = await prisma.model.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CANDIDATE_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pageCount);
  const items = await prisma.model.findMany({
    where,
    orderBy: [{ kind: "asc" }, { typicalLevel: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    skip: (page - 1) * CANDIDATE_PAGE_SIZE,
    take: CANDIDATE_PAGE_SIZE,
    select: {
      id: true, code: true, kind: true, title: true, ownerUnitName: true, ownerAddress: true,
      personHonorific: true, personName: true, personPosition: true, recognizedLevel: true, typicalLevel: true,
      field: { select: { id: true, name: true } },
      campaign: { select: { id: true, name: true } },
    },
  });
  return { ok: true, items, total, page, pageSize: CANDIDATE_PAGE_SIZE, pageCount };
}
