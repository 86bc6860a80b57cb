import type PgBoss from "pg-boss";
import { getBoss } from "./boss";
import type { QueueData, QueueName } from "./queues";
import { DEAD_LETTERS, QUEUES } from "./queues";

/**
 * Puts one job on a queue; any running copy of the portal picks it up. Returns pg-boss's job id. The
 * dead-letter queue is set on each job (a queue created before it existed keeps its old options);
 * `options` override the retry defaults of lib/jobs/boss.ts.
 */
export async function enqueue<K extends keyof QueueData>(
  queue: K,
  data: QueueData[K],
  options: Pick<PgBoss.SendOptions, "retryLimit" | "retryDelay"> = {},
): Promise<string> {
  const boss = await getBoss();
  const name: QueueName = QUEUES[queue];
  const deadLetter = DEAD_LETTERS[queue];
  const id = await boss.send(name, data, { ...options, ...(deadLetter ? { deadLetter } : {}) });
  if (!id) throw new Error(`pg-boss refused a job on ${name}`);
  return id;
}
