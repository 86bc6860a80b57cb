import { prisma } from "@/lib/db/client";
import type { ImportJobStatus, Prisma } from "@/lib/generated/prisma/client";

/**
 * Progress of a background job lives in our own table, not in pg-boss: a page reload, another copy of
 * the portal or a restarted worker all read the same row.
 */
export async function setJobProgress(
  importJobId: number,
  data: { status?: ImportJobStatus; processedRows?: number; totalRows?: number } & Prisma.ImportJobUpdateInput,
): Promise<void> {
  await prisma.importJob.update({ where: { id: importJobId }, data: { ...data, version: { increment: 1 } } });
}

/**
 * The same, only while the row is still in one of `states` (the step that writes owns them).
 * Returns whether it wrote.
 */
export async function setJobProgressIf(
  importJobId: number,
  states: readonly ImportJobStatus[],
  data: Parameters<typeof setJobProgress>[1],
): Promise<boolean> {
  const n = await prisma.importJob.updateMany({
    where: { id: importJobId, status: { in: [...states] } },
    data: { ...data, version: { increment: 1 } } as Prisma.ImportJobUpdateManyMutationInput,
  });
  return n.count === 1;
}
