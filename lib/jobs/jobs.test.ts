import { afterAll, describe, expect, it } from "vitest";
import { waitFor } from "@/tests/wait-for";
import { prisma } from "@/lib/db/client";
import { createUnit, createUser } from "@/tests/fixtures";
import { stopBoss } from "./boss";
import { enqueue } from "./enqueue";
import { setJobProgress } from "./progress";
import { startJobs } from "./start-jobs";

afterAll(() => stopBoss(2000));

describe("job queue (pg-boss on the portal's PostgreSQL)", () => {
  it("runs a sent job in a worker that records progress in ImportJob, readable by anyone", async () => {
    const unit = await createUnit(prisma);
    const user = await createUser(prisma, { unitId: unit.id, role: "ADMIN" });
    const job = await prisma.importJob.create({
      data: { kind: "MODELS", fileName: "a.csv", storageKey: "0".repeat(32), actorId: user.id },
    });
    const seen: number[] = [];
    await startJobs({
      import: async ({ importJobId, step }) => {
        seen.push(importJobId);
        expect(step).toBe("preview");
        await setJobProgress(importJobId, { status: "PREVIEWING", totalRows: 10, processedRows: 5 });
        await setJobProgress(importJobId, { status: "PREVIEWED", processedRows: 10 });
      },
    });
    const bossId = await enqueue("import", { importJobId: job.id, step: "preview" });
    expect(bossId).toMatch(/[0-9a-f-]{36}/);
    const done = await waitFor(async () => {
      const row = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
      return row.status === "PREVIEWED" ? row : undefined;
    });
    expect(seen).toEqual([job.id]);
    expect(done).toMatchObject({ totalRows: 10, processedRows: 10, version: 3 });
    // pg-boss keeps its own tables in its own schema of the same database.
    const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM pgboss.job WHERE id = ${bossId}::uuid AND state = 'completed'`;
    expect(Number(n)).toBe(1);
  });
});
