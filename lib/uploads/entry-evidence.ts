import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import { uploadsText } from "@/lib/i18n/uploads";
import { invalidFields, type Fail, type FieldErrors } from "@/lib/result";
import { MAX_FILES_PER_MODEL } from "./limits";
import {
  checkUploadFile,
  createAttachmentRow,
  discardUploadBytes,
  writeUploadBytes,
  type UploadedFile,
  type WrittenUpload,
} from "./store-upload";

/**
 * Evidence files that come with a committee's entry for a unit (registration on behalf, historic entry;
 * ADR 0052). Unlike a unit's own form, which saves the dossier and then says which files it left behind,
 * an entry is sent (or decided) at once and nobody can add files afterwards, so it is all or nothing:
 * every file is checked, as storeUpload checks one, and written to the file store one at a time (so at most
 * one file's bytes are held); if any is refused, the written ones are removed and the form gets one
 * Vietnamese message per refused file under `files`, and nothing is saved.
 */
async function writeEntryEvidence(
  files: readonly UploadedFile[],
): Promise<{ ok: true; written: WrittenUpload[] } | { ok: false; fieldErrors: FieldErrors }> {
  if (files.length > MAX_FILES_PER_MODEL) return { ok: false, fieldErrors: { files: [uploadsText.tooMany] } };
  const written: WrittenUpload[] = [];
  const errors: string[] = [];
  try {
    for (const file of files) {
      const checked = await checkUploadFile(file);
      if (!checked.ok) errors.push(checked.fieldErrors?.file?.[0] ?? checked.message);
      else if (!errors.length) written.push(await writeUploadBytes(checked.file));
    }
  } catch (err) {
    await discardUploadBytes(written);
    throw err;
  }
  if (errors.length) {
    await discardUploadBytes(written);
    return { ok: false, fieldErrors: { files: errors } };
  }
  return { ok: true, written };
}

/** Records the written files as the new model's dossier evidence, inside the transaction that creates it. */
async function attachEntryEvidence(tx: Tx, actor: Actor, modelId: number, written: readonly WrittenUpload[]) {
  for (const file of written) await createAttachmentRow(tx, actor, { modelId, progressReportId: null }, file);
}

/**
 * The whole life of an entry's evidence: writes the files (or answers the refusal), runs `save`, which
 * records them with `attach(tx, modelId)` in the transaction that creates the model, and afterwards
 * removes every written file no Attachment row points to: a refused or failed save, a retried
 * transaction's rolled-back rows, or a repeated submission answered with the first one's model.
 */
export async function saveWithEntryEvidence<T>(
  actor: Actor,
  files: readonly UploadedFile[],
  save: (attach: (tx: Tx, modelId: number) => Promise<void>) => Promise<T>,
): Promise<T | Fail> {
  const evidence = await writeEntryEvidence(files);
  if (!evidence.ok) return invalidFields(evidence.fieldErrors, uploadsText.invalid);
  try {
    return await save((tx, modelId) => attachEntryEvidence(tx, actor, modelId, evidence.written));
  } finally {
    if (evidence.written.length) {
      const kept = await prisma.attachment.findMany({
        where: { storageKey: { in: evidence.written.map((f) => f.storageKey) } },
        select: { storageKey: true },
      });
      const keys = new Set(kept.map((k) => k.storageKey));
      await discardUploadBytes(evidence.written.filter((f) => !keys.has(f.storageKey)));
    }
  }
}
