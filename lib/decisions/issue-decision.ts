import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { formatDate } from "@/lib/format";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can } from "@/lib/permissions";
import {
  conflict,
  fail,
  forbidden,
  invalidFields,
  isUniqueViolation,
  notFound,
  parseInput,
  type Result,
} from "@/lib/models/result";
import { formatNumberText } from "./numbering";
import { VersionedId } from "./schema";
import { decisionScopeWhere, nextNumber, numberTaken } from "./shared";

export type IssueDecisionResult = Result<{ id: number; version: number; numberText: string }>;

/**
 * DRAFT → ISSUED: the register's number is taken now (the planned one if still free, else the next free
 * one; a reopened decision keeps the number it was issued with), the list is locked, and each honoree's
 * model gets a "Khen thưởng" step on its timeline. Issues of the same register are serialised by a
 * transaction-scoped advisory lock, so two officers issuing at the same moment never take the same number
 * (the unique index is the last guard).
 */
export async function issueDecision(actor: Actor, input: VersionedId): Promise<IssueDecisionResult> {
  const parsed = parseInput(VersionedId, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.invalid };
  const { id, version } = parsed.data;

  const decision = await prisma.decision.findFirst({
    where: { id, ...decisionScopeWhere(actor) },
    include: {
      issuer: { include: { unit: { select: { id: true, level: true } } } },
      honorees: { select: { modelId: true, model: { select: { state: true } } } },
    },
  });
  if (!decision) return notFound(M.notFound);
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  if (decision.status !== "DRAFT") return fail("illegal_state", M.notIssuable);
  if (decision.version !== version) return conflict(M.conflict);
  if (decision.honorees.length === 0) return fail("invalid", M.honoreesEmpty);

  const { issuer, register } = decision;
  try {
    type Outcome = { taken: number } | { version: number; numberText: string } | null;
    const result = await prisma.$transaction(async (tx): Promise<Outcome> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('decision-register'), hashtext(${`${issuer.id}:${register}`}))`;
      let number = decision.number ?? decision.plannedNumber;
      if (number === null) number = await nextNumber(tx, issuer.id, register);
      else if (await numberTaken(tx, issuer.id, register, number, id)) {
        return { taken: await nextNumber(tx, issuer.id, register) };
      }
      const numberText = formatNumberText(issuer, number);
      const { count } = await tx.decision.updateMany({
        where: { id, version, status: "DRAFT" },
        data: {
          status: "ISSUED",
          issuedAt: new Date(),
          number,
          numberText,
          plannedNumber: null,
          version: { increment: 1 },
        },
      });
      if (count === 0) return null;
      const comment = M.commendComment(numberText, formatDate(decision.decisionDate));
      await tx.reviewEvent.createMany({
        data: decision.honorees
          .filter((h) => h.modelId !== null && h.model)
          .map((h) => ({
            modelId: h.modelId!,
            action: "COMMEND" as const,
            fromState: h.model!.state,
            toState: h.model!.state,
            level: issuer.unit.level,
            unitId: issuer.unit.id,
            actorId: actor.userId,
            comment,
            decisionId: id,
          })),
      });
      await audit(tx, {
        actorId: actor.userId,
        action: "decision.issue",
        entity: "Decision",
        entityId: id,
        data: { numberText, register, honorees: decision.honorees.length },
      });
      return { version: version + 1, numberText };
    });
    if (result === null) return conflict(M.conflict);
    if ("taken" in result) {
      const message = M.numberTaken(register, issuer.name, result.taken);
      return invalidFields({ number: [message] }, message);
    }
    return { ok: true, id, version: result.version, numberText: result.numberText };
  } catch (err) {
    // Only reachable if another writer bypassed the lock (e.g. an edit of a reopened decision's number).
    if (isUniqueViolation(err)) return conflict(M.conflict);
    throw err;
  }
}
