/**
 * The portal's HTTP server (what `npm start` runs after the database is ready): Next's request handler
 * behind a plain Node server, so that
 * - it binds 127.0.0.1 unless HOST says otherwise (a reverse proxy or HOST=0.0.0.0 exposes it);
 * - the client address comes from the socket and TRUST_PROXY_HOPS, never from what the client sends
 *   (Next itself keeps a client-sent X-Forwarded-For), and reaches the app in one header we overwrite;
 * - SIGTERM/SIGINT stop accepting connections, let in-flight requests finish, and exit within 10 s.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { attachClientIp, trustedProxyHops } from "../lib/auth/client-ip";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
const hops = trustedProxyHops();
/** In-flight requests get this long after SIGTERM; then the process exits regardless. */
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS || 8000);

async function main() {
  const app = next({ dev: false, dir: root, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    attachClientIp(req, hops);
    void handle(req, res);
  });
  server.keepAliveTimeout = 5000;

  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`[dan-van-kheo] ${signal}: ngừng nhận yêu cầu mới, chờ các yêu cầu đang xử lý…`);
    const force = setTimeout(() => {
      console.log("[dan-van-kheo] Hết thời gian chờ, dừng máy chủ web.");
      process.exit(0);
    }, DRAIN_MS);
    force.unref();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  server.listen(port, host, () => {
    console.log(`[dan-van-kheo] Máy chủ web lắng nghe tại http://${host}:${port} (TRUST_PROXY_HOPS=${hops}).`);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
