import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld } from "@/lib/models/test-world";
import { startJobs } from "@/lib/jobs/start-jobs";
import { applyImport } from "./apply-import";
import { startImport } from "./start-import";
import { modelRow, modelsCsv, setUpImportTests } from "./test-helpers";

setUpImportTests();

async function until(id: number, status: string) {
  for (let i = 0; i < 100; i++) {
    const j = await prisma.importJob.findUniqueOrThrow({ where: { id } });
    if (j.status === status) return j;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${id} never reached ${status}`);
}

describe("import through the job queue", () => {
  it("upload → preview in a worker → apply in a worker, progress readable from the table", async () => {
    const w = await createWorld();
    await startJobs();
    const rows = Array.from({ length: 30 }, (_, i) =>
      modelRow({
        code: `Q-${i}`,
        campaign: w.campaign.code,
        kind: "Tập thể",
        field: w.fields[1].name,
        title: `Mô hình số ${i}`,
        unitCode: w.tree.grassrootsDirect.code,
        registeredLevel: "Xã",
        outcome: "Công nhận",
        recognizedLevel: "Xã",
        outcomeDate: "02/01/2024",
      }),
    );
    const started = await startImport(w.provinceOfficer, { kind: "MODELS", fileName: "q.csv", bytes: modelsCsv(rows) });
    expect(started.ok).toBe(true);
    const id = (started as { id: number }).id;
    const previewed = await until(id, "PREVIEWED");
    expect(previewed).toMatchObject({ totalRows: 30, processedRows: 30, newCount: 30, errorCount: 0 });
    expect(await prisma.model.count({ where: { code: { startsWith: "Q-" } } })).toBe(0);
    expect(await applyImport(w.provinceOfficer, previewed)).toEqual({ ok: true });
    await until(id, "APPLIED");
    expect(
      await prisma.model.count({ where: { code: { startsWith: "Q-" }, imported: true, state: "RECOGNIZED" } }),
    ).toBe(30);
  });
});
