import "server-only";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/types";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { revokeSessions } from "@/lib/auth/revoke";
import { fieldErrorsOf, OwnPasswordInput, type FieldErrors } from "./schema";

export type ChangeOwnPasswordResult = { ok: true } | { ok: false; message: string; fieldErrors: FieldErrors };

const CHECK = "Vui lòng kiểm tra các trường được đánh dấu.";

/**
 * The signed-in user changes their own password (the current one is required, also when it is a
 * temporary one). Clears mustChangePassword and revokes every session, this one included: old cookies
 * stop working at their next request.
 */
export async function changeOwnPassword(
  actor: Actor,
  input: unknown,
  meta: { ip?: string | null } = {},
): Promise<ChangeOwnPasswordResult> {
  const parsed = OwnPasswordInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: CHECK, fieldErrors: fieldErrorsOf(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;
  const problem = passwordProblem(newPassword, actor);
  if (problem) return { ok: false, message: CHECK, fieldErrors: { newPassword: [problem] } };

  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { passwordHash: true, disabled: true, updatedAt: true },
  });
  if (!user || user.disabled || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, message: CHECK, fieldErrors: { currentPassword: ["Mật khẩu hiện tại không đúng."] } };
  }
  const passwordHash = await hashPassword(newPassword);
  const changed = await prisma.$transaction(async (tx) => {
    // The hash read above is the version: a concurrent reset or change wins, this one is refused.
    const { count } = await tx.user.updateMany({
      where: { id: actor.userId, passwordHash: user.passwordHash, disabled: false },
      data: { passwordHash, mustChangePassword: false },
    });
    if (count !== 1) return false;
    await audit(tx, {
      actorId: actor.userId,
      action: "auth.password.changed",
      entity: "User",
      entityId: actor.userId,
      ip: meta.ip,
    });
    await revokeSessions(actor.userId, { actorId: actor.userId, reason: "password-changed", ip: meta.ip }, tx);
    return true;
  });
  if (!changed)
    return { ok: false, message: "Mật khẩu vừa được thay đổi ở nơi khác. Hãy đăng nhập lại.", fieldErrors: {} };
  return { ok: true };
}
