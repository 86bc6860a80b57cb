import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { removeStoredFile } from "@/lib/uploads/thumbnail";
import { conflict, fail, forbidden, notFound, parseInput, type Result } from "@/lib/result";
import { ModelStepInput, type ModelStepFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";

export type DeleteModelDraftResult = Result<{ id: number }>;

/**
 * A cadre of the owning unit deletes a draft that never went to a committee (state DRAFT; a dossier
 * once submitted keeps its history and can only be withdrawn). The row goes with its events and files
 * (cascade); the audit log keeps the title and code. Optimistic lock on version; files are removed
 * from disk after the commit.
 */
export async function deleteModelDraft(actor: Actor, input: ModelStepFormValues): Promise<DeleteModelDraftResult> {
  const parsed = parseInput(ModelStepInput, input);
  if ("fail" in parsed) return parsed.fail;
  const { id, version } = parsed.data;

  const model = await prisma.model.findFirst({
    where: { id, ...modelScopeWhere(actor) },
    select: { id: true, state: true, ownerUnitId: true, title: true, code: true, submittedAt: true, version: true },
  });
  if (!model) return notFound();
  if (!can(actor, "edit:model:own-unit") || model.ownerUnitId !== actor.unitId) return forbidden();
  if (model.state !== "DRAFT" || model.submittedAt) return fail("illegal_state", mvi.errors.notDeletable);
  if (await prisma.model.count({ where: { replicatedFromId: model.id } }))
    return fail("illegal_state", mvi.errors.notDeletable);

  const files = await prisma.attachment.findMany({ where: { modelId: model.id }, select: { storageKey: true } });
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.model.deleteMany({
      where: { id: model.id, version, state: "DRAFT", submittedAt: null },
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: actor.userId,
      action: "model.delete-draft",
      entity: "Model",
      entityId: model.id,
      data: { fromVersion: version, title: model.title, code: model.code },
    });
    return true;
  });
  if (!done) return conflict();
  await Promise.all(files.map((f) => removeStoredFile(f.storageKey)));
  return { ok: true, id: model.id };
}
