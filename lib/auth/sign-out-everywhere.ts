import "server-only";
import type { Actor } from "./types";
import { revokeSessions } from "./revoke";

/**
 * The signed-in person ends every one of their sessions, this one included (a phone left in a
 * meeting room, a shared office computer): bumps sessionVersion and revokes every AuthSession row.
 */
export async function signOutEverywhere(actor: Actor, meta: { ip?: string | null } = {}): Promise<{ ok: true }> {
  await revokeSessions(actor.userId, { actorId: actor.userId, reason: "logout-everywhere", ip: meta.ip });
  return { ok: true };
}
