import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { createWorld } from "@/lib/models/test-world";
import { importFilePath } from "./file-store";
import { IMPORT_PURGE_CRON, purgeImportRecordings, RECORDING_KEPT_MS, scheduleImportPurge } from "./purge-recordings";
import { recordedRowsPath } from "./recorded-rows";
import { runImportJob } from "./run-import-job";
import { modelRow, modelsCsv, preview, setUpImportTests } from "./test-helpers";

setUpImportTests();
afterAll(() => stopBoss(2000));

describe("recorded rows of previews nobody applied", () => {
  it("are removed after 7 days; recent previews keep theirs; the apply still works without one", async () => {
    const w = await createWorld();
    const file = (n: number) =>
      modelsCsv(
        Array.from({ length: 5 }, (_, i) =>
          modelRow({
            code: `PURGE-${n}-${i}`,
            campaign: w.campaign.code,
            kind: "Tập thể",
            field: w.fields[0].name,
            title: `Mô hình ${n}.${i}`,
            unitCode: w.tree.grassrootsDirect.code,
            registeredLevel: "Xã",
            outcome: "Không công nhận",
            outcomeDate: "02/01/2024",
          }),
        ),
      );
    const old = await preview(w.provinceOfficer, file(1));
    const recent = await preview(w.provinceOfficer, file(2));
    const recording = (job: { storageKey: string }) => recordedRowsPath(importFilePath(job.storageKey));
    expect(fs.existsSync(recording(old))).toBe(true);
    expect(fs.existsSync(recording(recent))).toBe(true);

    const now = new Date();
    await prisma.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = ${new Date(now.getTime() - RECORDING_KEPT_MS - 60_000)}
      WHERE id = ${old.id}`;
    await prisma.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = ${new Date(now.getTime() - RECORDING_KEPT_MS + 60_000)}
      WHERE id = ${recent.id}`;
    expect(await purgeImportRecordings(now)).toBe(1);
    expect(fs.existsSync(recording(old))).toBe(false);
    expect(fs.existsSync(recording(recent))).toBe(true);
    expect(fs.existsSync(importFilePath(old.storageKey)), "the upload itself is kept").toBe(true);

    // Applied a week late: the rows are read from the upload again.
    await prisma.importJob.update({ where: { id: old.id }, data: { status: "APPLYING" } });
    await runImportJob(old.id, "apply");
    expect(await prisma.importJob.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: "APPLIED" });
    expect(await prisma.model.count({ where: { code: { startsWith: "PURGE-1-" } } })).toBe(5);
  });

  it("is on the pg-boss schedule (daily) once the jobs start", async () => {
    await scheduleImportPurge(await getBoss());
    const [row] = await prisma.$queryRaw<{ name: string; cron: string }[]>`
      SELECT name, cron FROM pgboss.schedule WHERE name = ${QUEUES.importPurge}`;
    expect(row).toEqual({ name: QUEUES.importPurge, cron: IMPORT_PURGE_CRON });
  });
});
