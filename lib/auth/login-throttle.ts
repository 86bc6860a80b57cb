import type { Db } from "@/lib/db/client";

/**
 * Throttling without lock-out (OWASP ASVS 5.0 V6, docs/decisions/0042-login-throttle.md).
 *
 * - Per account: after ACCOUNT_FREE_FAILURES failures in FAILURE_WINDOW_MS, each attempt waits a
 *   growing delay (250 ms, 500 ms, 1 s, 2 s …) capped at MAX_DELAY_MS before the password is checked.
 *   It is never refused: a flood of wrong passwords costs the owner at most MAX_DELAY_MS.
 * - Per client address: the same delay on its failures, and a burst cap: more than CLIENT_BURST attempts
 *   from one address within CLIENT_BURST_WINDOW_MS are refused for that address only, for as long as it
 *   keeps bursting (a person who stops waits at most CLIENT_BURST_WINDOW_MS). This bounds parallel
 *   guessing from one client, which a delay alone cannot.
 * - "unknown" is never a client key: clients without an address would share it.
 */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FREE_FAILURES = 5;
export const MAX_DELAY_MS = 3000;
export const CLIENT_BURST = 10;
export const CLIENT_BURST_WINDOW_MS = 10 * 1000;

/** Delay before checking a password, given recent failures (the attempt being decided included). */
export function delayForFailures(failures: number): number {
  if (failures <= ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(250 * 2 ** (failures - ACCOUNT_FREE_FAILURES - 1), MAX_DELAY_MS);
}

export type ThrottleDecision = { refuse: boolean; delayMs: number };

/**
 * Decides an attempt already recorded (as a failure, createdAt = now): the count includes it and every
 * concurrent attempt committed before this query, so of N parallel attempts from one client at most
 * CLIENT_BURST get through, without a lock.
 */
export async function decideThrottle(
  db: Pick<Db, "loginAttempt">,
  key: { username: string; ip: string },
  now: Date,
): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const burstSince = new Date(now.getTime() - CLIENT_BURST_WINDOW_MS);
  const knownIp = key.ip !== "unknown";
  const [byUsername, byIp, burst] = await Promise.all([
    db.loginAttempt.count({ where: { username: key.username, success: false, createdAt: { gt: since } } }),
    knownIp ? db.loginAttempt.count({ where: { ip: key.ip, success: false, createdAt: { gt: since } } }) : 0,
    knownIp ? db.loginAttempt.count({ where: { ip: key.ip, createdAt: { gt: burstSince } } }) : 0,
  ]);
  return {
    refuse: burst > CLIENT_BURST,
    delayMs: Math.max(delayForFailures(byUsername), delayForFailures(byIp)),
  };
}

/**
 * Deletes attempts older than the window (they no longer count), at most `limit` rows per call so a
 * purge never holds a table lock for long. Run by the scheduled job (lib/auth/purge-job.ts).
 */
export async function purgeLoginAttempts(db: Pick<Db, "$executeRaw">, now: Date, limit = 500): Promise<number> {
  const before = new Date(now.getTime() - FAILURE_WINDOW_MS);
  return db.$executeRaw`
    DELETE FROM "LoginAttempt" WHERE "id" IN (
      SELECT "id" FROM "LoginAttempt" WHERE "createdAt" < ${before} ORDER BY "createdAt" LIMIT ${limit}
    )`;
}
