import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";

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
    data: { code: "T01", name: "Tỉnh Thử", kind: "PROVINCE", level: "PROVINCE", validFrom: new Date("2025-07-01"), path: "/" },
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
    const failure = await prisma.auditLog.findFirstOrThrow({ where: { action: "auth.login.failure", ip: "203.0.113.4" } });
    expect(failure.data).toEqual({ username: user.username, reason: "disabled" });
  });

  it("throttles a username after 10 failures in 15 minutes, from any IP, even with the right password", async () => {
    const user = await makeUser();
    // The 10th failure is still judged on the password: the limit is 10 failures, not 9.
    await failMany(10, (i) => ({ username: user.username, ip: `198.51.100.${i + 1}` }));

    const r = await authenticate({ username: user.username, password: PASSWORD, ip: "192.0.2.200" });
    expect(r).toEqual({ ok: false, reason: "throttled" });
    expect(await prisma.auditLog.count({ where: { action: "auth.login.success", entityId: String(user.id) } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "auth.login.throttled", ip: "192.0.2.200" } })).toBe(1);

    // Another user on the same IPs is not affected.
    const other = await makeUser();
    expect((await authenticate({ username: other.username, password: PASSWORD, ip: "198.51.100.1" })).ok).toBe(true);

    // Once the failures are older than 15 minutes the right password works again.
    await prisma.loginAttempt.updateMany({
      where: { username: user.username },
      data: { createdAt: new Date(Date.now() - 16 * 60 * 1000) },
    });
    expect((await authenticate({ username: user.username, password: PASSWORD, ip: "192.0.2.200" })).ok).toBe(true);
  });

  it("throttles an IP after 10 failures in 15 minutes, whatever the usernames", async () => {
    const victim = await makeUser();
    await failMany(10, (i) => ({ username: `doan-mo-${i}`, ip: "203.0.113.50" }));

    expect(await authenticate({ username: victim.username, password: PASSWORD, ip: "203.0.113.50" })).toEqual({
      ok: false,
      reason: "throttled",
    });
    expect((await authenticate({ username: victim.username, password: PASSWORD, ip: "203.0.113.51" })).ok).toBe(true);
  });

  it("does not treat 'unknown' as one shared IP (one attacker could lock everybody out)", async () => {
    const user = await makeUser();
    await failMany(10, (i) => ({ username: `vo-danh-${i}`, ip: "unknown" }));
    expect((await authenticate({ username: user.username, password: PASSWORD, ip: "unknown" })).ok).toBe(true);
  });

  it("lets at most 10 of many parallel guesses be checked", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        authenticate({ username: user.username, password: `doan-${i}`, ip: `192.0.2.${i + 1}` }),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(16 - checked);
    expect(await prisma.loginAttempt.count({ where: { username: user.username } })).toBe(16);
    expect(await authenticate({ username: user.username, password: PASSWORD, ip: "192.0.2.100" })).toEqual({
      ok: false,
      reason: "throttled",
    });
  });
});
