import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { unitSubtreeWhere } from "@/lib/permissions";
import { PAGE_SIZE, pageCount } from "./scope";

export async function countDecisions(actor: Actor): Promise<{ issued: number; drafts: number }> {
  const groups = await prisma.decision.groupBy({
    by: ["status"],
    where: { issuer: { unit: unitSubtreeWhere(actor) } },
    _count: { _all: true },
  });
  const of = (s: "ISSUED" | "DRAFT") => groups.find((g) => g.status === s)?._count._all ?? 0;
  return { issued: of("ISSUED"), drafts: of("DRAFT") };
}

export async function listDecisions(actor: Actor, page: number) {
  const where = { issuer: { unit: unitSubtreeWhere(actor) } };
  const total = await prisma.decision.count({ where });
  const totalPages = pageCount(total);
  const current = Math.min(page, totalPages);
  const rows = await prisma.decision.findMany({
    where,
    select: {
      id: true,
      numberText: true,
      decisionDate: true,
      title: true,
      awardForm: true,
      status: true,
      issuer: { select: { name: true } },
      _count: { select: { honorees: true } },
    },
    orderBy: [{ decisionDate: "desc" }, { id: "desc" }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { rows, total, page: current, totalPages };
}
