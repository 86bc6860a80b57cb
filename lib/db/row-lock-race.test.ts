import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createModel } from "@/tests/fixtures";
import { whileRowLocked } from "./row-lock-race";

describe("whileRowLocked", () => {
  it("fails when the requests never wait on the row (no race happened)", async () => {
    const m = await createModel(prisma);
    await expect(
      whileRowLocked("Model", m.id, () => [prisma.model.findUnique({ where: { id: m.id } })]),
    ).rejects.toThrow("whileRowLocked: 0 of 2 requests ever waited on the row lock; no race happened");
  }, 30_000);

  it("releases the row once both writers wait on it, and returns their results", async () => {
    const m = await createModel(prisma);
    const bump = () =>
      prisma.model.update({ where: { id: m.id }, data: { version: { increment: 1 } }, select: { version: true } });
    const results = await whileRowLocked("Model", m.id, () => [bump(), bump()]);
    expect(results.map((r) => r.version).sort()).toEqual([m.version + 1, m.version + 2]);
  }, 30_000);
});
