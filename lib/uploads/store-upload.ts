import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { prisma, type Tx } from "@/lib/db/client";
import { normalizeLine, parseDbId } from "@/lib/validation/text";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { checkModelTransition } from "@/lib/workflow/context";
import { EDITABLE_STATES, REPORTABLE_STATES } from "@/lib/workflow/state-machine";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { fail, forbidden, invalidFields, notFound, type Fail, type Result } from "@/lib/result";
import { MAX_FILES_PER_MODEL, MAX_UPLOAD_BYTES } from "./limits";
import { uploadsText } from "@/lib/i18n/uploads";
import { FILE_KINDS, kindForExtension, sniff, type FileKind } from "./sniff";
import { newStorageKey, storagePath, uploadDir } from "./storage";

/** What FormData.get("file") gives in a server action (a File), or anything with the same shape. */
export type UploadedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

export type StoreUploadInput = {
  modelId: number | string;
  /** Evidence of a progress report rather than of the dossier. */
  progressReportId?: number | string | null;
  file: UploadedFile | string | null | undefined;
};

export type StoredAttachment = { id: number; fileName: string; mimeType: string; sizeBytes: number; sha256: string };

/**
 * Stores one evidence file of the actor's unit's model. Dossier evidence only while the dossier is
 * editable (DRAFT, NEEDS_REVISION), at most 10 files; progress-report evidence while reports are
 * allowed, at most 10 per report. The type comes from the bytes and must agree with the extension.
 */
export async function storeUpload(
  actor: Actor,
  input: StoreUploadInput,
): Promise<Result<{ attachment: StoredAttachment }>> {
  const modelId = toId(input.modelId);
  const hasReport = input.progressReportId != null && input.progressReportId !== "";
  const reportId = hasReport ? toId(input.progressReportId!) : null;
  if (modelId === null || (hasReport && reportId === null)) return notFound();
  const model = await prisma.model.findFirst({
    where: { id: modelId, ...modelScopeWhere(actor) },
    select: {
      id: true,
      state: true,
      ownerUnitId: true,
      reviewUnitId: true,
      reviewLevel: true,
      recognizedLevel: true,
      typicalLevel: true,
    },
  });
  if (!model) return notFound();
  if (!can(actor, "edit:model:own-unit") || model.ownerUnitId !== actor.unitId) return forbidden();
  if (reportId !== null) {
    const report = await prisma.progressReport.findFirst({
      where: { id: reportId, modelId: model.id },
      select: { id: true },
    });
    if (!report) return fail("not_found", uploadsText.reportNotFound);
    if (!REPORTABLE_STATES.includes(model.state)) return fail("illegal_state", uploadsText.notReportable);
  } else {
    const check = checkModelTransition(actor, model, "UPDATE");
    if (!check.ok) return fail(check.code, check.code === "illegal_state" ? uploadsText.notEditable : check.message);
  }

  const checked = await checkUploadFile(input.file);
  if (!checked.ok) return checked;
  const stored = await writeUploadBytes(checked.file);

  try {
    const attachment = await prisma.$transaction(async (tx) => {
      // Serialises uploads of one model so two concurrent ones cannot both pass the count, and re-reads
      // the state: a submit committed since the check above must not get a file added behind it.
      const [locked] = await tx.$queryRaw<
        { state: ModelState }[]
      >`SELECT state FROM "Model" WHERE id = ${model.id} FOR UPDATE`;
      const allowed = reportId === null ? EDITABLE_STATES : REPORTABLE_STATES;
      if (!locked || !allowed.includes(locked.state)) return "illegal_state" as const;
      const count = await tx.attachment.count({
        where: reportId === null ? { modelId: model.id, progressReportId: null } : { progressReportId: reportId },
      });
      if (count >= MAX_FILES_PER_MODEL) return null;
      return createAttachmentRow(tx, actor, { modelId: model.id, progressReportId: reportId }, stored);
    });
    if (attachment === "illegal_state") {
      await discardUploadBytes([stored]);
      return fail("illegal_state", reportId === null ? uploadsText.notEditable : uploadsText.notReportable);
    }
    if (!attachment) {
      await discardUploadBytes([stored]);
      return invalidFields({ file: [uploadsText.tooMany] }, uploadsText.tooMany);
    }
    return { ok: true, attachment };
  } catch (err) {
    await discardUploadBytes([stored]);
    throw err;
  }
}

/** A file whose name, size and bytes passed every check, ready to be written. */
export type CheckedUpload = { fileName: string; kind: FileKind; bytes: Uint8Array; sha256: string };
/** A checked file written to the file store (its bytes released), not yet recorded. */
export type WrittenUpload = Omit<CheckedUpload, "bytes"> & { sizeBytes: number; storageKey: string };

/**
 * Every check of one evidence file that needs no database: present, at most 10 MB (declared and real),
 * not empty, an accepted extension, and bytes of the kind the extension claims (no Word macros).
 * Answers the Vietnamese field error under `file` otherwise.
 */
export async function checkUploadFile(
  file: UploadedFile | string | null | undefined,
): Promise<{ ok: true; file: CheckedUpload } | Fail> {
  if (!file || typeof file === "string") return invalidFields({ file: [uploadsText.missing] }, uploadsText.invalid);
  const fileName = cleanFileName(file.name);
  if (file.size > MAX_UPLOAD_BYTES)
    return invalidFields({ file: [uploadsText.tooLarge(fileName)] }, uploadsText.invalid);
  if (file.size === 0) return invalidFields({ file: [uploadsText.empty(fileName)] }, uploadsText.invalid);
  const claimed = kindForExtension(path.extname(fileName).slice(1));
  if (!claimed) return invalidFields({ file: [uploadsText.badType] }, uploadsText.invalid);

  const bytes = new Uint8Array(await file.arrayBuffer());
  // The declared size is the client's word; the bytes are what we store.
  if (bytes.length > MAX_UPLOAD_BYTES)
    return invalidFields({ file: [uploadsText.tooLarge(fileName)] }, uploadsText.invalid);
  const actual = sniff(bytes);
  if (actual?.kind !== claimed) {
    return invalidFields({ file: [uploadsText.mismatch(fileName, uploadsText.kinds[claimed])] }, uploadsText.invalid);
  }
  if (actual.kind === "docx" && actual.docxHasMacros)
    return invalidFields({ file: [uploadsText.macro] }, uploadsText.invalid);
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  return { ok: true, file: { fileName, kind: claimed, bytes, sha256 } };
}

/** Writes a checked file under a new random key, owner-only on the host (0700 folders, 0600 files). */
export async function writeUploadBytes(file: CheckedUpload): Promise<WrittenUpload> {
  const storageKey = newStorageKey();
  const target = storagePath(storageKey);
  // Whatever the umask: evidence may be personal data.
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await fs.chmod(path.dirname(target), 0o700);
  await fs.chmod(uploadDir(), 0o700);
  await fs.writeFile(target, file.bytes, { flag: "wx", mode: 0o600 });
  return { fileName: file.fileName, kind: file.kind, sha256: file.sha256, sizeBytes: file.bytes.length, storageKey };
}

/** Removes written files that will not be recorded (a refused or failed save). */
export async function discardUploadBytes(files: readonly WrittenUpload[]): Promise<void> {
  await Promise.all(files.map((f) => fs.rm(storagePath(f.storageKey), { force: true })));
}

/** The Attachment row of a written file and its audit entry, inside the caller's transaction. */
export async function createAttachmentRow(
  tx: Tx,
  actor: Actor,
  owner: { modelId: number; progressReportId: number | null },
  file: WrittenUpload,
): Promise<StoredAttachment> {
  const created = await tx.attachment.create({
    data: {
      modelId: owner.modelId,
      progressReportId: owner.progressReportId,
      fileName: file.fileName,
      mimeType: FILE_KINDS[file.kind].mime,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      storageKey: file.storageKey,
      uploadedById: actor.userId,
    },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true },
  });
  await audit(tx, {
    actorId: actor.userId,
    action: "attachment.upload",
    entity: "Attachment",
    entityId: created.id,
    data: { ...owner, fileName: file.fileName, sizeBytes: file.sizeBytes, sha256: file.sha256 },
  });
  return created;
}

function toId(v: number | string): number | null {
  return parseDbId(v);
}

/** The name shown and offered on download: no path, no control characters, NFC, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = normalizeLine(normalizeLine(name).split(/[\\/]/).pop() ?? "");
  if (base.length <= 200) return base || "tep-dinh-kem";
  const ext = path.extname(base);
  return base.slice(0, 200 - ext.length) + ext;
}
