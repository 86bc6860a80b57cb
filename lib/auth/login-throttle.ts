import type { Db } from "@/lib/db/client";

/** Failures allowed per username and per IP inside the window before further attempts are refused. */
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Whether an attempt already recorded (as a failure, createdAt = now) must be refused.
 *
 * The caller records the attempt *before* asking, so the count includes it and every concurrent
 * attempt committed before this query: of N parallel guesses at most MAX_FAILURES get through,
 * without a lock. Refused attempts stay recorded as failures, so an attacker who keeps trying keeps
 * the window closed; a person who waits 15 minutes gets in.
 *
 * "unknown" is not used as an IP key: every client without a forwarded address would share it, and
 * one attacker could then lock out everybody.
 */
export async function isThrottled(
  db: Pick<Db, "loginAttempt">,
  key: { username: string; ip: string },
  now: Date,
): Promise<boolean> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [byUsername, byIp] = await Promise.all([
    db.loginAttempt.count({
      where: { username: key.username, success: false, createdAt: { gt: since } },
    }),
    key.ip === "unknown"
      ? Promise.resolve(0)
      : db.loginAttempt.count({ where: { ip: key.ip, success: false, createdAt: { gt: since } } }),
  ]);
  // Counts include the attempt being decided, hence ">": MAX_FAILURES earlier failures refuse it.
  return byUsername > MAX_FAILURES || byIp > MAX_FAILURES;
}
