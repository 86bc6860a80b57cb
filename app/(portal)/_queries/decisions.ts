import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { unitSubtreeWhere } from "@/lib/permissions";

export async function countDecisions(actor: Actor): Promise<{ issued: number; drafts: number }> {
  const groups = await prisma.decision.groupBy({
    by: ["status"],
    where: { issuer: { unit: unitSubtreeWhere(actor) } },
    _count: { _all: true },
  });
  const of = (s: "ISSUED" | "DRAFT") => groups.find((g) => g.status === s)?._count._all ?? 0;
  return { issued: of("ISSUED"), drafts: of("DRAFT") };
}
