import { getBoss } from "./boss";
import { registerWorkers, type Handlers } from "./workers";
import { scheduleAuthPurge } from "@/lib/auth/purge-job";
import { scheduleImportPurge } from "@/lib/import/purge-recordings";

/** Starts the queue and this process's workers; called once per server process (instrumentation.ts). */
export async function startJobs(handlers?: Handlers): Promise<void> {
  const boss = await getBoss();
  await registerWorkers(boss, handlers);
  await scheduleAuthPurge(boss);
  await scheduleImportPurge(boss);
}
