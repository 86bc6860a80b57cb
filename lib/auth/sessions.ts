import crypto from "node:crypto";
import { cache } from "react";
import { prisma, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./types";

/** Absolute lifetime: a working day plus overtime; nothing extends a session past it. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Idle timeout: no page or action for this long ends the session. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most this often per session (one UPDATE a minute, not one a request). */
export const TOUCH_EVERY_MS = 60 * 1000;

/** The claims our JWT carries (next-auth signs and encrypts it). */
export type SessionClaims = { uid: number; sv: number; sid: string };

/** A new server-side session for a user who just proved their password; the id goes into the JWT. */
export async function createSession(userId: number, now = new Date()): Promise<string> {
  const key = crypto.randomBytes(24).toString("base64url");
  await prisma.authSession.create({ data: { key, userId, createdAt: now, lastSeenAt: now } });
  return key;
}

/**
 * Everything a request needs about its session, in one statement: the session row, its user, the
 * user's unit (and whether it is current today, UTC date as in lib/org/eras isCurrent) and the unread
 * notifications of the header. Cached per request (React cache): the jwt callback's check, the page's
 * Actor and the layout's badge share it.
 */
export type SessionRecord = {
  userId: number;
  createdAt: Date;
  lastSeenAt: Date;
  revoked: boolean;
  disabled: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  unitCurrent: boolean;
  actor: Actor;
  unread: number;
};

/** One row of readSessionNow's statement: the record's own columns and the Actor's, side by side. */
type SessionRow = Omit<SessionRecord, "actor"> & Required<Omit<Actor, "userId">>;

async function readSessionNow(sid: string, today: string): Promise<SessionRecord | null> {
  const [r] = await prisma.$queryRaw<SessionRow[]>(Prisma.sql`
    SELECT s."userId", s."createdAt", s."lastSeenAt", s."revokedAt" IS NOT NULL AS revoked, u.disabled,
      u."sessionVersion", u."mustChangePassword", u.username, u."fullName", u.role::text AS role,
      n.id AS "unitId", n.name AS "unitName", n.level::text AS "unitLevel", n.kind::text AS "unitKind",
      n.path AS "unitPath",
      (n."validFrom" <= ${today}::date AND (n."validTo" IS NULL OR n."validTo" >= ${today}::date)) AS "unitCurrent",
      (SELECT count(*)::int FROM "Notification" x WHERE x."userId" = u.id AND x."readAt" IS NULL) AS unread
    FROM "AuthSession" s JOIN "User" u ON u.id = s."userId" JOIN "Unit" n ON n.id = u."unitId"
    WHERE s.key = ${sid}`);
  if (!r) return null;
  return {
    userId: r.userId,
    createdAt: new Date(r.createdAt),
    lastSeenAt: new Date(r.lastSeenAt),
    revoked: r.revoked,
    disabled: r.disabled,
    sessionVersion: r.sessionVersion,
    mustChangePassword: r.mustChangePassword,
    unitCurrent: r.unitCurrent,
    unread: Number(r.unread),
    actor: {
      userId: r.userId,
      username: r.username,
      fullName: r.fullName,
      role: r.role,
      unitId: r.unitId,
      unitName: r.unitName,
      unitLevel: r.unitLevel,
      unitKind: r.unitKind,
      unitPath: r.unitPath,
    },
  };
}

const readSessionCached = cache(readSessionNow);

/** The session of a token's `sid` as of now (one statement, shared by everything in one request). */
export function readSession(sid: string, now = new Date()): Promise<SessionRecord | null> {
  return readSessionCached(sid, now.toISOString().slice(0, 10));
}

/**
 * Whether a token still opens the portal. Checked on every request (the next-auth jwt callback), so a
 * replayed cookie is refused once its session is revoked, the user disabled or their sessionVersion
 * bumped, the absolute lifetime over, or the session idle for longer than SESSION_IDLE_MS. Reading
 * never extends anything: only `touchSession` (a real page or action) moves lastSeenAt.
 */
export async function isSessionValid(claims: Partial<SessionClaims>, now = new Date()): Promise<boolean> {
  const { uid, sv, sid } = claims;
  if (typeof uid !== "number" || typeof sv !== "number" || typeof sid !== "string") return false;
  if (!Number.isInteger(uid) || !Number.isInteger(sv) || sid.length > 100) return false;
  return opens(await readSession(sid, now), { uid, sv, sid }, now);
}

/** The one rule both checks share: the token's session, of its user and sessionVersion, not revoked, the
 * user not disabled, within its absolute lifetime and not idle. */
function opens(s: SessionRecord | null, claims: SessionClaims, now: Date): s is SessionRecord {
  if (!s || s.userId !== claims.uid || s.sessionVersion !== claims.sv || s.revoked || s.disabled) return false;
  const t = now.getTime();
  return t - s.createdAt.getTime() < SESSION_ABSOLUTE_MS && t - s.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/**
 * The signed-in person of a page or action from the session record (the same rule as
 * loadSessionUser: user gone or disabled, token older than the last revocation, unit closed → null), and
 * real use recorded: lastSeenAt is written at most once a minute (not one UPDATE per request).
 */
export async function openSession(
  claims: SessionClaims,
  now = new Date(),
): Promise<{ actor: Actor; mustChangePassword: boolean; unread: number } | null> {
  const s = await readSession(claims.sid, now);
  if (!opens(s, claims, now) || !s.unitCurrent) return null;
  if (now.getTime() - s.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await touchSession(claims.sid, now);
  return { actor: s.actor, mustChangePassword: s.mustChangePassword, unread: s.unread };
}

/** Records real use of a session (pages and actions through getActor), at most once a minute. */
export async function touchSession(sid: string, now = new Date()): Promise<void> {
  await prisma.authSession.updateMany({
    where: { key: sid, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - TOUCH_EVERY_MS) } },
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
