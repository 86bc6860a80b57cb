import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { ModelState, UnitLevel } from "@/lib/generated/prisma/enums";
import { createWorld, modelOf, type World } from "@/lib/models/test-world";
import { MODEL_STATES } from "@/lib/workflow/state-machine";
import { heldCounts } from "./held-counts";

let w: World;
let committees: { id: number; level: UnitLevel }[];
let ids: number[] = [];

beforeAll(async () => {
  w = await createWorld();
  committees = [
    { id: w.tree.communeDirect.id, level: "COMMUNE" },
    { id: w.tree.province.id, level: "PROVINCE" },
  ];
  for (const s of ["SUBMITTED", "UNDER_REVIEW", "RECOGNIZED", "NOT_RECOGNIZED", "DRAFT"] as const)
    ids.push((await modelOf(w, s)).id);
  ids.push((await modelOf(w, "PROPOSED")).id);
  ids.push((await modelOf(w, "RECOGNIZED", { climbs: 1, typical: true })).id);
}, 60_000);

/** The same figures counted over the rows (what the queue counted before ADR 0063). */
async function counted(unitId: number, level: UnitLevel) {
  const groups = await prisma.model.groupBy({
    by: ["state"],
    where: { reviewUnitId: unitId, state: { not: "DRAFT" } },
    _count: { _all: true },
  });
  const byState = Object.fromEntries(MODEL_STATES.map((s) => [s, 0])) as Record<ModelState, number>;
  for (const g of groups) byState[g.state] = g._count._all;
  const recognizedOpen = await prisma.model.count({
    where: {
      reviewUnitId: unitId,
      state: "RECOGNIZED",
      recognizedLevel: level,
      ...(level === "PROVINCE" ? { OR: [{ typicalLevel: null }, { typicalLevel: { not: level } }] } : {}),
    },
  });
  return { byState, recognizedOpen };
}

async function expectExact() {
  for (const c of committees) expect(await heldCounts(c.id, c.level)).toEqual(await counted(c.id, c.level));
  // No key left at 0 (a fresh count, e.g. a restored copy, would not have it).
  expect(await prisma.queueCount.count({ where: { n: { lte: 0 } } })).toBe(0);
}

const LEVELS = [null, "PROVINCE", "DISTRICT", "COMMUNE"] as const;
const op = fc.oneof(
  // A step: state and levels change on one model (what review-step writes).
  fc.record({
    kind: fc.constant("update" as const),
    pick: fc.nat(),
    state: fc.constantFrom(...MODEL_STATES),
    rec: fc.constantFrom(...LEVELS),
    typ: fc.constantFrom(...LEVELS),
  }),
  // Proposed upward / moved to another committee: several models in one statement.
  fc.record({
    kind: fc.constant("move" as const),
    pick: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constant("create" as const), state: fc.constantFrom(...MODEL_STATES) }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
);

describe("QueueCount (the committees' held models, ADR 0063)", () => {
  it("equals the count over the rows after the world's models were made", async () => {
    await expectExact();
    const province = await heldCounts(w.tree.province.id, "PROVINCE");
    expect(province.byState.PROPOSED).toBe(1);
    expect(province.byState.DRAFT).toBe(0);
  });

  it("stays exact through any sequence of steps, moves, new and deleted models", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), async (ops) => {
        for (const o of ops) {
          if (o.kind === "create") {
            ids.push((await modelOf(w, o.state === "DRAFT" ? "DRAFT" : "SUBMITTED")).id);
            await prisma.model.update({ where: { id: ids.at(-1)! }, data: { state: o.state } });
          } else if (!ids.length) continue;
          else if (o.kind === "update") {
            await prisma.model.update({
              where: { id: ids[o.pick % ids.length] },
              data: { state: o.state, recognizedLevel: o.rec, typicalLevel: o.typ },
            });
          } else if (o.kind === "move") {
            const some = ids.slice(o.pick % ids.length, (o.pick % ids.length) + o.count);
            await prisma.model.updateMany({
              where: { id: { in: some } },
              data: { reviewUnitId: committees[o.to % committees.length].id },
            });
          } else {
            const id = ids[o.pick % ids.length];
            await prisma.model.delete({ where: { id } }).catch(() => undefined);
            ids = ids.filter((x) => x !== id);
          }
        }
        await expectExact();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
