import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can, modelScopeWhere } from "@/lib/permissions";
import { forbidden, invalidFields, parseInput, type Result } from "@/lib/result";
import { CreateDecisionInput } from "./schema";
import { checkNumbering, eligibleHonorees, issuerForDate, withSortOrder } from "./shared";

export type CreateDecisionResult = Result<{
  id: number;
  version: number;
  plannedNumber: number | null;
  register: string;
}>;

/**
 * A draft decision with its honoree list, copied from the recognized models chosen. The issuer must be a
 * body of the actor's subtree in office on the decision date. A draft takes no number from the register:
 * the officer may note a planned one (refused only if an issued decision already has it), and the number
 * is taken when the decision is issued.
 */
export async function createDecision(actor: Actor, input: CreateDecisionInput): Promise<CreateDecisionResult> {
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  const parsed = parseInput(CreateDecisionInput, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.invalid };
  const data = parsed.data;

  const found = await issuerForDate(prisma, actor, data.issuerId, data.decisionDate);
  if ("fieldErrors" in found) return invalidFields(found.fieldErrors, M.invalid);
  const { issuer } = found;
  if (
    data.campaignId &&
    !(await prisma.campaign.findUnique({ where: { id: data.campaignId }, select: { id: true } }))
  ) {
    return invalidFields({ campaignId: [M.campaignNotFound] }, M.invalid);
  }
  const numbering = await checkNumbering(prisma, issuer, data.number, data.decisionDate);
  if ("fieldErrors" in numbering) return invalidFields(numbering.fieldErrors, M.invalid);
  const picked = await eligibleHonorees(prisma, modelScopeWhere(actor), data.modelIds);
  if ("errors" in picked) return invalidFields({ modelIds: picked.errors }, picked.errors[0]);

  const { register } = numbering;
  const decision = await prisma.$transaction(async (tx) => {
    const d = await tx.decision.create({
      data: {
        issuerId: issuer.id,
        register,
        plannedNumber: data.number ?? null,
        decisionDate: data.decisionDate,
        signerName: data.signerName,
        signerTitle: data.signerTitle,
        awardForm: data.awardForm,
        title: data.title,
        campaignId: data.campaignId ?? null,
        createdById: actor.userId,
      },
    });
    await tx.honoree.createMany({ data: withSortOrder(picked.honorees).map((h) => ({ ...h, decisionId: d.id })) });
    await audit(tx, {
      actorId: actor.userId,
      action: "decision.create",
      entity: "Decision",
      entityId: d.id,
      data: { plannedNumber: data.number ?? null, register, honorees: picked.honorees.length },
    });
    return d;
  });
  return { ok: true, id: decision.id, version: decision.version, plannedNumber: decision.plannedNumber, register };
}
