import { audit } from "@/lib/audit";
import { loadActorById } from "./actor";
import { prisma } from "@/lib/db/client";
import type { ImportJobStatus, Prisma } from "@/lib/generated/prisma/client";
import { IM } from "@/lib/i18n/import";
import { setJobProgress, setJobProgressIf } from "@/lib/jobs/progress";
import { ImportFileError } from "./errors";
import { importFilePath } from "./file-store";
import type { ImportPlan } from "./kind";
import { kindSpec } from "./kinds";
import { MAX_STORED_ERRORS } from "./limits";
import { ImportConflictError } from "./sql";
import { openTable } from "./read-table";
import { openRecordedRows, recordRows, removeRecordedRows, type RowRecorder } from "./recorded-rows";

/** The job states a step owns: its writes are conditional on them. */
function ownedStates(step: "preview" | "apply"): ImportJobStatus[] {
  return step === "preview" ? ["QUEUED", "PREVIEWING"] : ["APPLYING"];
}

/**
 * The last retry of a step failed (lib/jobs dead letter): the job ends FAILED with a message the person
 * sees, unless a newer step has moved it on meanwhile. An apply failed inside its one transaction, so
 * nothing of the file was written.
 */
export async function failImportJob(importJobId: number, step: "preview" | "apply"): Promise<void> {
  const failed = await setJobProgressIf(importJobId, ownedStates(step), {
    status: "FAILED",
    failure: IM.job.systemError,
    finishedAt: new Date(),
  });
  const job = failed ? await prisma.importJob.findUnique({ where: { id: importJobId } }) : null;
  if (job) await removeRecordedRows(importFilePath(job.storageKey));
}

/**
 * The worker side of an import (queue "import"). Preview reads and checks the whole file and stores the
 * counts and errors; apply checks every row again (the database may have changed meanwhile), and writes
 * everything in one transaction only if there is still no error. Both are safe to retry. A preview
 * without errors records the rows it read (lib/import/recorded-rows.ts): the apply reads those instead
 * of parsing the spreadsheet again, and falls back to the file when there is no recording.
 */
export async function runImportJob(importJobId: number, step: "preview" | "apply"): Promise<void> {
  const job = await prisma.importJob.findUnique({ where: { id: importJobId } });
  if (!job) return;
  // The states this step owns. Every write below is conditional on them: a run delivered twice, or one
  // that was retried while an earlier attempt still ran, never overwrites what a newer step wrote (an
  // earlier preview finishing after the person pressed "Nhập dữ liệu" used to turn APPLYING back).
  const owned = ownedStates(step);
  if (!owned.includes(job.status)) return;
  const write = (data: Parameters<typeof setJobProgress>[1]) => setJobProgressIf(job.id, owned, data);
  const spec = kindSpec(job.kind);
  const actor = await loadActorById(job.actorId);
  if (!spec || !actor || !spec.allowed(actor)) {
    await write({ status: "FAILED", failure: IM.job.forbidden, finishedAt: new Date() });
    return;
  }
  if (step === "preview" && !(await write({ status: "PREVIEWING", processedRows: 0 }))) return;
  const file = importFilePath(job.storageKey);
  let plan: ImportPlan;
  let recorder: RowRecorder | null = null;
  try {
    const recorded = step === "apply" ? await openRecordedRows(file) : null;
    const table =
      recorded ??
      (await openTable(file, { dataSheet: spec.dataSheet, allowedSheets: [IM.sheet.instructions, IM.sheet.lists] }));
    if (step === "preview") recorder = recordRows(table, file);
    plan = await spec.plan(recorder?.table ?? table, {
      actor,
      onProgress: async (n) => {
        await write({ processedRows: step === "apply" ? Math.floor(n / 2) : n });
      },
    });
    if (recorder && plan.errors.length) await recorder.drop();
    else await recorder?.keep();
  } catch (err) {
    await recorder?.drop();
    if (!(err instanceof ImportFileError)) throw err;
    // The person sees the Vietnamese reason; the log keeps the reader's own error behind it.
    console.error(`[import] job ${job.id} (${step}): ${err.message}`, err.cause ?? "");
    await write({ status: "FAILED", failure: err.message, finishedAt: new Date() });
    return;
  }
  try {
    const counts = {
      totalRows: plan.counts.total,
      newCount: plan.counts.new,
      changedCount: plan.counts.changed,
      unchangedCount: plan.counts.unchanged,
      // Rows with at least one error (a row may have several): what the person has to fix.
      errorCount: new Set(plan.errors.map((e) => e.row)).size,
      errors: plan.errors.slice(0, MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue,
    };
    const notes = plan.notes?.length ? { notes: plan.notes } : {};
    if (step === "preview") {
      await write({
        status: "PREVIEWED",
        processedRows: plan.counts.total,
        ...counts,
        result: notes as Prisma.InputJsonValue,
        finishedAt: new Date(),
      });
      return;
    }
    if (plan.errors.length) {
      await write({ status: "PREVIEWED", ...counts, failure: IM.job.changedSincePreview });
      return;
    }
    try {
      await prisma.$transaction(
        async (tx) => {
          const result = await plan.apply(tx, { actor, fileName: job.fileName });
          await audit(tx, {
            actorId: actor.userId,
            action: "import.apply",
            entity: "ImportJob",
            entityId: job.id,
            data: { kind: job.kind, fileName: job.fileName, rows: plan.counts } as unknown as Prisma.InputJsonValue,
          });
          const n = await tx.importJob.updateMany({
            where: { id: job.id, status: "APPLYING" },
            data: {
              ...counts,
              status: "APPLIED",
              processedRows: plan.counts.total,
              result: { ...notes, ...result } as Prisma.InputJsonValue,
              finishedAt: new Date(),
              version: { increment: 1 },
            },
          });
          if (n.count !== 1) throw new ImportConflictError();
        },
        { timeout: 15 * 60_000, maxWait: 60_000 },
      );
      await removeRecordedRows(file);
    } catch (err) {
      if (!(err instanceof ImportConflictError)) throw err;
      // Only if no other worker finished it meanwhile (a retried job must not undo an applied import).
      await prisma.importJob.updateMany({
        where: { id: job.id, status: "APPLYING" },
        data: { status: "PREVIEWED", failure: err.message, version: { increment: 1 } },
      });
    }
  } finally {
    await plan.dispose?.();
  }
}
