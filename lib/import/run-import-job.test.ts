import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld } from "@/lib/models/test-world";
import { storeImportFile } from "./file-store";
import { runImportJob } from "./run-import-job";
import { modelRow, modelsCsv, setUpImportTests } from "./test-helpers";

setUpImportTests();

describe("a worker run writes only the states its step owns", () => {
  it("a preview still running when the job moved on (delivered twice, then applied) does not turn it back", async () => {
    const w = await createWorld();
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      modelRow({
        code: `DUP-${i}`,
        campaign: w.campaign.code,
        kind: "Tập thể",
        field: w.fields[0].name,
        title: `Mô hình số ${i}`,
        unitCode: w.tree.grassrootsDirect.code,
        registeredLevel: "Xã",
        outcome: "Không công nhận",
        outcomeDate: "02/01/2024",
      }),
    );
    const key = await storeImportFile(modelsCsv(rows));
    const job = await prisma.importJob.create({
      data: { kind: "MODELS", fileName: "hai-lan.csv", storageKey: key, actorId: w.provinceOfficer.userId },
    });
    const late = runImportJob(job.id, "preview");
    // The late run is reading the file (its first progress is written) when the other delivery has
    // finished and the person has pressed "Nhập dữ liệu".
    for (let i = 0; ; i++) {
      const j = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
      if (j.processedRows > 0) break;
      if (i > 2000) throw new Error("the preview never reported progress");
      await new Promise((r) => setTimeout(r, 10));
    }
    await prisma.importJob.update({ where: { id: job.id }, data: { status: "APPLYING", processedRows: 0 } });
    await late;
    const after = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(after).toMatchObject({ status: "APPLYING", processedRows: 0, failure: null });
  });

  it("a run for a step the job is no longer in changes nothing", async () => {
    const w = await createWorld();
    const job = await prisma.importJob.create({
      data: {
        kind: "MODELS",
        fileName: "xong.csv",
        storageKey: "0".repeat(32),
        actorId: w.provinceOfficer.userId,
        status: "APPLIED",
      },
    });
    await runImportJob(job.id, "preview");
    await runImportJob(job.id, "apply");
    expect(await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "APPLIED",
      version: job.version,
    });
  });
});
