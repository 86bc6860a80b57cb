import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { ImportKind } from "@/lib/generated/prisma/client";
import { IM } from "@/lib/i18n/import";
import { enqueue } from "@/lib/jobs/enqueue";
import { storeImportFile } from "./file-store";
import { kindSpec } from "./kinds";
import { MAX_FILE_BYTES } from "./limits";

export type StartImportInput = { kind: ImportKind; fileName: string; bytes: Uint8Array };
export type StartImportResult = { ok: true; id: number } | { ok: false; message: string };

/** Stores the uploaded file and queues its preview; nothing else is written until the user applies it. */
export async function startImport(actor: Actor, input: StartImportInput): Promise<StartImportResult> {
  const spec = kindSpec(input.kind);
  if (!spec || !spec.allowed(actor)) return { ok: false, message: IM.job.forbidden };
  if (!input.bytes.byteLength) return { ok: false, message: IM.job.fileRequired };
  if (input.bytes.byteLength > MAX_FILE_BYTES)
    return { ok: false, message: IM.file.tooLarge(MAX_FILE_BYTES / 1024 / 1024) };
  const storageKey = await storeImportFile(input.bytes);
  const fileName =
    input.fileName
      .normalize("NFC")
      .replace(/[\u0000-\u001f]/g, "")
      .slice(0, 200) || "tep-nhap";
  const job = await prisma.importJob.create({
    data: { kind: input.kind, fileName, storageKey, actorId: actor.userId },
  });
  await enqueue("import", { importJobId: job.id, step: "preview" });
  return { ok: true, id: job.id };
}
