import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { IM } from "@/lib/i18n/import";
import { enqueue } from "@/lib/jobs/enqueue";
import { kindSpec } from "./kinds";

export type ApplyImportResult = { ok: true } | { ok: false; message: string };

/** Queues the all-or-nothing write of a previewed file without errors. Someone else's import is "not found". */
export async function applyImport(actor: Actor, input: { id: number; version: number }): Promise<ApplyImportResult> {
  const job = await prisma.importJob.findFirst({ where: { id: input.id, actorId: actor.userId } });
  if (!job) return { ok: false, message: IM.job.notFound };
  if (!kindSpec(job.kind)?.allowed(actor)) return { ok: false, message: IM.job.forbidden };
  if (job.status !== "PREVIEWED") return { ok: false, message: IM.job.notReady };
  if (job.errorCount > 0) return { ok: false, message: IM.job.hasErrors };
  const n = await prisma.importJob.updateMany({
    where: { id: job.id, version: input.version, status: "PREVIEWED" },
    data: { status: "APPLYING", processedRows: 0, failure: null, version: { increment: 1 } },
  });
  if (n.count !== 1) return { ok: false, message: IM.job.conflict };
  await enqueue("import", { importJobId: job.id, step: "apply" });
  return { ok: true };
}
