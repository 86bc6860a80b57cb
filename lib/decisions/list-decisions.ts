import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AwardForm, DecisionStatus } from "@/lib/generated/prisma/enums";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { forbidden, type Result } from "@/lib/result";
import { DECISION_PAGE_SIZE, ListDecisionsInput } from "./schema";
import { decisionReadWhere } from "./shared";

export type DecisionListItem = {
  id: number;
  /** Null on a draft never issued (drafts take their number on issue). */
  numberText: string | null;
  plannedNumber: number | null;
  register: string;
  decisionDate: Date;
  title: string;
  awardForm: AwardForm;
  status: DecisionStatus;
  /** A past decision brought in from a file (read-only). */
  imported: boolean;
  version: number;
  /** parentName: the body above ("TỈNH ỦY BẮC KẠN"), which tells two provinces' "BAN THƯỜNG VỤ TỈNH ỦY" apart. */
  issuer: { id: number; name: string; parentName: string | null };
  honoreeCount: number;
};

export type ListDecisionsResult = Result<{
  items: DecisionListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}>;

/**
 * Decisions the actor may read (decisionReadWhere), newest first, 20 a page (`?q=&status=&issuer=&page=`).
 * `q` matches the number ("112", "112-QĐ/TU") or the title without diacritics ("dan van" finds "Dân vận").
 */
export async function listDecisions(actor: Actor, input: ListDecisionsInput = {}): Promise<ListDecisionsResult> {
  const readable = decisionReadWhere(actor);
  if (!readable) return forbidden(M.forbidden);
  const f = ListDecisionsInput.parse(input);
  const where: Prisma.DecisionWhereInput = {
    AND: [readable, f.status ? { status: f.status } : {}],
    ...(f.issuerId ? { issuerId: f.issuerId } : {}),
  };
  if (f.q) {
    const q = f.q.normalize("NFC");
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Decisions are few (hundreds per province): a sequential vn_fold scan is cheap, no index needed;
    // the scope is applied by the Prisma query below.
    const ids = await prisma.$queryRaw<{ id: number }[]>`
      SELECT d.id FROM "Decision" d
      WHERE vn_fold(d."numberText") LIKE vn_fold(${like}) OR vn_fold(d."title") LIKE vn_fold(${like})`;
    where.id = { in: ids.map((r) => r.id) };
  }
  const total = await prisma.decision.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DECISION_PAGE_SIZE));
  const page = Math.min(f.page ?? 1, pageCount);
  const rows = await prisma.decision.findMany({
    where,
    orderBy: [{ decisionDate: "desc" }, { id: "desc" }],
    skip: (page - 1) * DECISION_PAGE_SIZE,
    take: DECISION_PAGE_SIZE,
    select: {
      id: true,
      numberText: true,
      plannedNumber: true,
      register: true,
      decisionDate: true,
      title: true,
      awardForm: true,
      status: true,
      imported: true,
      version: true,
      issuer: { select: { id: true, name: true, parentName: true } },
      _count: { select: { honorees: true } },
    },
  });
  const items = rows.map(({ _count, ...r }) => ({ ...r, honoreeCount: _count.honorees }));
  return { ok: true, items, total, page, pageSize: DECISION_PAGE_SIZE, pageCount };
}
