import type PgBoss from "pg-boss";
import { prisma } from "@/lib/db/client";
import { QUEUES } from "@/lib/jobs/queues";
import { scheduleRecurring } from "@/lib/jobs/recurring";
import { purgeLoginAttempts } from "./login-throttle";
import { purgeExpiredSessions } from "./sessions";

/** Every 15 minutes (the throttle window), whichever copy of the portal picks it up. */
export const AUTH_PURGE_CRON = "*/15 * * * *";

/** Deletes login attempts past their window and sessions past their absolute lifetime. */
export async function runAuthPurge(now = new Date()): Promise<{ attempts: number; sessions: number }> {
  let attempts = 0;
  for (;;) {
    const n = await purgeLoginAttempts(prisma, now, 5000);
    attempts += n;
    if (n < 5000) break;
  }
  return { attempts, sessions: await purgeExpiredSessions(now) };
}

/** Its schedule and its worker (idempotent across restarts and copies). */
export async function scheduleAuthPurge(boss: PgBoss): Promise<void> {
  await scheduleRecurring(boss, QUEUES.authPurge, AUTH_PURGE_CRON, 30, () => runAuthPurge());
}
