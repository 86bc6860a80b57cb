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
 *   primary holds the port and hands each new connection to the next worker (node:cluster round-robin);
 *   each worker is the server described above, with its own Next handler, database pool, pg-boss workers
 *   and export pool. The database start and the migrations stay in scripts/start.ts, once.
 */
import cluster, { type Worker } from "node:cluster";
import http from "node:http";
import net, { type Socket } from "node:net";
import path from "node:path";
import next from "next";
import { attachClientIp, trustedProxyHops } from "../lib/auth/client-ip";
import { requestSignalFor, runWithRequestSignal } from "../lib/db/request-abort";
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

/** Runs fn after the event loop has polled once more (timers run before the poll phase, immediates after). */
function afterPoll(ms: number, fn: () => void) {
  setTimeout(() => setImmediate(fn), ms);
}

async function main() {
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
  let acceptedSinceCheck = false;
  server.on("connection", (socket: Socket) => {
    acceptedSinceCheck = true;
    conns.set(socket, { acceptedAt: Date.now(), active: new Set(), served: false });
    socket.once("close", () => conns.delete(socket));
  });

  /**
   * Graceful stop without resetting a request the client already sent.
   * - Node's own `server.close()` also destroys every connection without a request in progress, which
   *   includes one accepted a moment ago whose request has not been read yet: the client sees ECONNRESET.
   * - Connections still in the kernel's accept queue when the listener closes are reset as well, and
   *   while pages render, Node accepts about one queued connection per turn of the event loop (measured:
   *   one every 70–100 ms on the 2-core machine), so a burst can sit in the queue for seconds.
   * So: keep listening (every answer now says `Connection: close`) until LINGER_MS have passed AND a
   * turn of the loop accepted nothing, i.e. the queue is empty (at most LISTEN_MAX_MS); close only the
   * listener (net.Server's close); then close connections that are idle after having served a request,
   * and give fresh ones FRESH_GRACE_MS to send theirs. Exit when none is left, or after DRAIN_MS.
   */
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    const since = Date.now();
    console.log(`[dan-van-kheo] ${signal}: ngừng nhận yêu cầu mới, chờ các yêu cầu đang xử lý…`);
    const force = setTimeout(() => {
      console.log("[dan-van-kheo] Hết thời gian chờ, dừng máy chủ web.");
      process.exit(0);
    }, DRAIN_MS);
    force.unref();
    // Requests already being handled close their connection once answered.
    for (const conn of conns.values())
      for (const res of conn.active) if (!res.headersSent) res.setHeader("Connection", "close");

    const sweep = () => {
      const now = Date.now();
      for (const [socket, conn] of conns) {
        if (conn.active.size > 0) continue;
        if (conn.served || now - conn.acceptedAt > FRESH_GRACE_MS) socket.destroy();
      }
      if (conns.size === 0) process.exit(0);
      afterPoll(50, sweep);
    };
    acceptedSinceCheck = false;
    const closeWhenQueueEmpty = () => {
      const elapsed = Date.now() - since;
      if ((elapsed >= LINGER_MS && !acceptedSinceCheck) || elapsed >= LISTEN_MAX_MS) {
        net.Server.prototype.close.call(server);
        afterPoll(0, sweep);
        return;
      }
      acceptedSinceCheck = false;
      afterPoll(10, closeWhenQueueEmpty);
    };
    afterPoll(10, closeWhenQueueEmpty);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  server.listen(port, host, () => {
    if (cluster.isPrimary)
      console.log(`[dan-van-kheo] Máy chủ web lắng nghe tại http://${host}:${port} (TRUST_PROXY_HOPS=${hops}).`);
  });
}

/**
 * The primary of several web processes: forks them (the first alone, so that Next's and pg-boss's first
 * start on a new database do not race; the others once it listens), passes SIGTERM/SIGINT on to every
 * worker (each drains as above) and exits when all have. A worker that exits while the server is not
 * stopping stops the others and the primary with its code: `npm start` then stops the database, as it
 * did when its one web process died, rather than serving on with fewer processes unnoticed.
 */
function primary(processes: number) {
  let stopping = false;
  let listening = 0;
  /** Workers forked and not yet exited (cluster.workers may still list one that exited). */
  const live = new Set<Worker>();
  const fork = () => live.add(cluster.fork({ [WEB_PROCESSES_ENV]: String(processes) }));

  const stopAll = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    for (const w of live) w.process.kill(signal);
    // Each worker exits within DRAIN_MS by itself; this is only the backstop.
    setTimeout(() => {
      for (const w of live) w.process.kill("SIGKILL");
      process.exit(code);
    }, DRAIN_MS + 2000).unref();
    if (live.size === 0) process.exit(code);
  };

  cluster.on("listening", () => {
    listening += 1;
    if (listening === 1) for (let i = 1; i < processes; i++) fork();
    if (listening === processes)
      console.log(
        `[dan-van-kheo] Máy chủ web lắng nghe tại http://${host}:${port} (TRUST_PROXY_HOPS=${hops}, ${processes} tiến trình).`,
      );
  });
  cluster.on("exit", (worker, code, signal) => {
    live.delete(worker);
    if (!stopping) {
      console.error(
        `[dan-van-kheo] Tiến trình web ${worker.process.pid} dừng bất ngờ (${signal ?? `mã ${code}`}); dừng máy chủ web.`,
      );
      stopAll("SIGTERM", code || 1);
    }
    if (live.size === 0) process.exit(process.exitCode ?? 0);
  });
  process.on("SIGTERM", () => stopAll("SIGTERM", 0));
  process.on("SIGINT", () => stopAll("SIGINT", 0));
  fork();
}

const processes = webProcesses();
if (cluster.isPrimary && processes > 1) primary(processes);
else
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
