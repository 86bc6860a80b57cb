import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld } from "@/lib/models/test-world";
import { stopBoss } from "@/lib/jobs/boss";
import { startJobs } from "@/lib/jobs/start-jobs";
import { applyImport } from "./apply-import";
import { MODEL_COLUMNS } from "./models/columns";
import { startImport } from "./start-import";
import { csv, setTempUploadDir } from "./test-helpers";

setTempUploadDir();
afterAll(() => stopBoss(2000));

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
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Q-${i}`,
      w.campaign.code,
      "Tập thể",
      w.fields[1].name,
      `Mô hình số ${i}`,
      w.tree.grassrootsDirect.code,
      "",
      "",
      "",
      "",
      "Xã",
      "Công nhận",
      "Xã",
      "02/01/2024",
      "",
    ]);
    const started = await startImport(w.provinceOfficer, {
      kind: "MODELS",
      fileName: "q.csv",
      bytes: Buffer.from(csv([MODEL_COLUMNS.map((c) => c.header), ...rows])),
    });
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
