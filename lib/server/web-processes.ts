// How many web server processes scripts/serve.ts runs on its one port (ADR 0057), and what each gets.
import os from "node:os";

/** Beyond this many processes the database connections (14 per process) outgrow a default PostgreSQL. */
export const MAX_WEB_PROCESSES = 4;

const positiveInt = (v: string | undefined) => {
  const n = v === undefined || v.trim() === "" ? NaN : Number(v);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};

/**
 * WEB_CONCURRENCY if set (1 = one process, as before ADR 0057), else one process per core, at most
 * MAX_WEB_PROCESSES. A page renders on its process's one JavaScript thread, so one process uses one core.
 */
export function webProcesses(
  env: Record<string, string | undefined> = process.env,
  cores: number = os.availableParallelism(),
): number {
  return positiveInt(env.WEB_CONCURRENCY) ?? Math.max(1, Math.min(cores, MAX_WEB_PROCESSES));
}

/** Set by the primary for its workers: how many web processes share the machine (1 when alone). */
export const WEB_PROCESSES_ENV = "DVK_WEB_PROCESSES";

export function webProcessesOfThisServer(env: Record<string, string | undefined> = process.env): number {
  return positiveInt(env[WEB_PROCESSES_ENV]) ?? 1;
}

/**
 * Node flags of every web process (scripts/start.ts and bench/scale.ts start serve.ts with them; its cluster
 * workers inherit them). A page allocates a few MB of short-lived objects (React trees, RSC rows); with a
 * 32 MB semi-space (default 16) fewer scavenges run. Measured 07/12/2026, one process, 100k models, 1,500
 * requests at 4 connections, two rounds each: CPU per page −4 % on /thong-ke, −3 % on /mo-hinh with a search,
 * −12 % on /tham-dinh; the young generation costs up to about 50 MB more memory per process.
 */
export const WEB_NODE_FLAGS = ["--max-semi-space-size=32"];
