import type PgBoss from "pg-boss";
import { prisma } from "@/lib/db/client";
import { QUEUES } from "@/lib/jobs/queues";
import { scheduleRecurring } from "@/lib/jobs/recurring";
import { importFilePath } from "./file-store";
import { removeRecordedRows } from "./recorded-rows";

/** A preview nobody applied keeps its recorded rows this long (the apply reads the file itself after that). */
export const RECORDING_KEPT_MS = 7 * 24 * 60 * 60 * 1000;
/** Daily at 03:30 Vietnamese time, whichever copy of the portal picks it up. */
export const IMPORT_PURGE_CRON = "30 3 * * *";

/**
 * Removes the recorded rows (lib/import/recorded-rows.ts, ~3× the upload's size) of previews left
 * unapplied for RECORDING_KEPT_MS. An apply and a failure remove their own at once; this catches the
 * previews nobody went on with. Safe at any time: an apply without its recording reads the upload again.
 * The uploads themselves are kept (the error file and the audit refer to them). Returns how many jobs it
 * looked at.
 */
export async function purgeImportRecordings(now = new Date()): Promise<number> {
  const jobs = await prisma.importJob.findMany({
    where: { status: "PREVIEWED", updatedAt: { lt: new Date(now.getTime() - RECORDING_KEPT_MS) } },
    select: { storageKey: true },
  });
  for (const j of jobs) await removeRecordedRows(importFilePath(j.storageKey));
  return jobs.length;
}

/** Its schedule and its worker (idempotent across restarts and copies). */
export async function scheduleImportPurge(boss: PgBoss): Promise<void> {
  await scheduleRecurring(boss, QUEUES.importPurge, IMPORT_PURGE_CRON, 60, () => purgeImportRecordings());
}
