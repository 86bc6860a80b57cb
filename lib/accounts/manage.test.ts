import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { authenticate } from "@/lib/auth/authenticate";
import { loadSessionUser } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/types";
import { createOrgTree, createUser, TEST_PASSWORD, type OrgTree } from "@/tests/fixtures";
import { signInJar, sessionUid } from "./auth-jar";
import { createAccount, resetAccountPassword, setAccountDisabled, updateAccount } from "./manage";
import { getAccount, listAccounts, searchUnits } from "./queries";

let tree: OrgTree;
let admin: Actor;
const actorOf = async (id: number) =>
  (await loadSessionUser(id, (await prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion))!.actor;
const snapshot = (id: number) => prisma.user.findUniqueOrThrow({ where: { id } });
const auditCount = () => prisma.auditLog.count();

beforeAll(async () => {
  tree = await createOrgTree(prisma);
  admin = await actorOf(
    (await createUser(prisma, { role: "ADMIN", unitId: tree.province.id, fullName: "Lý Quang Huy" })).id,
  );
});

describe("createAccount", () => {
  it("creates an account with a temporary password that must be changed, audited", async () => {
    const r = await createAccount(admin, {
      username: "Xa.TanLap",
      fullName: "Nông Văn Thắng",
      role: "COMMUNE_REVIEWER",
      unitId: tree.commune.id,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const user = await snapshot(r.id);
    expect(user).toMatchObject({
      username: "xa.tanlap",
      role: "COMMUNE_REVIEWER",
      unitId: tree.commune.id,
      mustChangePassword: true,
    });
    expect((await authenticate({ username: "xa.tanlap", password: r.temporaryPassword, ip: "198.51.100.1" })).ok).toBe(
      true,
    );
    const event = await prisma.auditLog.findFirstOrThrow({
      where: { action: "account.create", entityId: String(r.id) },
    });
    expect(event.data).toMatchObject({ after: { username: "xa.tanlap", role: "COMMUNE_REVIEWER" } });
    expect(JSON.stringify(event.data)).not.toContain(r.temporaryPassword);
  });

  it("refuses bad input with Vietnamese messages, and creates nothing", async () => {
    const before = await prisma.user.count();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { username: "a", fullName: "Ai Đó", role: "UNIT_CADRE", unitId: tree.grassroots.id },
        "username",
        /Tên đăng nhập gồm/,
      ],
      [
        { username: "xa.tanlap", fullName: "Ai Đó", role: "COMMUNE_REVIEWER", unitId: tree.commune.id },
        "username",
        /không dùng được/,
      ],
      [
        { username: "moi1", fullName: "Ai Đó", role: "COMMUNE_REVIEWER", unitId: tree.province.id },
        "role",
        /không phù hợp/,
      ],
      [
        { username: "moi1", fullName: "Ai Đó", role: "COMMUNE_REVIEWER", unitId: 999999 },
        "unitId",
        /Không tìm thấy đơn vị/,
      ],
      [{ username: "moi1", fullName: "", role: "GOD", unitId: tree.commune.id }, "role", /vai trò/],
    ];
    for (const [input, field, message] of cases) {
      const r = await createAccount(admin, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.[field]?.[0], field).toMatch(message);
    }
    expect(await prisma.user.count()).toBe(before);
  });

  it.each(["UNIT_CADRE", "COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER"] as Role[])(
    "%s gets not found",
    async (role) => {
      const other = await actorOf((await createUser(prisma, { role })).id);
      const [users, audits] = [await prisma.user.count(), await auditCount()];
      expect(
        await createAccount(other, { username: "lén", fullName: "Ai Đó", role: "ADMIN", unitId: tree.province.id }),
      ).toMatchObject({ reason: "not-found" });
      expect(await setAccountDisabled(other, { id: admin.userId, disabled: true })).toMatchObject({
        reason: "not-found",
      });
      expect(await resetAccountPassword(other, { id: admin.userId })).toMatchObject({ reason: "not-found" });
      expect(await listAccounts(other, {})).toBeNull();
      expect(await getAccount(other, admin.userId)).toBeNull();
      expect(await searchUnits(other, "xa")).toEqual([]);
      expect([await prisma.user.count(), await auditCount()]).toEqual([users, audits]);
      expect(await snapshot(admin.userId)).toMatchObject({ disabled: false, mustChangePassword: false });
    },
  );
});

describe("disable, enable, reset, update", () => {
  it("disabling ends the open session: the replayed cookie is rejected; enabling lets them in again", async () => {
    const user = await createUser(prisma, { role: "COMMUNE_REVIEWER", unitId: tree.commune.id });
    const jar = await signInJar(user.username, TEST_PASSWORD);
    expect(await sessionUid(jar)).toBe(user.id);
    expect(await setAccountDisabled(admin, { id: user.id, disabled: true })).toEqual({ ok: true });
    expect(await sessionUid(jar)).toBeNull();
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD, ip: "198.51.100.2" })).ok).toBe(
      false,
    );
    const events = await prisma.auditLog.findMany({
      where: { entityId: String(user.id), action: { in: ["account.disable", "auth.sessions.revoked"] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["account.disable", "auth.sessions.revoked"]);
    expect(await setAccountDisabled(admin, { id: user.id, disabled: false })).toEqual({ ok: true });
    expect(await sessionUid(jar)).toBeNull(); // the old cookie stays dead
    expect(await sessionUid(await signInJar(user.username, TEST_PASSWORD))).toBe(user.id);
  });

  it("reset: the old password and cookie stop working, the temporary one must be changed", async () => {
    const user = await createUser(prisma, { role: "COMMUNE_REVIEWER", unitId: tree.commune.id });
    const jar = await signInJar(user.username, TEST_PASSWORD);
    const r = await resetAccountPassword(admin, { id: user.id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await sessionUid(jar)).toBeNull();
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD, ip: "198.51.100.3" })).ok).toBe(
      false,
    );
    expect(
      (await authenticate({ username: user.username, password: r.temporaryPassword, ip: "198.51.100.3" })).ok,
    ).toBe(true);
    expect((await snapshot(user.id)).mustChangePassword).toBe(true);
  });

  it("update: before/after audited, role change revokes sessions, a stale version is refused", async () => {
    const user = await createUser(prisma, { role: "COMMUNE_REVIEWER", unitId: tree.commune.id });
    const version = user.updatedAt.toISOString();
    const input = {
      id: user.id,
      version,
      fullName: "Tên Mới",
      role: "DISTRICT_REVIEWER",
      unitId: tree.district.id,
      email: "",
    };
    expect(await updateAccount(admin, input)).toEqual({ ok: true });
    const after = await snapshot(user.id);
    expect(after).toMatchObject({
      fullName: "Tên Mới",
      role: "DISTRICT_REVIEWER",
      unitId: tree.district.id,
      sessionVersion: 1,
    });
    const event = await prisma.auditLog.findFirstOrThrow({
      where: { action: "account.update", entityId: String(user.id) },
    });
    expect(event.data).toMatchObject({
      before: { role: "COMMUNE_REVIEWER", fullName: user.fullName },
      after: { role: "DISTRICT_REVIEWER", fullName: "Tên Mới" },
    });
    // The same form submitted again (old version) does not overwrite.
    expect(await updateAccount(admin, { ...input, fullName: "Ghi đè" })).toMatchObject({
      ok: false,
      reason: "conflict",
    });
    expect((await snapshot(user.id)).fullName).toBe("Tên Mới");
  });
});

describe("the last active administrator", () => {
  it("cannot be disabled or demoted (also not by themselves); with a second admin it can", async () => {
    await prisma.user.updateMany({ where: { role: "ADMIN", id: { not: admin.userId } }, data: { disabled: true } });
    const me = await snapshot(admin.userId);
    const audits = await auditCount();
    expect(await setAccountDisabled(admin, { id: admin.userId, disabled: true })).toMatchObject({
      reason: "last-admin",
      message: expect.stringMatching(/cuối cùng/),
    });
    const demote = {
      id: admin.userId,
      version: me.updatedAt.toISOString(),
      fullName: me.fullName,
      role: "PROVINCE_OFFICER",
      unitId: tree.province.id,
    };
    expect(await updateAccount(admin, demote)).toMatchObject({ reason: "last-admin" });
    expect(await snapshot(admin.userId)).toEqual(me);
    expect(await auditCount()).toBe(audits);

    const second = await createUser(prisma, { role: "ADMIN", unitId: tree.province.id });
    expect(await setAccountDisabled(admin, { id: second.id, disabled: true })).toEqual({ ok: true });
    expect(await setAccountDisabled(admin, { id: admin.userId, disabled: true })).toMatchObject({
      reason: "last-admin",
    });
    await setAccountDisabled(admin, { id: second.id, disabled: false });
    // Two admins disabling each other at the same time: one of them stays.
    const other = await actorOf(second.id);
    await Promise.all([
      setAccountDisabled(admin, { id: second.id, disabled: true }),
      setAccountDisabled(other, { id: admin.userId, disabled: true }),
    ]);
    expect(await prisma.user.count({ where: { role: "ADMIN", disabled: false } })).toBe(1);
  });
});

describe("listAccounts and searchUnits", () => {
  it("searches without diacritics and filters by role, unit and status", async () => {
    await createUser(prisma, {
      role: "COMMUNE_REVIEWER",
      unitId: tree.commune.id,
      fullName: "Hoàng Thị Đào",
      username: "hoangdao",
    });
    const byName = await listAccounts(admin, { q: "hoang thi dao" });
    expect(byName?.rows.map((r) => r.username)).toEqual(["hoangdao"]);
    const reviewers = await listAccounts(admin, { role: "COMMUNE_REVIEWER", status: "active" });
    expect(reviewers?.rows.every((r) => r.role === "COMMUNE_REVIEWER" && !r.disabled)).toBe(true);
    const unitName = (await prisma.unit.findUniqueOrThrow({ where: { id: tree.commune.id } })).name;
    const inUnit = await listAccounts(admin, { unit: unitName });
    expect(inUnit!.total).toBeGreaterThan(0);
    expect(await listAccounts(admin, { q: "%" })).toMatchObject({ total: 0 });
    const units = await searchUnits(admin, unitName.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
    expect(units.map((u) => u.id)).toContain(tree.commune.id);
  });
});
