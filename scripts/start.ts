// `npm start`: builds if needed, starts embedded PostgreSQL (unless DATABASE_URL is set), applies
// migrations and serves the portal. The demo data (with its published password) loads only into an empty
// embedded database without `--no-demo`; a real database (DATABASE_URL, or `--no-demo`) starts empty and
// prints a one-time setup link for the first administrator. Ctrl-C stops the web
// server first, then the database, cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadEnv, EnvError } from "../lib/env";
import { assertPortFree, startEmbeddedPostgres, EmbeddedPgError, type EmbeddedPg } from "../lib/db/embedded";
import { migrate, MigrationError } from "../lib/db/migrate";
import { ensureRoles, grantAppPrivileges } from "../lib/db/roles";
import { buildIsFresh, runBuild } from "./build-if-needed";
import { WEB_NODE_FLAGS } from "../lib/server/web-processes";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const say = (line: string) => console.log(`[dan-van-kheo] ${line}`);
// E2E runs: a throwaway database, removed on exit.
const ephemeral = process.env.DVK_EPHEMERAL === "1";
const noDemo = process.argv.includes("--no-demo") || process.env.DVK_NO_DEMO === "1";

let db: EmbeddedPg | undefined;
let web: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  if (web && web.exitCode === null) {
    say("Đang dừng máy chủ web…");
    const exited = new Promise((r) => web!.once("exit", r));
    web.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (db) {
    say("Đang dừng PostgreSQL nhúng…");
    await db.stop();
    if (ephemeral) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0));
}

function authSecret(dataRoot: string, given?: string): string {
  if (given) return given;
  const file = path.join(dataRoot, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataRoot, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function checkReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    const where = new URL(url);
    throw new EmbeddedPgError(
      `Không kết nối được PostgreSQL tại ${where.hostname}:${where.port || 5432} (${(err as Error).message}). Kiểm tra DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Passwords of the embedded database's owner and portal roles, generated once like the session secret. */
function rolePasswords(dataRoot: string): { owner: string; app: string } {
  const file = path.join(dataRoot, "db-roles.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as { owner: string; app: string };
  fs.mkdirSync(dataRoot, { recursive: true });
  const made = {
    owner: crypto.randomBytes(24).toString("base64url"),
    app: crypto.randomBytes(24).toString("base64url"),
  };
  fs.writeFileSync(file, JSON.stringify(made), { mode: 0o600 });
  return made;
}

async function main() {
  const env = loadEnv();
  const dataRoot = path.resolve(root, env.EMBEDDED_PG_DIR ?? ".data");
  await assertPortFree(env.PORT);

  let url = env.DATABASE_URL;
  // Migrations (and the demo seed) run as the owner; the web server as the least-privilege role.
  let ownerUrl = env.MIGRATION_DATABASE_URL ?? url;
  if (url) {
    say("Dùng PostgreSQL từ DATABASE_URL.");
    await checkReachable(url);
  }

  if (!buildIsFresh(root)) {
    say("Đang build ứng dụng (lần đầu hoặc mã nguồn đã thay đổi)…");
    await runBuild(root);
    if (stopping) return;
  }

  if (!url) {
    say(`Khởi động PostgreSQL nhúng (dữ liệu tại ${path.join(dataRoot, "pg")}, cổng ${env.EMBEDDED_PG_PORT})…`);
    db = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, "pg"),
      port: env.EMBEDDED_PG_PORT,
      fast: ephemeral,
      log: say,
    });
    ({ ownerUrl, appUrl: url } = await ensureRoles(db.url, "dan_van_kheo", rolePasswords(dataRoot)));
  }
  if (stopping || !url || !ownerUrl) return;

  const { applied } = await migrate(ownerUrl, { log: say });
  say(applied.length ? `Đã áp dụng ${applied.length} migration.` : "Cơ sở dữ liệu đã ở phiên bản mới nhất.");

  if (ownerUrl !== url) await grantAppPrivileges(ownerUrl, decodeURIComponent(new URL(url).username));
  else
    say(
      "Cảnh báo: cổng thông tin dùng cùng một tài khoản PostgreSQL cho migration và cho chạy (đặt MIGRATION_DATABASE_URL).",
    );

  process.env.DATABASE_URL = ownerUrl;
  const { prisma } = await import("../lib/db/client");
  const demo = !env.DATABASE_URL && !noDemo;
  if (demo && (await prisma.unit.count()) === 0) {
    say("Cơ sở dữ liệu trống: nạp dữ liệu mẫu (chạy với --no-demo hoặc DATABASE_URL để bắt đầu trống)…");
    const started = Date.now();
    const { seedDemo } = await import("../lib/db/seed");
    await seedDemo(prisma);
    await prisma.auditLog.create({ data: { action: "system.demo-seeded", entity: "System" } });
    say(`Đã nạp dữ liệu mẫu trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
  }
  const demoData = (await prisma.auditLog.count({ where: { action: "system.demo-seeded" } })) > 0;
  if (demoData) say("Đây là bản chạy thử với DỮ LIỆU MẪU: mật khẩu các tài khoản mẫu được công bố trong README.");
  const { needsSetup, issueSetupToken } = await import("../lib/accounts/setup");
  if (await needsSetup(prisma)) {
    const token = await issueSetupToken(prisma);
    const link = `http://localhost:${env.PORT}/thiet-lap?token=${token}`;
    say("Chưa có quản trị viên. Mở liên kết dùng một lần này (hết hạn sau 24 giờ) để tạo quản trị viên đầu tiên:");
    say(`  ${link}`);
    // The browser journeys read the link from here; nobody else should set it.
    if (process.env.DVK_SETUP_LINK_FILE) fs.writeFileSync(process.env.DVK_SETUP_LINK_FILE, link, { mode: 0o600 });
  }
  await prisma.$disconnect();
  if (stopping) return;

  // Our own server around Next's handler (scripts/serve.ts): 127.0.0.1 unless HOST, trusted client address.
  web = spawn(process.execPath, [...WEB_NODE_FLAGS, "--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(env.PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      DVK_DEMO: demoData ? "1" : "",
      AUTH_SECRET: authSecret(dataRoot, env.AUTH_SECRET),
      AUTH_TRUST_HOST: "true",
      UPLOAD_DIR: path.resolve(root, env.UPLOAD_DIR ?? path.join(dataRoot, "uploads")),
    },
  });
  web.once("exit", (code) => {
    if (!stopping) {
      say(`Máy chủ web dừng bất ngờ (mã ${code}).`);
      void shutdown(code ?? 1);
    }
  });
  say(`Cổng thông tin đang chạy tại http://${process.env.HOST || "127.0.0.1"}:${env.PORT} (Ctrl-C để dừng).`);
}

main().catch(async (err) => {
  const known = err instanceof EnvError || err instanceof EmbeddedPgError || err instanceof MigrationError;
  console.error(`\n[dan-van-kheo] Lỗi: ${known ? err.message : ((err as Error)?.stack ?? String(err))}\n`);
  await shutdown(1);
});
