import { afterAll, describe, expect, it } from "vitest";
import { waitFor } from "@/tests/wait-for";
import { prisma } from "@/lib/db/client";
import { IM } from "@/lib/i18n/import";
import { stopBoss } from "@/lib/jobs/boss";
import { enqueue } from "@/lib/jobs/enqueue";
import { startJobs } from "@/lib/jobs/start-jobs";
import { HANDLERS } from "@/lib/jobs/workers";
import { createWorld } from "@/lib/models/test-world";
import { setUpImportTests } from "./test-helpers";

setUpImportTests();
afterAll(() => stopBoss(2000));

describe("an import job whose retries are used up", () => {
  it("ends FAILED with a Vietnamese message (preview and apply), and never overwrites a job that moved on", async () => {
    const w = await createWorld();
    const data = { kind: "MODELS" as const, storageKey: "0".repeat(32), actorId: w.provinceOfficer.userId };
    const previewing = await prisma.importJob.create({ data: { ...data, fileName: "a.csv", status: "PREVIEWING" } });
    const applying = await prisma.importJob.create({ data: { ...data, fileName: "b.csv", status: "APPLYING" } });
    const applied = await prisma.importJob.create({ data: { ...data, fileName: "c.csv", status: "APPLIED" } });
    const attempts = new Map<number, number>();
    await startJobs({
      // A bug or a lost database connection on every attempt.
      import: async ({ importJobId }) => {
        attempts.set(importJobId, (attempts.get(importJobId) ?? 0) + 1);
        throw new Error("boom");
      },
      importFailed: HANDLERS.importFailed,
    });
    await enqueue("import", { importJobId: previewing.id, step: "preview" }, { retryLimit: 1, retryDelay: 0 });
    await enqueue("import", { importJobId: applying.id, step: "apply" }, { retryLimit: 1, retryDelay: 0 });
    // A late dead letter of an apply that another attempt has since finished.
    await enqueue("import", { importJobId: applied.id, step: "apply" }, { retryLimit: 0 });

    for (const job of [previewing, applying]) {
      const failed = await waitFor(async () => {
        const row = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
        return row.status === "FAILED" ? row : undefined;
      }, 25_000);
      expect(failed.failure).toBe(IM.job.systemError);
      expect(failed.finishedAt).not.toBeNull();
      expect(attempts.get(job.id)).toBe(2);
    }
    await waitFor(async () => {
      const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pgboss.job WHERE name = 'import-failed' AND state = 'completed'
          AND (data->>'importJobId')::int = ${applied.id}`;
      return Number(n) === 1 ? true : undefined;
    }, 25_000);
    expect(await prisma.importJob.findUniqueOrThrow({ where: { id: applied.id } })).toMatchObject({
      status: "APPLIED",
      failure: null,
      version: applied.version,
    });
  });

  it("the jobs the portal sends carry the dead-letter queue and the default retries", async () => {
    const w = await createWorld();
    const job = await prisma.importJob.create({
      data: { kind: "MODELS", fileName: "d.csv", storageKey: "1".repeat(32), actorId: w.provinceOfficer.userId },
    });
    const id = await enqueue("import", { importJobId: job.id, step: "preview" });
    const [row] = await prisma.$queryRaw<{ dead_letter: string; retry_limit: number }[]>`
      SELECT dead_letter, retry_limit FROM pgboss.job WHERE id = ${id}::uuid`;
    expect(row).toEqual({ dead_letter: "import-failed", retry_limit: 2 });
  });
});
