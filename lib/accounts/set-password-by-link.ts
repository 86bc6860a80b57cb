// A person given a one-time set-password link (an account created by a spreadsheet import) chooses their
// password. Without a valid link nothing is said about any account: one message for unknown, used and
// expired links, and for a disabled account.
import "server-only";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { revokeSessions } from "@/lib/auth/revoke";
import { prisma } from "@/lib/db/client";
import { IMU } from "@/lib/i18n/import-units";
import { consumeToken, peekToken } from "./one-time-token";
import { fieldErrorsOf, NewPasswordInput, type FieldErrors } from "./schema";

export type SetPasswordResult = { ok: true } | { ok: false; message: string; fieldErrors?: FieldErrors };

const closed = { ok: false, message: IMU.setPassword.closed } as const;

async function accountOf(token: unknown) {
  const found = await peekToken(prisma, "PASSWORD_RESET", token);
  if (!found?.userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: found.userId },
    select: { id: true, username: true, fullName: true, disabled: true },
  });
  return user && !user.disabled ? user : null;
}

/** The username the link is for (shown on the form), or null when the link does not work. */
export async function setPasswordLinkAccount(token: unknown): Promise<{ username: string } | null> {
  const user = await accountOf(token);
  return user ? { username: user.username } : null;
}

export async function setPasswordByLink(
  token: unknown,
  input: Record<string, unknown>,
  meta: { ip?: string | null } = {},
): Promise<SetPasswordResult> {
  const user = await accountOf(token);
  if (!user) return closed;
  const parsed = NewPasswordInput.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      message: "Vui lòng kiểm tra các trường được đánh dấu.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  const problem = passwordProblem(parsed.data.newPassword, user);
  if (problem) return { ok: false, message: problem, fieldErrors: { newPassword: [problem] } };
  const passwordHash = await hashPassword(parsed.data.newPassword);
  return prisma.$transaction(async (tx) => {
    // Of two submissions of the same link only one gets the token.
    const used = await consumeToken(tx, "PASSWORD_RESET", token);
    if (!used || used.userId !== user.id) return closed;
    const n = await tx.user.updateMany({
      where: { id: user.id, disabled: false },
      data: { passwordHash, mustChangePassword: false },
    });
    if (n.count !== 1) return closed;
    // Any other link of the same account stops working.
    await tx.oneTimeToken.updateMany({
      where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: new Date() },
    });
    await audit(tx, {
      actorId: user.id,
      action: "account.password.set-by-link",
      entity: "User",
      entityId: user.id,
      ip: meta.ip ?? null,
    });
    await revokeSessions(user.id, { actorId: user.id, reason: "password-changed", ip: meta.ip }, tx);
    return { ok: true } as const;
  });
}
