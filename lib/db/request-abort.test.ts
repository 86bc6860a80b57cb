import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Next's own test of "the response was closed": a render that fails with such an error is not logged.
import { isAbortError } from "next/dist/server/pipe-readable";
import { prisma } from "./client";
import { AbortablePool, quietAbandonedRenders, requestSignalFor, runWithRequestSignal } from "./request-abort";

// A real HTTP server around the same wrapper scripts/serve.ts puts around every GET, and real PostgreSQL:
// the client leaves, and pg_stat_activity must show its query gone.
let server: http.Server;
let base: string;
const observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
const outcomes = new Map<string, string>();
const errors = new Map<string, unknown>();

beforeAll(async () => {
  await observer.connect();
  server = http.createServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    const tag = url.searchParams.get("tag")!;
    const work = async () => {
      try {
        if (url.pathname === "/sleep") {
          await prisma.$queryRawUnsafe(`SELECT pg_sleep(30), '${tag}' AS tag`);
        } else if (url.pathname === "/tx") {
          await prisma.$transaction(async (tx) => {
            await tx.$queryRawUnsafe(`SELECT pg_sleep(30), '${tag}' AS tag`);
          });
        } else if (url.pathname === "/then") {
          // Work after a slow step: refused once the client has gone, it never reaches the database.
          await new Promise((r) => setTimeout(r, 1500));
          await prisma.$queryRawUnsafe(`SELECT pg_sleep(30), '${tag}' AS tag`);
        } else {
          await prisma.$queryRawUnsafe(`SELECT '${tag}' AS tag`);
        }
        outcomes.set(tag, "done");
        res.end("ok");
      } catch (err) {
        outcomes.set(tag, (err as Error).message);
        errors.set(tag, err);
        res.destroy();
      }
    };
    if (url.searchParams.has("unwrapped")) void work();
    else void runWithRequestSignal(requestSignalFor(req, res), work);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await observer.query(
    `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()`,
  );
  await observer.end();
  server.close();
});

/** Queries now running that carry the tag. */
async function running(tag: string): Promise<number> {
  const { rows } = await observer.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()`,
    [`%'${tag}' AS tag%`],
  );
  return rows[0].n;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<number> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - t0;
}

/**
 * The page's query failed with the abandonment itself, as Prisma passed it on (not a
 * PrismaClientKnownRequestError around it, nor PostgreSQL's own cancel error), which Next counts as an
 * aborted response and does not log with a source-mapped stack.
 */
function expectUnlogged(tag: string) {
  const err = errors.get(tag) as Error;
  expect(err.name).toBe("AbortError");
  expect(err.constructor.name).toBe("RequestAbandonedError");
  expect(isAbortError(err)).toBe(true);
}

/** Starts a request and abandons it (the socket closed) once `when` holds. */
async function abandon(path: string, when: () => Promise<boolean>) {
  const req = http.get(`${base}${path}`);
  req.on("error", () => {});
  await until(when, 10_000);
  req.destroy();
}

describe("queries of an abandoned request (lib/db/request-abort.ts)", () => {
  it("a running query is cancelled within a second or two of the client leaving", async () => {
    await abandon("/sleep?tag=a1", async () => (await running("a1")) === 1);
    const ms = await until(async () => (await running("a1")) === 0, 2000);
    expect(ms).toBeLessThan(2000);
    await until(async () => outcomes.has("a1"), 2000);
    expect(outcomes.get("a1")).toMatch(/cancel/i);
    expectUnlogged("a1");
  });

  it("inside a transaction too, and the connection goes back usable", async () => {
    await abandon("/tx?tag=a2", async () => (await running("a2")) === 1);
    await until(async () => (await running("a2")) === 0, 2000);
    await until(async () => outcomes.has("a2"), 2000);
    expect(outcomes.get("a2")).not.toBe("done");
    expectUnlogged("a2");
    // Every pooled connection still works (none was left inside the failed transaction).
    const results = await Promise.all(
      Array.from({ length: 12 }, () => prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`),
    );
    expect(results.every((r) => r[0].one === 1)).toBe(true);
    const { rows } = await observer.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%' AND datname = current_database()`,
    );
    expect(rows[0].n).toBe(0);
  });

  it("a query the request would start after the client left is refused before it reaches the database", async () => {
    const req = http.get(`${base}/then?tag=a3`);
    req.on("error", () => {});
    await new Promise((r) => setTimeout(r, 300));
    req.destroy();
    await until(async () => outcomes.has("a3"), 5000);
    expect(outcomes.get("a3")).toMatch(/abandoned/);
    expectUnlogged("a3");
    expect(await running("a3")).toBe(0);
  });

  it("a request answered in full is not touched; outside a request nothing changes", async () => {
    const res = await fetch(`${base}/quick?tag=a4`);
    expect(await res.text()).toBe("ok");
    expect(outcomes.get("a4")).toBe("done");
    expect(await prisma.$queryRaw`SELECT 2 AS two`).toEqual([{ two: 2 }]);
  });

  it("without the wrapper (the server before this change) the query runs on after the client left", async () => {
    await abandon("/sleep?tag=a5&unwrapped=1", async () => (await running("a5")) === 1);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await running("a5")).toBe(1);
    await observer.query(
      `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE '%''a5'' AS tag%' AND pid <> pg_backend_pid()`,
    );
  });

  it("a query waiting for a connection keeps its own request's signal, not the one of the request that freed it", async () => {
    const pool = new AbortablePool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      for (const waiter of ["request", "no request"] as const) {
        const freer = new AbortController();
        const held = await runWithRequestSignal(freer.signal, () => pool.connect());
        const mine = new AbortController();
        const ask = () => pool.query("SELECT pg_sleep(0.5), 'waited' AS tag");
        // The pool hands the freed connection to the waiting query inside the freeing request's context.
        const waiting = waiter === "request" ? runWithRequestSignal(mine.signal, ask) : ask();
        runWithRequestSignal(freer.signal, () => held.release());
        freer.abort(new Error("the freeing request's client left"));
        await expect(waiting).resolves.toMatchObject({ rows: [{ tag: "waited" }] });
      }
    } finally {
      await pool.end();
    }
  });
});

describe("lookups Prisma batches across requests", () => {
  it("a findUnique sent in one batch with an abandoned request's is answered for the request still there", async () => {
    // Prisma sends the findUnique calls of one tick as one query, in the async context of the first caller:
    // with that caller's signal, the other request's lookup failed as "abandoned" (and Next logged nothing).
    const left = new AbortController();
    left.abort(new Error("client left"));
    const here = new AbortController();
    const outcome = (p: Promise<unknown>) =>
      p.then(
        () => "done",
        (e: Error) => e.name,
      );
    const abandoned = runWithRequestSignal(left.signal, () => outcome(prisma.user.findUnique({ where: { id: -1 } })));
    const live = runWithRequestSignal(here.signal, () => outcome(prisma.user.findUnique({ where: { id: -2 } })));
    expect(await live).toBe("done");
    // A primary-key read is not worth cancelling: the abandoned one is answered too (nobody reads it).
    expect(await abandoned).toBe("done");
  });
});

describe("the log of an abandoned render (quietAbandonedRenders)", () => {
  // What Next's HTML render logs for a server-component error it only knows by digest.
  const standIn = () =>
    Object.assign(
      new Error(
        "An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details.",
      ),
      { digest: "3245756941" },
    );

  it("drops Next's digest-only stand-in in a request whose client left, and nothing else", () => {
    const lines: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void lines.push(args) };
    quietAbandonedRenders(target);
    const left = new AbortController();
    left.abort();
    const here = new AbortController();
    const real = new Error('relation "Model" does not exist');
    runWithRequestSignal(left.signal, () => {
      target.error("⨯", standIn());
      target.error("⨯", real);
    });
    runWithRequestSignal(here.signal, () => target.error("⨯", standIn()));
    target.error("⨯", standIn());
    expect(lines).toEqual([
      ["⨯", real],
      ["⨯", standIn()],
      ["⨯", standIn()],
    ]);
  });
});
