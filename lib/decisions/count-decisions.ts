import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";
import { issuerScopeWhere } from "./shared";

/** Issued and draft decisions of the actor's subtree (the province's home card). */
export async function countDecisions(actor: Actor): Promise<{ issued: number; drafts: number }> {
  if (!can(actor, "manage:decision:subtree")) return { issued: 0, drafts: 0 };
  const groups = await prisma.decision.groupBy({
    by: ["status"],
    where: { issuer: issuerScopeWhere(actor) },
    _count: { _all: true },
  });
  const of = (s: "ISSUED" | "DRAFT") => groups.find((g) => g.status === s)?._count._all ?? 0;
  return { issued: of("ISSUED"), drafts: of("DRAFT") };
}
