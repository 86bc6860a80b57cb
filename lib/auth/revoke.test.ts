import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadActor } from "./load-actor";
import { hashPassword } from "./password";
import { revokeSessions } from "./revoke";

const PASSWORD = "Mat-khau-cu-2025";
let unit: { id: number; name: string; path: string };
let seq = 0;

async function makeUser() {
  seq += 1;
  return prisma.user.create({
    data: {
      username: `thamdinh${seq}`,
      fullName: `Trần Thị ${seq}`,
      passwordHash: await hashPassword(PASSWORD),
      role: "COMMUNE_REVIEWER",
      unitId: unit.id,
    },
  });
}

beforeAll(async () => {
  const created = await prisma.unit.create({
    data: {
      code: "X01",
      name: "Xã Tân Lập",
      kind: "COMMUNE",
      level: "COMMUNE",
      validFrom: new Date("2025-07-01"),
      path: "/",
    },
  });
  unit = await prisma.unit.update({ where: { id: created.id }, data: { path: `/${created.id}/` } });
});

describe("loadActor", () => {
  it("returns the actor with role and unit for the current sessionVersion", async () => {
    const user = await makeUser();
    expect(await loadActor(user.id, 0)).toEqual({
      userId: user.id,
      username: user.username,
      fullName: user.fullName,
      role: "COMMUNE_REVIEWER",
      unitId: unit.id,
      unitName: "Xã Tân Lập",
      unitLevel: "COMMUNE",
      unitKind: "COMMUNE",
      unitPath: unit.path,
    });
  });

  it("returns null for a stale sessionVersion, a disabled user or a missing user", async () => {
    const user = await makeUser();
    expect(await loadActor(user.id, 1)).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await loadActor(user.id, 0)).toBeNull();
    expect(await loadActor(999_999, 0)).toBeNull();
    expect(await loadActor(Number.NaN, 0)).toBeNull();
  });
});

describe("revokeSessions", () => {
  it("signs out every existing session and audits it", async () => {
    const user = await makeUser();
    const admin = await makeUser();
    expect(await loadActor(user.id, 0)).not.toBeNull();

    expect(await revokeSessions(user.id, { actorId: admin.id, reason: "logout-everywhere", ip: "10.1.1.1" })).toBe(1);

    expect(await loadActor(user.id, 0)).toBeNull();
    expect((await loadActor(user.id, 1))?.userId).toBe(user.id);
    const event = await prisma.auditLog.findFirstOrThrow({
      where: { action: "auth.sessions.revoked", entityId: String(user.id) },
    });
    expect([event.actorId, event.ip, event.data]).toEqual([
      admin.id,
      "10.1.1.1",
      { reason: "logout-everywhere", sessionVersion: 1 },
    ]);
  });

  it("inside a caller's transaction, rolls back with it", async () => {
    const user = await makeUser();
    await expect(
      prisma.$transaction(async (tx) => {
        await revokeSessions(user.id, { actorId: null, reason: "disabled" }, tx);
        throw new Error("the surrounding change failed");
      }),
    ).rejects.toThrow("the surrounding change failed");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "auth.sessions.revoked", entityId: String(user.id) } })).toBe(
      0,
    );
  });
});
