import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { withdrawModel } from "./withdraw-model";
import { createWorld, modelOf, modelSnapshot, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
});

const step = (m: { id: number; version: number }, comment?: string) => ({
  id: String(m.id),
  version: String(m.version),
  comment,
});

describe("withdrawModel", () => {
  it("withdraws a submitted model: WITHDRAWN, version+1, WITHDRAW event with the note, audit row", async () => {
    const m = await modelOf(w, "SUBMITTED");
    const res = await withdrawModel(w.cadre, step(m, "Đơn vị xin rút để hoàn thiện thêm"));
    expect(res).toEqual({ ok: true, id: m.id, version: m.version + 1 });
    const after = await prisma.model.findUniqueOrThrow({
      where: { id: m.id },
      include: { events: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(after.state).toBe("WITHDRAWN");
    expect(after.events[0]).toMatchObject({
      action: "WITHDRAW",
      fromState: "SUBMITTED",
      toState: "WITHDRAWN",
      actorId: w.cadre.userId,
      comment: "Đơn vị xin rút để hoàn thiện thêm",
    });
    expect(
      await prisma.auditLog.count({ where: { entity: "Model", entityId: String(m.id), action: "model.withdraw" } }),
    ).toBe(1);
  });

  it.each([
    "DRAFT",
    "UNDER_REVIEW",
    "NEEDS_REVISION",
    "RECOGNIZED",
    "NOT_RECOGNIZED",
    "PROPOSED",
    "WITHDRAWN",
  ] as const)("refuses to withdraw a %s model and writes nothing", async (state) => {
    const m = await modelOf(w, state);
    const before = await modelSnapshot(m.id);
    expect(await withdrawModel(w.cadre, step(m))).toEqual({
      ok: false,
      code: "illegal_state",
      message: "Chỉ rút được hồ sơ đã gửi và chưa bắt đầu thẩm định.",
    });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it.each([
    ["otherUnitCadre", "not_found"],
    ["foreignCadre", "not_found"],
    ["communeReviewer", "forbidden"],
    ["provinceOfficer", "forbidden"],
    ["admin", "forbidden"],
  ] as const)("%s gets %s and the row is unchanged", async (who, code) => {
    const m = await modelOf(w, "SUBMITTED");
    const before = await modelSnapshot(m.id);
    expect(await withdrawModel(w[who], step(m))).toMatchObject({ ok: false, code });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("loses against a review that started meanwhile (stale version) and writes nothing", async () => {
    const m = await modelOf(w, "SUBMITTED");
    await prisma.model.update({ where: { id: m.id }, data: { state: "UNDER_REVIEW", version: { increment: 1 } } });
    const before = await modelSnapshot(m.id);
    expect(await withdrawModel(w.cadre, step(m))).toMatchObject({ ok: false, code: "illegal_state" });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });

  it("refuses a stale version while still SUBMITTED (conflict)", async () => {
    const m = await modelOf(w, "SUBMITTED");
    await prisma.model.update({ where: { id: m.id }, data: { version: { increment: 1 } } });
    const before = await modelSnapshot(m.id);
    expect(await withdrawModel(w.cadre, step(m))).toMatchObject({ ok: false, code: "conflict" });
    expect(await modelSnapshot(m.id)).toEqual(before);
  });
});
