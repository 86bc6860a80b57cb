import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { linkViews } from "./accounts/link-views";
import type { LinkView } from "./accounts/link-types";
import type { CellError } from "./errors";

export type ImportJobView = {
  id: number;
  kind: string;
  status: string;
  fileName: string;
  totalRows: number;
  processedRows: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  errorCount: number;
  errors: CellError[];
  /** What the preview found besides errors (units matched by their name), as row, column, text. */
  notes: CellError[];
  failure: string | null;
  version: number;
  createdAt: string;
  result: Record<string, unknown>;
  /** Set-password links of the new accounts of an accounts import (the importer's own job only). */
  links: LinkView[];
};

/** One of the actor's own imports (others' are not found), with at most `maxErrors` errors. */
export async function getImportJob(
  actor: Pick<Actor, "userId">,
  id: number,
  maxErrors = 200,
): Promise<ImportJobView | null> {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const j = await prisma.importJob.findFirst({ where: { id, actorId: actor.userId } });
  if (!j) return null;
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    fileName: j.fileName,
    totalRows: j.totalRows,
    processedRows: j.processedRows,
    newCount: j.newCount,
    changedCount: j.changedCount,
    unchangedCount: j.unchangedCount,
    errorCount: j.errorCount,
    errors: (j.errors as unknown as CellError[]).slice(0, maxErrors),
    notes: ((j.result as { notes?: CellError[] } | null)?.notes ?? []).slice(0, maxErrors),
    failure: j.failure,
    version: j.version,
    createdAt: j.createdAt.toISOString(),
    result: j.kind === "ACCOUNTS" ? {} : (j.result as Record<string, unknown>),
    links: j.kind === "ACCOUNTS" ? await linkViews(j.result) : [],
  };
}

/** The actor's recent imports, newest first. */
export async function listImportJobs(actor: Pick<Actor, "userId">) {
  return prisma.importJob.findMany({
    where: { actorId: actor.userId },
    orderBy: { id: "desc" },
    take: 20,
    select: { id: true, kind: true, status: true, fileName: true, totalRows: true, errorCount: true, createdAt: true },
  });
}
