/**
 * Work of an abandoned request stops (issue 15): a client that closes the connection before its answer is
 * complete aborts the request's signal, and every PostgreSQL query the request is running is cancelled
 * (the protocol's CancelRequest, what psql's Ctrl-C sends), and any it would start is refused.
 *
 * - The production server (scripts/serve.ts) runs each request inside runWithRequestSignal() with a
 *   signal from requestSignalFor(req, res); Next 16 gives route handlers request.signal but server
 *   components no signal at all, and this covers both: the signal travels with the request's async
 *   context (AsyncLocalStorage), which every query of its pages, layouts and handlers inherits.
 * - lib/db/client.ts uses AbortablePool, whose connections (AbortableClient) look the signal up per query.
 * - Outside a request (tests, scripts, background jobs) there is no signal and nothing changes.
 *
 * The storage sits on globalThis: serve.ts (run by tsx) and Next's bundles of lib/ are separate module
 * instances of this file and must share it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";
import net from "node:net";
import pg from "pg";

const holder = globalThis as unknown as { __dvkRequestSignal?: AsyncLocalStorage<AbortSignal> };
const storage = (holder.__dvkRequestSignal ??= new AsyncLocalStorage<AbortSignal>());

export function runWithRequestSignal<T>(signal: AbortSignal, fn: () => T): T {
  return storage.run(signal, fn);
}

export function currentRequestSignal(): AbortSignal | undefined {
  return storage.getStore();
}

/** Runs fn outside any request's signal: its queries are neither cancelled nor refused (lib/db/client.ts). */
export function withoutRequestSignal<T>(fn: () => T): T {
  return storage.exit(fn);
}

/** Aborted when the connection closes before the response was completely written. */
export function requestSignalFor(req: IncomingMessage, res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort(new Error(`client left: ${req.method} ${req.url}`));
  });
  return controller.signal;
}

/**
 * The error a query of an abandoned request gets. Named "AbortError", as an aborted fetch's: Next does not
 * log a render that failed with one (its isAbortError), since nobody is there to read the answer. It has no
 * `code`, so Prisma throws it as it is instead of wrapping it in a PrismaClientKnownRequestError, which Next
 * would log with a source-mapped stack: 20 such lines when a load test stops, the first one parsing the
 * chunk's source map for 1.2 s of blocked event loop (a CPU profile, 07/12/2026).
 */
export class RequestAbandonedError extends Error {
  constructor() {
    super("canceling statement: the client abandoned the request");
    this.name = "AbortError";
  }
}

type Backend = { processID: number | null; secretKey: number | null };

/** CancelRequest (PostgreSQL protocol 3.0): a fresh connection carrying the backend's pid and secret key. */
function sendCancel(params: { host?: string; port?: number }, backend: Backend) {
  if (backend.processID == null || backend.secretKey == null) return;
  const packet = Buffer.alloc(16);
  packet.writeInt32BE(16, 0);
  packet.writeInt32BE(80877102, 4);
  packet.writeInt32BE(backend.processID, 8);
  packet.writeInt32BE(backend.secretKey, 12);
  const host = params.host ?? "localhost";
  const port = params.port ?? 5432;
  const socket = host.startsWith("/") ? net.connect(`${host}/.s.PGSQL.${port}`) : net.connect(port, host);
  socket.setTimeout(5000, () => socket.destroy());
  socket.on("error", () => {});
  socket.on("connect", () => socket.end(packet));
}

type QueryArgs = Parameters<pg.Client["query"]>;
type Callback = (err: Error | null, res?: unknown) => void;

/** Ends a transaction the request had open: still sent after an abort, or the connection would go back to
 * the pool inside a failed transaction. */
const TX_END = /^\s*(ROLLBACK|COMMIT|END|ABORT|RELEASE)\b/i;
const sqlOf = (config: unknown) =>
  typeof config === "string"
    ? config
    : typeof config === "object" && config
      ? String((config as { text?: unknown }).text ?? "")
      : "";

/**
 * A pg.Client whose queries belong to the current request: when it is abandoned, the running one is
 * cancelled and answers an error even if its result won (a pooled connection that errs is discarded by
 * pg-pool, so a late cancel never reaches the next user's query), and new ones are refused.
 */
export class AbortableClient extends pg.Client {
  // @ts-expect-error -- one override for pg's many query() overloads; every form is passed through.
  override query(...args: QueryArgs) {
    const run = super.query as (...a: unknown[]) => unknown;
    const signal = currentRequestSignal();
    if (!signal || TX_END.test(sqlOf(args[0]))) return run.apply(this, args);
    const callback = typeof args.at(-1) === "function" ? (args.pop() as Callback) : null;
    if (signal.aborted) {
      const err = new RequestAbandonedError();
      if (!callback) return Promise.reject(err);
      process.nextTick(() => callback(err));
      return undefined;
    }
    const params = (this as unknown as { connectionParameters: { host?: string; port?: number } }).connectionParameters;
    const onAbort = () => sendCancel(params, this as unknown as Backend);
    signal.addEventListener("abort", onAbort, { once: true });
    // Once abandoned, the answer is the abandonment, also when PostgreSQL answered the cancel with its own
    // error (57014 "canceling statement due to user request").
    const settle = (err: Error | null) => {
      signal.removeEventListener("abort", onAbort);
      return signal.aborted ? new RequestAbandonedError() : err;
    };
    if (callback) return run.call(this, ...args, (err: Error | null, res?: unknown) => callback(settle(err), res));
    const result = run.apply(this, args) as Promise<unknown> | undefined;
    if (!result || typeof result.then !== "function") return result;
    return result.then(
      (res) => {
        const err = settle(null);
        if (err) throw err;
        return res;
      },
      (e: Error) => {
        throw settle(e);
      },
    );
  }
}

/**
 * A pg.Pool of AbortableClients. pg-pool calls back from connect() in the async context of whoever freed
 * the connection (another request, perhaps an abandoned one): the callback runs with the caller's
 * request signal, so each query sees its own request's signal and no other.
 */
type ConnectCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

export class AbortablePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super({ ...config, Client: AbortableClient as unknown as new () => pg.ClientBase });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (!callback) return super.connect();
    // Only the request signal is carried over: AsyncResource.bind would too, but on Node 20 it costs a
    // deprecation wrapper per call (0.4 % of a page's CPU in a profile, for every query).
    const signal = storage.getStore();
    return super.connect((err, client, done) =>
      signal ? storage.run(signal, callback, err, client, done) : storage.exit(callback, err, client, done),
    );
  }
}

/** Next's production stand-in for a server-component error (React Flight sends the HTML render only a digest). */
const HIDDEN_RSC_ERROR = "An error occurred in the Server Components render.";

const isHiddenRscError = (a: unknown) => a instanceof Error && "digest" in a && a.message.startsWith(HIDDEN_RSC_ERROR);

/**
 * Keeps abandoned renders out of the log (scripts/serve.ts calls it once per process). Next does not log a
 * server-component render that failed with an AbortError (RequestAbandonedError), but its HTML render then
 * meets the same failure as a digest-only stand-in it never recorded and logs that ("⨯ An error occurred in
 * the Server Components render…"), once per abandoned request. A genuine server-component error is logged
 * by Next with its message and stack, its stand-in not again; so only that stand-in is dropped, and only in
 * a request whose client has left.
 */
export function quietAbandonedRenders(target: Pick<Console, "error"> = console): void {
  const error = target.error;
  target.error = function (this: unknown, ...args: unknown[]) {
    if (currentRequestSignal()?.aborted && args.some(isHiddenRscError)) return;
    return error.apply(this, args);
  };
}
