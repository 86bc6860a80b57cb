import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, describe, expect, it } from "vitest";
import { sampleDecision } from "@/bench/sample";
import { buildHonoreeListDocument } from "./honoree-list";
import { ExportBusyError, ExportPool } from "./render-pool";
import type { RenderTask } from "./render-task";

// A 1,000-line list: the file of issue 15 that stalled every other request for seconds.
const big: RenderTask = { kind: "honoree-list", format: "pdf", doc: buildHonoreeListDocument(sampleDecision(1000)) };
const small: RenderTask = { kind: "honoree-list", format: "pdf", doc: buildHonoreeListDocument(sampleDecision(3)) };

const pools: ExportPool[] = [];
const pool = (threads: number, queue: number) => {
  const p = new ExportPool({ threads, queue, niceIncrement: 10 });
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** Runs `work` while a 10 ms timer ticks on this thread; returns the longest gap between ticks beyond 10 ms. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stallMs: number; ms: number; result: T }> {
  let last = performance.now();
  let stallMs = 0;
  const tick = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 10);
    last = now;
  };
  const timer = setInterval(tick, 10);
  const t0 = performance.now();
  try {
    const result = await work();
    tick(); // a render that never yielded shows here
    return { stallMs, ms: performance.now() - t0, result };
  } finally {
    clearInterval(timer);
  }
}

describe("export pool (lib/exports/render-pool.ts)", () => {
  it("warm(): one loaded worker thread that stays, so the first real render does not start one", async () => {
    const p = new ExportPool({ threads: 1, queue: 1, keepWarm: true, idleTimeoutMs: 50 });
    pools.push(p);
    await p.warm();
    expect(p.threads).toEqual({ live: 1, started: 1 });
    // Past the idle timeout the thread is still there (minThreads), and the render runs on it.
    await new Promise((r) => setTimeout(r, 300));
    expect(p.threads).toEqual({ live: 1, started: 1 });
    expect(await pdfText(await p.render(small))).toContain("Số 112-QĐ/TU");
    expect(p.threads).toEqual({ live: 1, started: 1 });

    // Without keepWarm an idle thread goes (and the next render starts another): what warm() avoids.
    const cold = new ExportPool({ threads: 1, queue: 1, idleTimeoutMs: 50 });
    pools.push(cold);
    await cold.render(small);
    await expect.poll(() => cold.threads.live, { timeout: 5000 }).toBe(0);
    await cold.render(small);
    expect(cold.threads.started).toBe(2);
  }, 60_000);

  it("renders in a worker thread: the file reads back, and the calling thread keeps running meanwhile", async () => {
    const p = pool(1, 2);
    await p.render(small); // start the thread (loading tsx, pdfkit, fonts) outside the measurement
    const { stallMs, ms, result } = await longestStall(() => p.render(big));
    const text = await pdfText(result);
    expect(text).toContain("Số 112-QĐ/TU");
    expect(text).toContain("Chi bộ thôn Nà Lẹng số 1");
    expect(text).toContain("Chi bộ tổ dân phố Đồng Tâm số 798");
    // On the calling thread (what the server did before: EXPORT_WORKERS=0) the timer would stall for the
    // whole render; in the pool it only waits for the copy of the result.
    expect(stallMs).toBeLessThan(Math.max(150, ms / 4));
  }, 120_000);

  it("on the calling thread (EXPORT_WORKERS=0) the same render blocks it: what the pool prevents", async () => {
    const p = pool(0, 2);
    await p.render(small);
    const { stallMs, ms } = await longestStall(() => p.render(big));
    expect(stallMs).toBeGreaterThan(ms / 4);
  }, 120_000);

  it("holds its bound: `threads` renders at once, `queue` waiting, the rest refused at once", async () => {
    const p = pool(1, 1);
    const first = p.render(big);
    const second = p.render(big);
    expect(p.pending).toBe(2);
    await expect(p.render(small)).rejects.toBeInstanceOf(ExportBusyError);
    const [a, b] = await Promise.all([first, second]);
    expect(a.subarray(0, 5).toString()).toBe("%PDF-");
    expect(b.equals(a)).toBe(false); // two files (creation dates differ), both complete
    expect(await pdfText(b)).toContain("Chi bộ tổ dân phố Đồng Tâm số 798");
    expect(p.peak).toEqual({ pending: 2, threads: 1 });
    // Room again once they are done.
    expect((await p.render(small)).subarray(0, 5).toString()).toBe("%PDF-");
    expect(p.pending).toBe(0);
  }, 120_000);

  it("drops a waiting render and stops a running one when the request is abandoned", async () => {
    const p = pool(1, 2);
    const running = new AbortController();
    const waiting = new AbortController();
    const r1 = p.render(big, running.signal);
    const r2 = p.render(big, waiting.signal);
    waiting.abort();
    await expect(r2).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((r) => setTimeout(r, 200));
    running.abort();
    await expect(r1).rejects.toMatchObject({ name: "AbortError" });
    expect(p.pending).toBe(0);
    // The pool goes on with a fresh thread.
    expect(await pdfText(await p.render(small))).toContain("Số 112-QĐ/TU");
  }, 120_000);
});
