import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUnit, createUser } from "@/tests/fixtures";
import { insertRows, jsonChunks, MAX_PARAM_CHARS, updateRows } from "./sql";

describe("multi-row statements in bounded parameters (ADR 0056)", () => {
  it("jsonChunks keeps every row, in order, in arrays of at most the limit (a longer row alone)", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [i, "Mô hình ".repeat(i % 7), null]);
    rows.splice(250, 0, ["x".repeat(300)]);
    const chunks = [...jsonChunks(rows, 200)];
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) {
      const parsed = JSON.parse(c) as unknown[];
      expect(c.length <= 200 || parsed.length === 1).toBe(true);
    }
    expect(chunks.flatMap((c) => JSON.parse(c) as unknown[])).toEqual(rows);
  });

  it("insertRows and updateRows write and return every row of a set larger than one statement", async () => {
    const unit = await createUnit(prisma);
    const user = await createUser(prisma, { unitId: unit.id, role: "ADMIN" });
    const n = 3000;
    // ~110 characters a row: several statements.
    const rows = Array.from({ length: n }, (_, i) => ({
      actorId: user.id,
      action: "test.sql.chunks",
      entity: "Thử",
      entityId: `E-${i}`,
      data: { i, note: "Nhập từ tệp có dấu tiếng Việt", nothing: null },
    }));
    expect(JSON.stringify(rows).length).toBeGreaterThan(3 * MAX_PARAM_CHARS);
    const written = await prisma.$transaction((tx) =>
      insertRows(
        tx,
        "AuditLog",
        { actorId: "int", action: "text", entity: "text", entityId: "text", data: "jsonb" },
        rows,
        `"entityId", "data"`,
      ),
    );
    expect(written.length).toBe(n);
    const stored = await prisma.auditLog.findMany({
      where: { action: "test.sql.chunks" },
      select: { entityId: true, data: true, actorId: true, entity: true },
    });
    const byId = new Map(stored.map((s) => [s.entityId, s]));
    expect(byId.size).toBe(n);
    for (const r of rows) {
      expect(byId.get(r.entityId)).toEqual({ entityId: r.entityId, data: r.data, actorId: user.id, entity: "Thử" });
    }

    const units: Awaited<ReturnType<typeof createUnit>>[] = [];
    for (let i = 0; i < 5; i++) units.push(await createUnit(prisma, { parentId: unit.id }));
    const longName = Array.from({ length: 4000 }, (_, i) => `Tổ dân phố ${i}`).join(", ");
    const updated = await prisma.$transaction((tx) =>
      updateRows(
        tx,
        "Unit",
        { name: "text", validTo: "date" },
        units.map((u, i) => ({ id: u.id, name: i === 2 ? longName : `Đơn vị ${i}`, validTo: null })),
        { returning: `x."name"` },
      ),
    );
    expect(updated.map((u) => u.id).sort()).toEqual(units.map((u) => u.id).sort());
    const after = await prisma.unit.findMany({ where: { id: { in: units.map((u) => u.id) } }, orderBy: { id: "asc" } });
    expect(after.map((u) => u.name)).toEqual(units.map((_, i) => (i === 2 ? longName : `Đơn vị ${i}`)));
  });
});
