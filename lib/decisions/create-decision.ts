import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can, modelScopeWhere } from "@/lib/permissions";
import { fail, forbidden, invalidFields, isUniqueViolation, parseInput, type Result } from "@/lib/models/result";
import { CreateDecisionInput } from "./schema";
import { checkNumbering, eligibleHonorees, issuerScopeWhere, withSortOrder } from "./shared";

export type CreateDecisionResult = Result<{ id: number; version: number; numberText: string; register: string }>;

/**
 * A draft decision with its honoree list, copied from the recognized models chosen. The issuer must be a
 * body of the actor's subtree; the number must be unused in the issuer's register (term or year).
 */
export async function createDecision(actor: Actor, input: CreateDecisionInput): Promise<CreateDecisionResult> {
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  const parsed = parseInput(CreateDecisionInput, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.invalid };
  const data = parsed.data;

  const issuer = await prisma.issuer.findFirst({ where: { id: data.issuerId, ...issuerScopeWhere(actor) } });
  if (!issuer) return invalidFields({ issuerId: [M.issuerNotFound] }, M.invalid);
  if (data.campaignId && !(await prisma.campaign.findUnique({ where: { id: data.campaignId }, select: { id: true } }))) {
    return invalidFields({ campaignId: [M.campaignNotFound] }, M.invalid);
  }
  const numbering = await checkNumbering(prisma, issuer, data.number, data.decisionDate);
  if ("fieldErrors" in numbering) return invalidFields(numbering.fieldErrors, M.invalid);
  const picked = await eligibleHonorees(prisma, modelScopeWhere(actor), data.modelIds);
  if ("errors" in picked) return invalidFields({ modelIds: picked.errors }, picked.errors[0]);

  const { register, numberText } = numbering.numbering;
  try {
    const decision = await prisma.$transaction(async (tx) => {
      const d = await tx.decision.create({
        data: {
          issuerId: issuer.id,
          register,
          number: data.number,
          numberText,
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
        data: { numberText, register, honorees: picked.honorees.length },
      });
      return d;
    });
    return { ok: true, id: decision.id, version: decision.version, numberText, register };
  } catch (err) {
    // Two officers taking the same number at the same moment: the unique index decides.
    if (isUniqueViolation(err)) return fail("invalid", M.invalid, { number: [M.numberTaken(register, issuer.name, data.number + 1)] });
    throw err;
  }
}
