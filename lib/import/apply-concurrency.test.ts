import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { IM } from "@/lib/i18n/import";
import { createWorld } from "@/lib/models/test-world";
import { applyImport } from "./apply-import";
import { runImportJob } from "./run-import-job";
import { modelRow, modelsCsv, preview, setUpImportTests } from "./test-helpers";

setUpImportTests();

const rows = (campaign: string, field: string, unitCode: string, prefix: string) =>
  Array.from({ length: 300 }, (_, i) =>
    modelRow({
      code: `${prefix}-${i}`,
      campaign,
      kind: "Tập thể",
      field,
      title: `Mô hình số ${i}`,
      unitCode,
      registeredLevel: "Xã",
      outcome: "Công nhận",
      recognizedLevel: "Xã",
      outcomeDate: "02/01/2024",
    }),
  );

async function applyJobsQueued(importJobId: number): Promise<number> {
  const [r] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job
    WHERE name = 'import' AND data->>'step' = 'apply' AND (data->>'importJobId')::int = ${importJobId}`;
  return r.n;
}

describe("preview → apply when two tabs or two deliveries race", () => {
  it("two tabs press “Nhập dữ liệu” at once: one is queued, the other is told the job changed", async () => {
    const w = await createWorld();
    const job = await preview(
      w.provinceOfficer,
      modelsCsv(rows(w.campaign.code, w.fields[0].name, w.tree.grassrootsDirect.code, "TAB")),
    );
    expect(job).toMatchObject({ status: "PREVIEWED", newCount: 300, errorCount: 0 });
    const results = await Promise.all([
      applyImport(w.provinceOfficer, { id: job.id, version: job.version }),
      applyImport(w.provinceOfficer, { id: job.id, version: job.version }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, message: expect.any(String) }]);
    const refused = results.find((r) => !r.ok) as { message: string };
    expect([IM.job.conflict, IM.job.notReady]).toContain(refused.message);
    expect(await applyJobsQueued(job.id)).toBe(1);
    // A tab still showing the preview after the import ran is refused too.
    await runImportJob(job.id, "apply");
    expect(await applyImport(w.provinceOfficer, { id: job.id, version: job.version })).toEqual({
      ok: false,
      message: IM.job.notReady,
    });
    expect(await applyJobsQueued(job.id)).toBe(1);
  });

  it("the apply delivered twice at once writes the models once, with one audit entry", async () => {
    const w = await createWorld();
    const job = await preview(
      w.provinceOfficer,
      modelsCsv(rows(w.campaign.code, w.fields[0].name, w.tree.grassrootsDirect.code, "TWICE")),
    );
    expect(await applyImport(w.provinceOfficer, { id: job.id, version: job.version })).toEqual({ ok: true });
    await Promise.allSettled([runImportJob(job.id, "apply"), runImportJob(job.id, "apply")]);
    const after = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(after).toMatchObject({ status: "APPLIED", newCount: 300, failure: null });
    expect(await prisma.model.count({ where: { code: { startsWith: "TWICE-" } } })).toBe(300);
    expect(
      await prisma.auditLog.count({ where: { action: "import.apply", entity: "ImportJob", entityId: String(job.id) } }),
    ).toBe(1);
    // One recognition per model and one set of review events: the losing delivery left nothing behind.
    expect(await prisma.recognition.count({ where: { model: { code: { startsWith: "TWICE-" } } } })).toBe(300);
    const events = await prisma.reviewEvent.groupBy({
      by: ["modelId", "action"],
      where: { model: { code: { startsWith: "TWICE-" } } },
      _count: { _all: true },
    });
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e._count._all > 1)).toEqual([]);
  });
});
