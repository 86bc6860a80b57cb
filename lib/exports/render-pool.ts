/**
 * Exports render off the request thread, a bounded number at a time (issue 15: one 1,000-line PDF
 * rendered on the request thread stalled every other user's page for seconds).
 *
 * - A piscina pool of EXPORT_WORKERS worker threads (default: 1 on a 2-core machine, else cores − 1, at
 *   most 4), each rendering one file at a time, at a lower CPU priority (nice +10) than the request
 *   thread, so pages keep being answered while a file renders.
 * - At most EXPORT_QUEUE (default 8) more wait for a thread; past that, render() refuses at once with
 *   ExportBusyError, which the download routes answer with 503 and a Vietnamese "try again in a moment".
 * - The bound is per process. When scripts/serve.ts runs several web processes (ADR 0057), the defaults
 *   are shared out between them: threads ÷ processes (at least 1 each), queue ÷ processes (rounded up),
 *   so the machine as a whole renders about as many files at once as one process did. Set explicitly,
 *   EXPORT_WORKERS and EXPORT_QUEUE are each process's own.
 * - A request the client abandoned passes its AbortSignal: a waiting render is dropped, a running one's
 *   thread is stopped (piscina terminates it and starts a fresh one when needed).
 * - EXPORT_WORKERS=0 renders on the request thread (the behaviour before the pool, kept for the
 *   benchmark's comparison), with the same bound on files in progress.
 *
 * The worker is lib/exports/render-worker.mjs, found from the working directory like the fonts and
 * public/ (npm start, the benchmarks and Vitest all run from the project folder): Next's bundle of this
 * module does not contain it, and need not.
 */
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { webProcessesOfThisServer } from "@/lib/server/web-processes";
import { renderTask, type RenderTask } from "./render-task";

export class ExportBusyError extends Error {
  constructor() {
    super("export pool busy");
    this.name = "ExportBusyError";
  }
}

export type ExportPoolOptions = {
  /** Worker threads (renders at once); 0 = render on the calling thread. */
  threads: number;
  /** Renders that may wait for a thread; more are refused. */
  queue: number;
  /** Added to the workers' nice value (Linux: per thread), so the request thread wins the CPU. */
  niceIncrement?: number;
  /** An idle worker thread exits after this long (it costs ~60 MB and a second or two to start). */
  idleTimeoutMs?: number;
  /** One worker thread stays, loaded (warm()), so no one's first download waits ~2 s for it to start. */
  keepWarm?: boolean;
};

const intFrom = (v: string | undefined, fallback: number) => {
  const n = v === undefined || v === "" ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

export function exportPoolOptionsFromEnv(
  env: Record<string, string | undefined> = process.env,
  cores: number = os.availableParallelism(),
): ExportPoolOptions {
  const processes = webProcessesOfThisServer(env);
  const machineThreads = cores <= 2 ? 1 : Math.min(4, cores - 1);
  return {
    threads: intFrom(env.EXPORT_WORKERS, Math.max(1, Math.floor(machineThreads / processes))),
    queue: intFrom(env.EXPORT_QUEUE, Math.ceil(8 / processes)),
    niceIncrement: 10,
    idleTimeoutMs: 5 * 60_000,
    keepWarm: env.NODE_ENV === "production" && env.EXPORT_KEEP_WARM !== "0",
  };
}

const WORKER_FILE = path.join(process.cwd(), "lib", "exports", "render-worker.mjs");

export class ExportPool {
  private pool: Piscina<RenderTask, Uint8Array> | undefined;
  private inFlight = 0;
  private highWater = 0;

  constructor(readonly options: ExportPoolOptions) {}

  /** Renders admitted and not finished (running + waiting). */
  get pending(): number {
    return this.inFlight;
  }

  /** The most renders ever admitted at once, and the most worker threads the pool ever held. */
  get peak(): { pending: number; threads: number } {
    return { pending: this.highWater, threads: this.peakThreads };
  }
  private peakThreads = 0;
  private liveThreads = 0;
  private startedThreads = 0;

  /** Worker threads alive now, and started so far. */
  get threads(): { live: number; started: number } {
    return { live: this.liveThreads, started: this.startedThreads };
  }

  private workers(): Piscina<RenderTask, Uint8Array> {
    if (!this.pool) {
      const { threads, niceIncrement = 0, idleTimeoutMs = 60_000, keepWarm = false } = this.options;
      this.pool = new Piscina<RenderTask, Uint8Array>({
        filename: WORKER_FILE,
        minThreads: keepWarm ? 1 : 0,
        maxThreads: threads,
        concurrentTasksPerWorker: 1,
        // Our own admission count below is the bound; piscina only keeps the order.
        maxQueue: Infinity,
        idleTimeout: idleTimeoutMs,
        niceIncrement: process.platform === "linux" ? niceIncrement : 0,
      });
      this.pool.on("workerCreate", () => {
        this.startedThreads += 1;
        this.liveThreads += 1;
        this.peakThreads = Math.max(this.peakThreads, this.liveThreads);
      });
      this.pool.on("workerDestroy", () => {
        this.liveThreads -= 1;
      });
    }
    return this.pool;
  }

  async render(task: RenderTask, signal?: AbortSignal): Promise<Buffer> {
    const { threads, queue } = this.options;
    if (this.inFlight >= Math.max(threads, 1) + queue) throw new ExportBusyError();
    signal?.throwIfAborted();
    this.inFlight += 1;
    this.highWater = Math.max(this.highWater, this.inFlight);
    try {
      const bytes = threads === 0 ? await renderTask(task) : await this.workers().run(task, { signal });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } finally {
      this.inFlight -= 1;
    }
  }

  /**
   * Starts a worker thread and has it load the renderers and fonts (a one-line list in each format), so
   * the first real download is as fast as the next ones (2.1 s → 0.3 s for a PDF). Not counted against
   * the admission bound; nothing when renders run on this thread (threads = 0).
   */
  async warm(): Promise<void> {
    if (this.options.threads === 0) return;
    await this.workers().run({ kind: "warm" });
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close({ force: true });
  }
}

// One pool per process, even if Next loads this module in several bundles.
const holder = globalThis as unknown as { __dvkExportPool?: ExportPool };

export function exportPool(): ExportPool {
  holder.__dvkExportPool ??= new ExportPool(exportPoolOptionsFromEnv());
  return holder.__dvkExportPool;
}

export const isAbortError = (err: unknown) => err instanceof Error && err.name === "AbortError";
