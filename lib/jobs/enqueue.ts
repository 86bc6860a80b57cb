import { getBoss } from "./boss";
import type { QueueData, QueueName } from "./queues";
import { QUEUES } from "./queues";

/** Puts one job on a queue; any running copy of the portal picks it up. Returns pg-boss's job id. */
export async function enqueue<K extends keyof QueueData>(queue: K, data: QueueData[K]): Promise<string> {
  const boss = await getBoss();
  const name: QueueName = QUEUES[queue];
  const id = await boss.send(name, data);
  if (!id) throw new Error(`pg-boss refused a job on ${name}`);
  return id;
}
