import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { hashPassword, verifyPassword } from "./password";
import { ChangePasswordInput } from "./schema";
import { revokeUserSessions } from "./sessions";

export type RevokeReason = "logout-everywhere" | "disabled" | "password-changed" | "password-reset" | "role-changed";

type RevokeMeta = { actorId: number | null; reason: RevokeReason; ip?: string | null };

/**
 * Signs the user out on every device: bumps User.sessionVersion, which every JWT carries and every
 * request compares, and revokes every AuthSession row (so re-enabling a disabled account or any later
 * change of the version never brings an old cookie back). Pass `tx` to make it part of a larger change (disable, role change) so the
 * revocation commits with it; otherwise it runs in its own transaction. Returns the new version.
 */
export async function revokeSessions(userId: number, meta: RevokeMeta, tx?: Tx): Promise<number> {
  const run = async (db: Tx) => {
    const user = await db.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await revokeUserSessions(db, userId);
    await audit(db, {
      actorId: meta.actorId,
      action: "auth.sessions.revoked",
      entity: "User",
      entityId: userId,
      data: { reason: meta.reason, sessionVersion: user.sessionVersion },
      ip: meta.ip,
    });
    return user.sessionVersion;
  };
  return tx ? run(tx) : prisma.$transaction(run);
}

export type ChangePasswordResult =
  { ok: true } | { ok: false; fieldErrors: Partial<Record<keyof ChangePasswordInput, string[]>> };

/**
 * The signed-in user changes their own password. Every session, including the current one, is
 * revoked: the caller should sign the user out (or back in) afterwards.
 */
export async function changePassword(
  userId: number,
  input: unknown,
  meta: { ip?: string | null } = {},
): Promise<ChangePasswordResult> {
  const parsed = ChangePasswordInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<keyof ChangePasswordInput, string[]>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ChangePasswordInput;
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors };
  }
  const { currentPassword, newPassword } = parsed.data;

  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true, disabled: true },
  });
  if (!user || user.disabled || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng."] } };
  }

  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await audit(tx, {
      actorId: userId,
      action: "auth.password.changed",
      entity: "User",
      entityId: userId,
      ip: meta.ip,
    });
    await revokeSessions(userId, { actorId: userId, reason: "password-changed", ip: meta.ip }, tx);
  });
  return { ok: true };
}
