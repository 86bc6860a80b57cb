import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can } from "@/lib/permissions";
import { conflict, fail, forbidden, notFound, parseInput, type Result } from "@/lib/result";
import { ReopenDecisionInput } from "./schema";
import { decisionScopeWhere } from "./shared";

export type ReopenDecisionResult = Result<{ id: number; version: number }>;

/**
 * ISSUED → DRAFT to correct it, with a reason kept in the audit log. The "Khen thưởng" steps the issue
 * wrote are marked undone (with an UNDO step carrying the reason), so the timelines do not claim a
 * commendation that is being reworked; issuing again writes them anew. An imported decision is read-only.
 */
export async function reopenDecision(actor: Actor, input: ReopenDecisionInput): Promise<ReopenDecisionResult> {
  const parsed = parseInput(ReopenDecisionInput, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.reasonRequired };
  const { id, version, reason } = parsed.data;

  const decision = await prisma.decision.findFirst({
    where: { id, ...decisionScopeWhere(actor) },
    include: { issuer: { include: { unit: { select: { id: true, level: true } } } } },
  });
  if (!decision) return notFound(M.notFound);
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  if (decision.status !== "ISSUED") return fail("illegal_state", M.notReopenable);
  // A past decision brought in from a file is corrected by importing the corrected file (lib/import/decisions).
  if (decision.imported) return fail("illegal_state", M.importedReadOnly);
  if (decision.version !== version) return conflict(M.conflict);

  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.decision.updateMany({
      where: { id, version, status: "ISSUED", imported: false },
      data: { status: "DRAFT", issuedAt: null, version: { increment: 1 } },
    });
    if (count === 0) return null;
    const commends = await tx.reviewEvent.findMany({
      where: { action: "COMMEND", undoneById: null, decisionId: id },
      // The model may have moved on since the issue: the UNDO step records the state it is in now.
      select: { id: true, modelId: true, model: { select: { state: true } } },
    });
    for (const c of commends) {
      const undo = await tx.reviewEvent.create({
        data: {
          modelId: c.modelId,
          action: "UNDO",
          fromState: c.model.state,
          toState: c.model.state,
          decisionId: id,
          level: decision.issuer.unit.level,
          unitId: decision.issuer.unit.id,
          actorId: actor.userId,
          comment: M.reopenComment(decision.numberText ?? "", reason),
        },
      });
      await tx.reviewEvent.update({ where: { id: c.id }, data: { undoneById: undo.id } });
    }
    await audit(tx, {
      actorId: actor.userId,
      action: "decision.reopen",
      entity: "Decision",
      entityId: id,
      data: { numberText: decision.numberText, reason, undoneCommends: commends.length },
    });
    return version + 1;
  });
  if (result === null) return conflict(M.conflict);
  return { ok: true, id, version: result };
}
