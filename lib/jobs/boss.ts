import PgBoss from "pg-boss";
import { DEAD_LETTERS, QUEUES } from "./queues";

/**
 * One pg-boss instance per process, on the portal's own PostgreSQL (schema `pgboss`, created and
 * migrated by pg-boss itself on start). Several copies of the portal share the queue: pg-boss hands
 * each job to one worker with SKIP LOCKED. See docs/decisions/0030-job-queue-pg-boss.md.
 */
const holder = globalThis as unknown as { __dvkBoss?: Promise<PgBoss>; __dvkBossUrl?: string };

export const BOSS_SCHEMA = "pgboss";

async function create(url: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: 4,
    application_name: "dvk-jobs",
    // An import is all-or-nothing and idempotent (stable codes), so a retry after a crash is safe.
    retryLimit: 2,
    retryDelay: 5,
    expireInMinutes: 30,
  });
  boss.on("error", (err) => console.error("[jobs]", err));
  await boss.start();
  const deadLetters = new Set<string>(Object.values(DEAD_LETTERS));
  for (const name of deadLetters) await boss.createQueue(name);
  for (const name of Object.values(QUEUES)) if (!deadLetters.has(name)) await boss.createQueue(name);
  return boss;
}

/** The started instance for DATABASE_URL (started on first use; a changed URL, in tests, gets a new one). */
export function getBoss(): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (!holder.__dvkBoss || holder.__dvkBossUrl !== url) {
    holder.__dvkBossUrl = url;
    holder.__dvkBoss = create(url).catch((err) => {
      holder.__dvkBoss = undefined;
      throw err;
    });
  }
  return holder.__dvkBoss;
}

/** Stops workers (letting running jobs finish up to `timeout` ms) and closes the pool. */
export async function stopBoss(timeout = 10_000): Promise<void> {
  const pending = holder.__dvkBoss;
  holder.__dvkBoss = undefined;
  holder.__dvkBossUrl = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout, wait: true });
}
