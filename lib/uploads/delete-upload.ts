import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { EDITABLE_STATES } from "@/lib/workflow/state-machine";
import { fail, forbidden, notFound, type Result } from "@/lib/result";
import { uploadsText } from "@/lib/i18n/uploads";
import { removeStoredFile } from "./thumbnail";
import { parseDbId } from "@/lib/validation/text";

/**
 * Removes an evidence file of the actor's unit's model, only while the dossier is editable (DRAFT,
 * NEEDS_REVISION): what a committee has started to review stays as it was sent. The bytes are
 * removed after the row is gone, so a failure never leaves a row pointing at nothing.
 */
export async function deleteUpload(actor: Actor, input: { id: number | string }): Promise<Result<{ id: number }>> {
  const id = parseDbId(input.id);
  if (id === null) return notFound(uploadsText.fileNotFound);
  const file = await prisma.attachment.findFirst({
    where: { id, model: modelScopeWhere(actor) },
    select: {
      id: true,
      storageKey: true,
      fileName: true,
      model: { select: { id: true, state: true, ownerUnitId: true } },
    },
  });
  if (!file || !file.model) return notFound(uploadsText.fileNotFound);
  const model = file.model;
  if (!can(actor, "edit:model:own-unit") || model.ownerUnitId !== actor.unitId) return forbidden();
  if (!EDITABLE_STATES.includes(model.state)) return fail("illegal_state", uploadsText.notEditable);

  const deleted = await prisma.$transaction(async (tx) => {
    const { count } = await tx.attachment.deleteMany({
      where: { id: file.id, model: { state: { in: [...EDITABLE_STATES] } } },
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: actor.userId,
      action: "attachment.delete",
      entity: "Attachment",
      entityId: file.id,
      data: { modelId: model.id, fileName: file.fileName },
    });
    return true;
  });
  if (!deleted) return fail("illegal_state", uploadsText.notEditable);
  await removeStoredFile(file.storageKey);
  return { ok: true, id: file.id };
}
