import type PgBoss from "pg-boss";
import type { QueueName } from "./queues";

/**
 * A job on a cron schedule (Vietnamese time), run by whichever copy of the portal picks it up. The queue
 * itself is created with every other at start (lib/jobs/boss.ts); schedule and worker are idempotent
 * across restarts and copies.
 */
export async function scheduleRecurring(
  boss: PgBoss,
  queue: QueueName,
  cron: string,
  pollingIntervalSeconds: number,
  run: () => Promise<unknown>,
): Promise<void> {
  await boss.schedule(queue, cron, {}, { tz: "Asia/Ho_Chi_Minh" });
  await boss.work(queue, { pollingIntervalSeconds, batchSize: 1 }, async () => {
    await run();
  });
}
