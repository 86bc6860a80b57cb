import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
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
