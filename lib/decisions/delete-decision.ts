import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can } from "@/lib/permissions";
import { conflict, fail, forbidden, notFound, parseInput, type Result } from "@/lib/result";
import { VersionedId } from "./schema";
import { decisionScopeWhere } from "./shared";

export type DeleteDecisionResult = Result<{ id: number }>;

/**
 * Deletes a draft that was never issued, with its honoree lines (the models are untouched). A reopened
 * decision has been published under its number, so it cannot be deleted, only corrected and issued again.
 * The audit event keeps what the draft was.
 */
export async function deleteDecision(actor: Actor, input: VersionedId): Promise<DeleteDecisionResult> {
  const parsed = parseInput(VersionedId, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.invalid };
  const { id, version } = parsed.data;

  const decision = await prisma.decision.findFirst({
    where: { id, ...decisionScopeWhere(actor) },
    include: { _count: { select: { honorees: true } } },
  });
  if (!decision) return notFound(M.notFound);
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  if (decision.status !== "DRAFT" || decision.number !== null) return fail("illegal_state", M.notDeletable);
  if (decision.version !== version) return conflict(M.conflict);

  const deleted = await prisma.$transaction(async (tx) => {
    const { count } = await tx.decision.deleteMany({ where: { id, version, status: "DRAFT", number: null } });
    if (count === 0) return false;
    await audit(tx, {
      actorId: actor.userId,
      action: "decision.delete",
      entity: "Decision",
      entityId: id,
      data: {
        issuerId: decision.issuerId,
        register: decision.register,
        plannedNumber: decision.plannedNumber,
        title: decision.title,
        honorees: decision._count.honorees,
        fromVersion: version,
      },
    });
    return true;
  });
  if (!deleted) return conflict(M.conflict);
  return { ok: true, id };
}
