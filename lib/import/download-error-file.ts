import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { IM } from "@/lib/i18n/import";
import type { CellError } from "./errors";
import { ImportFileError } from "./errors";
import { errorFile } from "./export-file";
import { importFilePath } from "./file-store";
import { kindSpec } from "./kinds";
import { openTable } from "./read-table";

/**
 * The uploaded spreadsheet with an error column (lib/import/export-file.ts errorFile), for one of the actor's
 * own imports; null = not found.
 */
export async function downloadErrorFile(actor: Actor, id: number): Promise<{ fileName: string; bytes: Buffer } | null> {
  const job = await prisma.importJob.findFirst({ where: { id, actorId: actor.userId } });
  const spec = job && kindSpec(job.kind);
  if (!job || !spec) return null;
  const errors = job.errors as unknown as CellError[];
  // The template's lists as this person's template has them (issuers and campaigns in their scope).
  const lists = (await spec.dynamicAllowed?.(actor)) ?? {};
  const stem = job.fileName.replace(/\.[^.]+$/, "");
  const fileName = `${stem}-loi.xlsx`;
  try {
    const table = await openTable(importFilePath(job.storageKey), {
      dataSheet: spec.dataSheet,
      allowedSheets: [IM.sheet.instructions, IM.sheet.lists],
    });
    return {
      fileName,
      bytes: await errorFile(spec, table.headers, table.rows, errors, job.failure ? [job.failure] : [], lists),
    };
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err;
    return {
      fileName,
      bytes: await errorFile(
        spec,
        spec.columns.map((c) => c.header),
        (async function* () {})(),
        errors,
        [err.message],
        lists,
      ),
    };
  }
}
