import type PgBoss from "pg-boss";
import { failImportJob, runImportJob } from "@/lib/import/run-import-job";
import { QUEUES, type QueueData } from "./queues";

export type Handlers = { [K in keyof QueueData]?: (data: QueueData[K]) => Promise<void> };

/** The one place where queues get their workers. */
export const HANDLERS: Handlers = {
  import: (data) => runImportJob(data.importJobId, data.step),
  importFailed: (data) => failImportJob(data.importJobId, data.step),
};

/** Registers a worker per queue (one job at a time each: imports are heavy on a 2-core machine). */
export async function registerWorkers(boss: PgBoss, handlers: Handlers = HANDLERS): Promise<void> {
  for (const key of Object.keys(handlers) as (keyof QueueData)[]) {
    const handler = handlers[key];
    if (!handler) continue;
    await boss.work<QueueData[typeof key]>(QUEUES[key], { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }
}
