/**
 * The portal's HTTP server (what `npm start` runs after the database is ready): Next's request handler
 * behind a plain Node server, so that
 * - it binds 127.0.0.1 unless HOST says otherwise (a reverse proxy or HOST=0.0.0.0 exposes it);
 * - the client address comes from the socket and TRUST_PROXY_HOPS, never from what the client sends
 *   (Next itself keeps a client-sent X-Forwarded-For), and reaches the app in one header we overwrite;
 * - SIGTERM/SIGINT stop accepting connections, let in-flight requests finish (none is reset, see stop()),
 *   and exit within 10 s;
 * - a page load or download (GET/HEAD) whose client goes away before its answer is complete stops its
 *   database queries (lib/db/request-abort.ts). Form posts and server actions run to their end: half a
 *   save is worse than a wasted one;
 * - it runs WEB_CONCURRENCY processes on the one port (default: one per core, at most 4; ADR 0057): a page
 *   renders on its process's single JavaScript thread, so one process could use one core only. The
 *   primary holds the port and hands each new connection to the worker with the fewest open ones;
 *   each worker is the server described above, with its own Next handler, database pool, pg-boss workers
 *   and export pool. The database start and the migrations stay in scripts/start.ts, once.
 */
import cluster, { type Worker } from "node:cluster";
import http from "node:http";
import net, { type Socket } from "node:net";
import path from "node:path";
import next from "next";
import { attachClientIp, trustedProxyHops } from "../lib/auth/client-ip";
import { quietAbandonedRenders, requestSignalFor, runWithRequestSignal } from "../lib/db/request-abort";
import { WEB_PROCESSES_ENV, webProcesses } from "../lib/server/web-processes";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
const hops = trustedProxyHops();
/** In-flight requests get this long after SIGTERM; then the process exits regardless. */
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS || 8000);
/** After SIGTERM the listener stays open at least this long (answering with `Connection: close`), see stop(). */
const LINGER_MS = Number(process.env.SHUTDOWN_LINGER_MS || 500);
/** …and at most this long, even if clients keep connecting. */
const LISTEN_MAX_MS = DRAIN_MS - 2000;
/** A connection accepted but still without a request gets this long to send it before it is closed. */
const FRESH_GRACE_MS = 2000;

type Conn = { acceptedAt: number; active: Set<http.ServerResponse>; served: boolean };

/**
 * Messages between the primary and its workers when there are several processes (ADR 0057 addendum): the
 * primary holds the port and hands each connection to the worker with the fewest open ones.
 */
const MSG = {
  /** worker → primary: its server is ready for connections. */
  ready: "dvk:ready",
  /** primary → worker, with the socket: a connection to serve. */
  connection: "dvk:connection",
  /** worker → primary: one of its connections closed. */
  closed: "dvk:closed",
  /** primary → worker: stopping; answer with `Connection: close`, take what is still handed. */
  stop: "dvk:stop",
  /** primary → worker: the port is closed, nothing more comes; close idle connections and exit. */
  drain: "dvk:drain",
} as const;

/** This process serves connections its cluster primary hands it; it does not listen itself. */
const handed = cluster.isWorker;

const stoppingLine = (signal: string) =>
  `[dan-van-kheo] ${signal}: ngừng nhận yêu cầu mới, chờ các yêu cầu đang xử lý…`;

/** Runs fn after the event loop has polled once more (timers run before the poll phase, immediates after). */
function afterPoll(ms: number, fn: () => void) {
  setTimeout(() => setImmediate(fn), ms);
}

async function main() {
  quietAbandonedRenders();
  const app = next({ dev: false, dir: root, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const conns = new Map<Socket, Conn>();
  let closing = false;

  const server = http.createServer((req, res) => {
    attachClientIp(req, hops);
    const conn = conns.get(req.socket);
    if (conn) {
      conn.served = true;
      conn.active.add(res);
      res.once("close", () => conn.active.delete(res));
    }
    if (closing) res.setHeader("Connection", "close");
    if (req.method === "GET" || req.method === "HEAD")
      void runWithRequestSignal(requestSignalFor(req, res), () => handle(req, res));
    else void handle(req, res);
  });
  server.keepAliveTimeout = 5000;
  const accepted = { since: false };
  server.on("connection", (socket: Socket) => {
    accepted.since = true;
    conns.set(socket, { acceptedAt: Date.now(), active: new Set(), served: false });
    socket.once("close", () => {
      conns.delete(socket);
      if (handed) tell(MSG.closed);
    });
  });

  /**
   * Graceful stop without resetting a request the client already sent.
   * - Node's own `server.close()` also destroys every connection without a request in progress, which
   *   includes one accepted a moment ago whose request has not been read yet: the client sees ECONNRESET.
   * - Connections still in the kernel's accept queue when the listener closes are reset as well, and
   *   while pages render, Node accepts about one queued connection per turn of the event loop (measured:
   *   one every 70–100 ms on the 2-core machine), so a burst can sit in the queue for seconds.
   * So: keep listening (every answer now says `Connection: close`) until the queue is empty
   * (closeWhenQueueEmpty); close only the listener (net.Server's close); then close connections that are
   * idle after having served a request, and give fresh ones FRESH_GRACE_MS to send theirs. Exit when none
   * is left, or after DRAIN_MS. A worker of several processes has no listener of its own: the primary
   * lingers on the port the same way and says when it has closed it (MSG.drain).
   */
  let sweeping = false;
  const sweep = () => {
    sweeping = true;
    const now = Date.now();
    for (const [socket, conn] of conns) {
      if (conn.active.size > 0) continue;
      if (conn.served || now - conn.acceptedAt > FRESH_GRACE_MS) socket.destroy();
    }
    if (conns.size === 0) process.exit(0);
    afterPoll(50, sweep);
  };
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    // With several processes the primary says it once (a Ctrl-C reaches every process of the group).
    if (!handed) console.log(stoppingLine(signal));
    const force = setTimeout(() => {
      console.log("[dan-van-kheo] Hết thời gian chờ, dừng máy chủ web.");
      process.exit(0);
    }, DRAIN_MS);
    force.unref();
    // Requests already being handled close their connection once answered.
    for (const conn of conns.values())
      for (const res of conn.active) if (!res.headersSent) res.setHeader("Connection", "close");
    if (!handed) closeWhenQueueEmpty(server, accepted, sweep);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  if (handed) {
    process.on("message", (msg: unknown, socket: unknown) => {
      if (msg === MSG.connection && socket instanceof net.Socket) {
        // What http.Server does for a connection it accepts itself (its noDelay default): without it, a
        // page written in pieces waits for the client's delayed ACK, ~40 ms per response.
        socket.setNoDelay(true);
        server.emit("connection", socket);
        // The primary accepted it paused (nothing read there); the request is read here.
        socket.resume();
      } else if (msg === MSG.stop) stop("SIGTERM");
      else if (msg === MSG.drain) {
        stop("SIGTERM");
        if (!sweeping) afterPoll(0, sweep);
      }
    });
    tell(MSG.ready);
  } else
    server.listen(port, host, () => {
      console.log(`[dan-van-kheo] Máy chủ web lắng nghe tại http://${host}:${port} (TRUST_PROXY_HOPS=${hops}).`);
    });
}

/** A message to the primary; none when it is gone (the worker then stops on its own DRAIN_MS timer). */
function tell(msg: string) {
  if (process.connected) process.send?.(msg, undefined, undefined, () => {});
}

/**
 * After a stop began: keeps `listener` open until LINGER_MS have passed AND a turn of the loop accepted
 * nothing (`accepted.since`, set by the listener's connection handler), i.e. the kernel's queue is empty,
 * at most LISTEN_MAX_MS; then closes only the listener and runs `then`.
 */
function closeWhenQueueEmpty(listener: net.Server, accepted: { since: boolean }, then: () => void) {
  const since = Date.now();
  accepted.since = false;
  const check = () => {
    const elapsed = Date.now() - since;
    if ((elapsed >= LINGER_MS && !accepted.since) || elapsed >= LISTEN_MAX_MS) {
      net.Server.prototype.close.call(listener);
      afterPoll(0, then);
      return;
    }
    accepted.since = false;
    afterPoll(10, check);
  };
  afterPoll(10, check);
}

/**
 * The primary of several web processes (ADR 0057 and its addendum).
 * - It holds the port itself and hands each connection, unread, to the ready worker with the fewest open
 *   connections (ties in turn). Cluster's own round-robin hands a connection to whichever worker took the
 *   last one back first, so a burst of kept-alive connections (a browser's six, a reverse proxy's pool,
 *   the benchmark's twenty) split 5/15 or 14/6, and the fuller process answered everyone on it slowly.
 * - It forks the first worker alone, so that Next's and pg-boss's first start on a new database do not
 *   race, and listens once that one is ready; the others are forked then.
 * - SIGTERM/SIGINT: every worker is told to stop (answers now close their connection), the port stays open
 *   as long as a single process's would (closeWhenQueueEmpty), then the workers drain and exit, and the
 *   primary exits when all have. A worker that exits while the server is not stopping stops the others and
 *   the primary with its code: `npm start` then stops the database, as it did when its one web process
 *   died, rather than serving on with fewer processes unnoticed.
 */
function primary(processes: number) {
  let stopping = false;
  let listening = false;
  /** Workers forked and not yet exited (cluster.workers may still list one that exited). */
  const live = new Set<Worker>();
  /** Ready workers and how many connections each has open. */
  const open = new Map<Worker, number>();
  let turn = 0;
  const accepted = { since: false };
  const send = (w: Worker, msg: string) => {
    if (w.isConnected()) w.send(msg, undefined, () => {});
  };
  /** One of `w`'s connections is gone (closed there, or never delivered). */
  const closedOn = (w: Worker) => {
    if (open.has(w)) open.set(w, Math.max(0, open.get(w)! - 1));
  };

  const leastBusy = (): Worker | undefined => {
    const ready = [...open.keys()];
    turn = (turn + 1) % Math.max(1, ready.length);
    let best: Worker | undefined;
    for (let i = 0; i < ready.length; i++) {
      const w = ready[(turn + i) % ready.length];
      if (best === undefined || open.get(w)! < open.get(best)!) best = w;
    }
    return best;
  };

  const listener = net.createServer({ pauseOnConnect: true }, (socket) => {
    accepted.since = true;
    const w = leastBusy();
    if (!w || !w.isConnected()) return void socket.destroy();
    open.set(w, open.get(w)! + 1);
    w.send(MSG.connection, socket, undefined, (err) => {
      if (!err) return;
      closedOn(w);
      socket.destroy();
    });
  });
  listener.on("error", (err) => {
    listening = false;
    console.error(`[dan-van-kheo] Không mở được cổng ${port}: ${err.message}`);
    stopAll(1);
  });

  const stopAll = (code: number, signal?: string) => {
    if (stopping) return;
    stopping = true;
    if (signal) console.log(stoppingLine(signal));
    process.exitCode = code;
    for (const w of live) send(w, MSG.stop);
    const drain = () => {
      for (const w of live) send(w, MSG.drain);
    };
    if (listening) closeWhenQueueEmpty(listener, accepted, drain);
    else drain();
    // Each worker exits within DRAIN_MS by itself; this is only the backstop.
    setTimeout(() => {
      for (const w of live) w.process.kill("SIGKILL");
      process.exit(code);
    }, DRAIN_MS + 2000).unref();
    if (live.size === 0) process.exit(code);
  };

  const fork = () => {
    const w = cluster.fork({ [WEB_PROCESSES_ENV]: String(processes) });
    live.add(w);
    w.on("message", (msg: unknown) => {
      if (msg === MSG.closed) closedOn(w);
      else if (msg === MSG.ready) ready(w);
    });
  };
  const ready = (w: Worker) => {
    if (stopping) return send(w, MSG.drain);
    open.set(w, 0);
    if (!listening) {
      listening = true;
      listener.listen(port, host);
      for (let i = 1; i < processes; i++) fork();
    }
    if (open.size === processes)
      console.log(
        `[dan-van-kheo] Máy chủ web lắng nghe tại http://${host}:${port} (TRUST_PROXY_HOPS=${hops}, ${processes} tiến trình).`,
      );
  };

  cluster.on("exit", (worker, code, signal) => {
    live.delete(worker);
    open.delete(worker);
    if (!stopping) {
      console.error(
        `[dan-van-kheo] Tiến trình web ${worker.process.pid} dừng bất ngờ (${signal ?? `mã ${code}`}); dừng máy chủ web.`,
      );
      stopAll(code || 1);
    }
    if (live.size === 0) process.exit(process.exitCode ?? 0);
  });
  process.on("SIGTERM", () => stopAll(0, "SIGTERM"));
  process.on("SIGINT", () => stopAll(0, "SIGINT"));
  fork();
}

const processes = webProcesses();
if (cluster.isPrimary && processes > 1) primary(processes);
else
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
