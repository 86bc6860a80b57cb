import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadSessionUser } from "@/lib/auth/load-actor";
import { verifyPassword } from "@/lib/auth/password";
import { createUser, TEST_PASSWORD } from "@/tests/fixtures";
import { signInJar, sessionUid } from "./auth-jar";
import { changeOwnPassword } from "./change-own-password";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { recentSignIns } from "./own-account";

const NEW = "bà con hiến đất làm đường 2026";
let unitId: number;

beforeAll(async () => {
  unitId = (await createUser(prisma, { role: "COMMUNE_REVIEWER" })).unitId;
});

async function actorFor(over = {}) {
  const user = await createUser(prisma, { unitId, role: "COMMUNE_REVIEWER", ...over });
  return { user, actor: (await loadSessionUser(user.id, user.sessionVersion))!.actor };
}

describe("changeOwnPassword", () => {
  it("changes the password, clears mustChangePassword, and the old cookie replayed is rejected", async () => {
    const { user, actor } = await actorFor({ mustChangePassword: true });
    const jar = await signInJar(user.username, TEST_PASSWORD);
    expect(await sessionUid(jar)).toBe(user.id);

    const result = await changeOwnPassword(actor, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW,
      confirmPassword: NEW,
    });
    expect(result).toEqual({ ok: true });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await sessionUid(jar)).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "auth.password.changed", entityId: String(user.id) } })).toBe(
      1,
    );
    expect(await sessionUid(await signInJar(user.username, NEW))).toBe(user.id);
  });

  it("refuses a wrong current password, a common or short new one, and a mismatch, changing nothing", async () => {
    const { user, actor } = await actorFor();
    const cases = [
      [{ currentPassword: "sai-mat-khau", newPassword: NEW, confirmPassword: NEW }, "currentPassword", /không đúng/],
      [
        { currentPassword: TEST_PASSWORD, newPassword: "iloveyou", confirmPassword: "iloveyou" },
        "newPassword",
        /quá phổ biến/,
      ],
      [
        { currentPassword: TEST_PASSWORD, newPassword: "123456a@", confirmPassword: "123456a@" },
        "newPassword",
        /quá phổ biến/,
      ],
      [{ currentPassword: TEST_PASSWORD, newPassword: "ngan", confirmPassword: "ngan" }, "newPassword", /ít nhất 8/],
      [{ currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: "khac" }, "confirmPassword", /không khớp/],
      [
        { currentPassword: TEST_PASSWORD, newPassword: user.username, confirmPassword: user.username },
        "newPassword",
        /./,
      ],
    ] as const;
    for (const [input, field, message] of cases) {
      const result = await changeOwnPassword(actor, input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors[field]?.[0]).toMatch(message);
    }
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion);
  });

  it("two concurrent changes: exactly one wins", async () => {
    const { user, actor } = await actorFor();
    const other = "mot mat khau khac hoan toan 99";
    const results = await Promise.all([
      changeOwnPassword(actor, { currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: NEW }),
      changeOwnPassword(actor, { currentPassword: TEST_PASSWORD, newPassword: other, confirmPassword: other }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});

describe("signOutEverywhere and recentSignIns", () => {
  it("ends every session of the actor and lists their sign-ins, newest first", async () => {
    const { user, actor } = await actorFor();
    const a = await signInJar(user.username, TEST_PASSWORD);
    const b = await signInJar(user.username, "sai-mat-khau");
    expect(await sessionUid(b)).toBeNull();
    const c = await signInJar(user.username, TEST_PASSWORD);
    await signOutEverywhere(actor);
    expect(await sessionUid(a)).toBeNull();
    expect(await sessionUid(c)).toBeNull();
    const rows = await recentSignIns(actor);
    expect(rows.map((r) => r.success)).toEqual([true, false, true]);
  });
});
