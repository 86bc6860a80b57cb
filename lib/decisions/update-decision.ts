import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can, modelScopeWhere } from "@/lib/permissions";
import {
  conflict,
  fail,
  forbidden,
  invalidFields,
  isUniqueViolation,
  notFound,
  parseInput,
  type Result,
} from "@/lib/result";
import { UpdateDecisionInput } from "./schema";
import { formatNumberText } from "./numbering";
import { checkNumbering, decisionScopeWhere, eligibleHonorees, issuerForDate, withSortOrder } from "./shared";

export type UpdateDecisionResult = Result<{ id: number; version: number }>;

/**
 * Edits a draft: its fields (issuer in office on the date; the number is a planned one on a draft never
 * issued, or the number it was issued with on a reopened one), corrections of honoree lines (name, address, position, honorific — the
 * model itself never changes), their order, and adding or removing honorees. Optimistic lock: the
 * form sends the version it showed; if anyone changed the decision since, nothing is written.
 */
export async function updateDecision(actor: Actor, input: UpdateDecisionInput): Promise<UpdateDecisionResult> {
  const parsed = parseInput(UpdateDecisionInput, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.invalid };
  const data = parsed.data;

  const decision = await prisma.decision.findFirst({
    where: { id: data.id, ...decisionScopeWhere(actor) },
    include: { honorees: { select: { id: true, kind: true, sortOrder: true, modelId: true } } },
  });
  if (!decision) return notFound(M.notFound);
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  if (decision.status !== "DRAFT") return fail("illegal_state", M.notDraft);
  if (decision.version !== data.version) return conflict(M.conflict);

  let numbering:
    { register: string; number: number | null; numberText: string | null; plannedNumber: number | null } | undefined;
  let issuerName = "";
  const fields = data.fields;
  if (fields) {
    const found = await issuerForDate(prisma, actor, fields.issuerId, fields.decisionDate);
    if ("fieldErrors" in found) return invalidFields(found.fieldErrors, M.invalid);
    const { issuer } = found;
    issuerName = issuer.name;
    if (
      fields.campaignId &&
      !(await prisma.campaign.findUnique({ where: { id: fields.campaignId }, select: { id: true } }))
    ) {
      return invalidFields({ campaignId: [M.campaignNotFound] }, M.invalid);
    }
    // A reopened decision keeps the number it was published with unless the officer changes it.
    const wasIssued = decision.number !== null;
    const wanted = fields.number ?? (wasIssued ? decision.number! : undefined);
    const checked = await checkNumbering(prisma, issuer, wanted, fields.decisionDate, decision.id);
    if ("fieldErrors" in checked) return invalidFields(checked.fieldErrors, M.invalid);
    numbering = wasIssued
      ? {
          register: checked.register,
          number: wanted!,
          numberText: formatNumberText(issuer, wanted!),
          plannedNumber: null,
        }
      : { register: checked.register, number: null, numberText: null, plannedNumber: wanted ?? null };
  }
  const own = new Map(decision.honorees.map((h) => [h.id, h]));
  const removed = new Set(data.removeHonoreeIds ?? []);
  for (const id of [...removed, ...(data.honorees ?? []).map((h) => h.id)]) {
    if (!own.has(id)) return invalidFields({ honorees: [M.honoreeNotFound] }, M.honoreeNotFound);
  }
  const corrections = (data.honorees ?? []).filter((h) => !removed.has(h.id));

  let added: ReturnType<typeof withSortOrder<import("./shared").HonoreeData>> = [];
  if (data.addModelIds?.length) {
    const present = new Set(decision.honorees.filter((h) => !removed.has(h.id)).map((h) => h.modelId));
    const picked = await eligibleHonorees(prisma, modelScopeWhere(actor), data.addModelIds);
    if ("errors" in picked) return invalidFields({ addModelIds: picked.errors }, picked.errors[0]);
    const dup = picked.honorees.find((h) => present.has(h.modelId));
    if (dup) {
      const code = (await prisma.model.findUnique({ where: { id: dup.modelId }, select: { code: true } }))!.code;
      return invalidFields({ addModelIds: [M.honoreeDuplicate(code)] }, M.honoreeDuplicate(code));
    }
    const max = { COLLECTIVE: 0, INDIVIDUAL: 0 };
    for (const h of decision.honorees) max[h.kind] = Math.max(max[h.kind], h.sortOrder);
    for (const c of corrections)
      if (c.sortOrder) max[own.get(c.id)!.kind] = Math.max(max[own.get(c.id)!.kind], c.sortOrder);
    added = withSortOrder(picked.honorees, max);
  }
  if (decision.honorees.length - removed.size + added.length < 1) {
    return invalidFields({ honorees: [M.honoreesEmpty] }, M.honoreesEmpty);
  }

  try {
    const version = await prisma.$transaction(async (tx) => {
      const { count } = await tx.decision.updateMany({
        where: { id: decision.id, version: data.version, status: "DRAFT" },
        data: {
          ...(fields && numbering
            ? {
                issuerId: fields.issuerId,
                number: numbering.number,
                plannedNumber: numbering.plannedNumber,
                register: numbering.register,
                numberText: numbering.numberText,
                decisionDate: fields.decisionDate,
                signerName: fields.signerName,
                signerTitle: fields.signerTitle,
                awardForm: fields.awardForm,
                title: fields.title,
                campaignId: fields.campaignId ?? null,
              }
            : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) return null;
      if (removed.size) await tx.honoree.deleteMany({ where: { decisionId: decision.id, id: { in: [...removed] } } });
      for (const c of corrections) {
        await tx.honoree.update({
          where: { id: c.id, decisionId: decision.id },
          data: {
            ...(c.name !== undefined ? { name: c.name } : {}),
            ...(c.address !== undefined ? { address: c.address } : {}),
            ...(c.position !== undefined ? { position: c.position ?? null } : {}),
            ...(c.honorific !== undefined ? { honorific: c.honorific } : {}),
            ...(c.sortOrder !== undefined ? { sortOrder: c.sortOrder } : {}),
          },
        });
      }
      if (added.length) await tx.honoree.createMany({ data: added.map((h) => ({ ...h, decisionId: decision.id })) });
      await audit(tx, {
        actorId: actor.userId,
        action: "decision.update",
        entity: "Decision",
        entityId: decision.id,
        data: {
          fromVersion: data.version,
          fields: Boolean(fields),
          corrected: corrections.map((c) => c.id),
          removed: [...removed],
          addedModels: added.map((h) => h.modelId),
        },
      });
      return data.version + 1;
    });
    if (version === null) return conflict(M.conflict);
    return { ok: true, id: decision.id, version };
  } catch (err) {
    if (isUniqueViolation(err, "number") && numbering?.number) {
      return invalidFields(
        { number: [M.numberTaken(numbering.register, issuerName, numbering.number + 1)] },
        M.invalid,
      );
    }
    throw err;
  }
}
