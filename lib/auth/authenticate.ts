import "server-only";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { decideThrottle } from "./login-throttle";
import { normalizeLine } from "@/lib/validation/text";
import { MAX_PASSWORD_LENGTH, verifyDummyPassword, verifyPassword } from "./password";

const MAX_USERNAME_LENGTH = 100;

export type AuthenticatedUser = {
  id: number;
  username: string;
  fullName: string;
  sessionVersion: number;
};

/** Also the `code` of the CredentialsSignin error the login page sees. */
export type LoginFailure = "invalid" | "throttled";

export type AuthenticateResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: LoginFailure };

type FailureReason = "empty" | "too-long" | "unknown-user" | "wrong-password" | "disabled";

/**
 * Checks a username/password pair, with the login throttle, and records the attempt and an audit
 * event either way. Unknown user, wrong password and disabled account all answer "invalid" after
 * the same argon2 work; only the audit log tells them apart.
 */
export async function authenticate(input: {
  username: unknown;
  password: unknown;
  ip: string;
}): Promise<AuthenticateResult> {
  const username = typeof input.username === "string" ? normalizeLine(input.username) : "";
  const password = typeof input.password === "string" ? input.password : "";
  const ip = input.ip || "unknown";
  const key = username.slice(0, MAX_USERNAME_LENGTH);
  const now = new Date();

  const attempt = await prisma.loginAttempt.create({
    data: { username: key, ip, success: false, createdAt: now },
    select: { id: true },
  });

  const decision = await decideThrottle(prisma, { username: key, ip }, now);
  if (decision.refuse) {
    await audit(prisma, {
      actorId: null,
      action: "auth.login.throttled",
      entity: "User",
      data: { username: key },
      ip,
    });
    return { ok: false, reason: "throttled" };
  }

  const fail = async (reason: FailureReason, userId?: number): Promise<AuthenticateResult> => {
    await audit(prisma, {
      actorId: null,
      action: "auth.login.failure",
      entity: "User",
      entityId: userId,
      data: { username: key, reason },
      ip,
    });
    return { ok: false, reason: "invalid" };
  };

  // Growing, capped delay: slows guessing down without ever locking the owner out.
  if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));

  if (!username || !password) return fail("empty");
  if (username.length > MAX_USERNAME_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return fail("too-long");
  }

  const user = await prisma.user.findUnique({
    where: { username },
    select: { id: true, username: true, fullName: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
  if (!user) {
    await verifyDummyPassword(password);
    return fail("unknown-user");
  }
  const passwordOk = await verifyPassword(user.passwordHash, password);
  if (!passwordOk) return fail("wrong-password", user.id);
  if (user.disabled) return fail("disabled", user.id);

  await prisma.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attempt.id }, data: { success: true } });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await audit(tx, { actorId: user.id, action: "auth.login.success", entity: "User", entityId: user.id, ip });
  });

  return {
    ok: true,
    user: { id: user.id, username: user.username, fullName: user.fullName, sessionVersion: user.sessionVersion },
  };
}
