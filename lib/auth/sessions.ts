import crypto from "node:crypto";
import { prisma, type Tx } from "@/lib/db/client";

/** Absolute lifetime: a working day plus overtime; nothing extends a session past it. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Idle timeout: no page or action for this long ends the session. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most this often per session (one UPDATE a minute, not one a request). */
const TOUCH_EVERY_MS = 60 * 1000;

/** The claims our JWT carries (next-auth signs and encrypts it). */
export type SessionClaims = { uid: number; sv: number; sid: string };

/** A new server-side session for a user who just proved their password; the id goes into the JWT. */
export async function createSession(userId: number, now = new Date()): Promise<string> {
  const key = crypto.randomBytes(24).toString("base64url");
  await prisma.authSession.create({ data: { key, userId, createdAt: now, lastSeenAt: now } });
  return key;
}

/**
 * Whether a token still opens the portal. Checked on every request (the next-auth jwt callback), so a
 * replayed cookie is refused once its session is revoked, the user disabled or their sessionVersion
 * bumped, the absolute lifetime over, or the session idle for longer than SESSION_IDLE_MS. Reading
 * never extends anything: only `touchSession` (a real page or action) moves lastSeenAt.
 */
export async function isSessionValid(claims: Partial<SessionClaims>, now = new Date()): Promise<boolean> {
  const { uid, sv, sid } = claims;
  if (!Number.isInteger(uid) || !Number.isInteger(sv) || typeof sid !== "string" || sid.length > 100) return false;
  const s = await prisma.authSession.findUnique({
    where: { key: sid },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: { select: { disabled: true, sessionVersion: true } },
    },
  });
  if (!s || s.userId !== uid || s.revokedAt !== null) return false;
  if (s.user.disabled || s.user.sessionVersion !== sv) return false;
  const t = now.getTime();
  return t - s.createdAt.getTime() < SESSION_ABSOLUTE_MS && t - s.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** Records real use of a session (pages and actions through getActor), at most once a minute. */
export async function touchSession(sid: string, now = new Date()): Promise<void> {
  await prisma.authSession.updateMany({
    where: { key: sid, revokedAt: null, lastSeenAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } },
    data: { lastSeenAt: now },
  });
}

/** Sign-out of this device. */
export async function revokeSession(sid: string, now = new Date()): Promise<void> {
  await prisma.authSession.updateMany({ where: { key: sid, revokedAt: null }, data: { revokedAt: now } });
}

/** Every device of the user (called with the sessionVersion bump, in the same transaction). */
export async function revokeUserSessions(db: Tx, userId: number, now = new Date()): Promise<number> {
  const { count } = await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** Rows past the absolute lifetime can never be valid again (the scheduled purge, ADR 0042). */
export async function purgeExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await prisma.authSession.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - SESSION_ABSOLUTE_MS) } },
  });
  return count;
}
