import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";
import {
  CLIENT_BURST,
  CLIENT_BURST_WINDOW_MS,
  delayForFailures,
  FAILURE_WINDOW_MS,
  MAX_DELAY_MS,
  purgeLoginAttempts,
} from "./login-throttle";

const PASSWORD = "Đúng-mật-khẩu-2025";
let unitId: number;
let seq = 0;

async function makeUser(opts: { disabled?: boolean } = {}) {
  seq += 1;
  return prisma.user.create({
    data: {
      username: `canbo${seq}`,
      fullName: `Nguyễn Văn ${seq}`,
      passwordHash: await hashPassword(PASSWORD),
      role: "UNIT_CADRE",
      unitId,
      disabled: opts.disabled ?? false,
    },
  });
}

async function failMany(n: number, attempt: (i: number) => { username: string; ip: string }) {
  for (let i = 0; i < n; i++) {
    const r = await authenticate({ ...attempt(i), password: "sai-mat-khau" });
    expect(r).toEqual({ ok: false, reason: "invalid" });
  }
}

beforeAll(async () => {
  const unit = await prisma.unit.create({
    data: {
      code: "T01",
      name: "Tỉnh Thử",
      kind: "PROVINCE",
      level: "PROVINCE",
      validFrom: new Date("2025-07-01"),
      path: "/",
    },
  });
  await prisma.unit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
  unitId = unit.id;
});

describe("authenticate", () => {
  it("signs in with the right password, records the attempt, the audit event and lastLoginAt", async () => {
    const user = await makeUser();
    const r = await authenticate({ username: `  ${user.username} `, password: PASSWORD, ip: "203.0.113.1" });
    expect(r).toEqual({
      ok: true,
      user: { id: user.id, username: user.username, fullName: user.fullName, sessionVersion: 0 },
    });
    const attempts = await prisma.loginAttempt.findMany({ where: { username: user.username } });
    expect(attempts.map((a) => [a.ip, a.success])).toEqual([["203.0.113.1", true]]);
    const events = await prisma.auditLog.findMany({ where: { entity: "User", entityId: String(user.id) } });
    expect(events.map((e) => [e.action, e.actorId, e.ip])).toEqual([["auth.login.success", user.id, "203.0.113.1"]]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("gives the same answer for a wrong password and an unknown user, and logs both as failures", async () => {
    const user = await makeUser();
    const wrongPassword = await authenticate({ username: user.username, password: "sai", ip: "203.0.113.2" });
    const unknownUser = await authenticate({ username: "khong-ton-tai", password: PASSWORD, ip: "203.0.113.2" });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual(wrongPassword);

    const failures = await prisma.auditLog.findMany({
      where: { action: "auth.login.failure", ip: "203.0.113.2" },
      orderBy: { id: "asc" },
    });
    expect(failures.map((f) => f.data)).toEqual([
      { username: user.username, reason: "wrong-password" },
      { username: "khong-ton-tai", reason: "unknown-user" },
    ]);
    const attempts = await prisma.loginAttempt.findMany({ where: { ip: "203.0.113.2" } });
    expect(attempts).toHaveLength(2);
    expect(attempts.every((a) => !a.success)).toBe(true);
  });

  it("refuses empty or non-string credentials as invalid", async () => {
    const user = await makeUser();
    expect(await authenticate({ username: user.username, password: "", ip: "203.0.113.3" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ username: [user.username], password: { p: PASSWORD }, ip: "203.0.113.3" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await makeUser({ disabled: true });
    const r = await authenticate({ username: user.username, password: PASSWORD, ip: "203.0.113.4" });
    expect(r).toEqual({ ok: false, reason: "invalid" });
    const failure = await prisma.auditLog.findFirstOrThrow({
      where: { action: "auth.login.failure", ip: "203.0.113.4" },
    });
    expect(failure.data).toEqual({ username: user.username, reason: "disabled" });
  });

  it("a flood of wrong passwords for an account does not stop its owner logging in within seconds", async () => {
    const user = await makeUser();
    // 300 failures from 300 addresses within the window (as a distributed attacker would leave them) …
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        username: user.username,
        ip: `198.51.${i >> 8}.${i & 255}`,
        success: false,
      })),
    });
    // … plus a few live wrong guesses: each is slowed down, none refused.
    await failMany(3, (i) => ({ username: user.username, ip: `192.0.2.${i + 1}` }));
    const started = Date.now();
    const r = await authenticate({ username: user.username, password: PASSWORD, ip: "192.0.2.200" });
    const elapsed = Date.now() - started;
    expect(r.ok).toBe(true);
    expect(elapsed).toBeGreaterThanOrEqual(MAX_DELAY_MS - 50); // it was slowed down …
    expect(elapsed).toBeLessThan(MAX_DELAY_MS + 2000); // … by a few seconds at most
    expect(await prisma.auditLog.count({ where: { action: "auth.login.success", entityId: String(user.id) } })).toBe(1);
  });

  it("grows the delay per account after 5 failures: 0, 250 ms, 500 ms, 1 s, 2 s, then 3 s at most", async () => {
    expect([1, 5, 6, 7, 8, 9, 10, 11, 1000].map(delayForFailures)).toEqual([
      0, 0, 250, 500, 1000, 2000, 3000, 3000, 3000,
    ]);
    const user = await makeUser();
    await failMany(5, (i) => ({ username: user.username, ip: `198.51.100.${i + 1}` }));
    const started = Date.now();
    await failMany(2, (i) => ({ username: user.username, ip: `198.51.100.${i + 20}` }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250 + 500 - 50);
  });

  it("refuses a burst of more than 10 attempts from one client, for that client only and only while it lasts", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        authenticate({ username: `doan-${i}`, password: `doan-${i}`, ip: "203.0.113.50" }),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(CLIENT_BURST);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(16 - checked);
    expect(await prisma.auditLog.count({ where: { action: "auth.login.throttled", ip: "203.0.113.50" } })).toBe(
      16 - checked,
    );
    // The owner on another client is not affected.
    expect((await authenticate({ username: user.username, password: PASSWORD, ip: "203.0.113.51" })).ok).toBe(true);
    // The bursting client is refused while it bursts …
    expect(await authenticate({ username: user.username, password: PASSWORD, ip: "203.0.113.50" })).toEqual({
      ok: false,
      reason: "throttled",
    });
    // … and gets in once it has been quiet for the burst window.
    await prisma.loginAttempt.updateMany({
      where: { ip: "203.0.113.50" },
      data: { createdAt: new Date(Date.now() - CLIENT_BURST_WINDOW_MS - 1000) },
    });
    expect((await authenticate({ username: user.username, password: PASSWORD, ip: "203.0.113.50" })).ok).toBe(true);
  });

  it("does not treat 'unknown' as one shared client (one attacker could lock everybody out)", async () => {
    const user = await makeUser();
    await Promise.all(
      Array.from({ length: 15 }, (_, i) => authenticate({ username: `vo-danh-${i}`, password: "x", ip: "unknown" })),
    );
    expect((await authenticate({ username: user.username, password: PASSWORD, ip: "unknown" })).ok).toBe(true);
  });

  it("purges attempts older than the window, in bounded batches, and keeps recent ones", async () => {
    const old = new Date(Date.now() - FAILURE_WINDOW_MS - 60_000);
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        username: `cu-${i}`,
        ip: "192.0.2.9",
        success: false,
        createdAt: old,
      })),
    });
    await prisma.loginAttempt.create({ data: { username: "moi", ip: "192.0.2.9", success: false } });
    expect(await purgeLoginAttempts(prisma, new Date(), 20)).toBe(20);
    expect(await purgeLoginAttempts(prisma, new Date(), 20)).toBeGreaterThanOrEqual(10);
    expect(
      await prisma.loginAttempt.count({ where: { createdAt: { lt: new Date(Date.now() - FAILURE_WINDOW_MS) } } }),
    ).toBe(0);
    expect(await prisma.loginAttempt.count({ where: { username: "moi" } })).toBe(1);
  });
});
