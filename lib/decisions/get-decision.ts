import "server-only";
import { prisma } from "@/lib/db/client";
import { parseDbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { notFound, type Result } from "@/lib/result";
import { decisionReadWhere } from "./shared";

async function load(readable: Prisma.DecisionWhereInput, id: number) {
  return prisma.decision.findFirst({
    where: { AND: [{ id }, readable] },
    include: {
      issuer: true,
      campaign: { select: { id: true, code: true, name: true } },
      createdBy: { select: { id: true, fullName: true } },
      // Collectives first, then individuals, each in list order (the enum declares COLLECTIVE first).
      honorees: { orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { id: "asc" }] },
    },
  });
}

export type DecisionDetail = NonNullable<Awaited<ReturnType<typeof load>>>;
export type GetDecisionResult = Result<{ decision: DecisionDetail }>;

/** One decision with issuer and ordered honorees, if the actor may read it (decisionReadWhere). */
export async function getDecision(actor: Actor, id: number): Promise<GetDecisionResult> {
  // Without the permission the section does not exist for the actor: "not found", like the page.
  const readable = decisionReadWhere(actor);
  if (parseDbId(id) === null || !readable) return notFound(M.notFound);
  const decision = await load(readable, id);
  if (!decision) return notFound(M.notFound);
  return { ok: true, decision };
}
