/**
 * `npm run bench:scale`: the province pages at scale, measured over loopback with autocannon against the
 * production server (scripts/serve.ts on the build in NEXT_DIST_DIR, default .next).
 *
 * - Data: bench/scale-data.ts, deterministic, BENCH_MODELS models (default 100,000) in a persistent
 *   embedded PostgreSQL under BENCH_DATA_DIR/<models> (default <tmp>/dvk-bench): generated once, reused
 *   by later runs (migrations are applied to it first). Delete the folder to generate again;
 *   BENCH_GENERATE_ONLY=1 generates and stops.
 * - Pages, signed in as a province officer: province dashboard, a district dashboard (drill-down),
 *   the province model list with an accent-insensitive search, the province review queue, review progress.
 *   Each page is requested once first (its cold time is printed: the dashboard's first computation),
 *   then warmed up for BENCH_WARMUP_S seconds (default 5, at the largest of BENCH_CONNECTIONS; not counted:
 *   the first seconds of a fresh process run its code unoptimized, 30 ms of CPU per dashboard instead of
 *   17–20), then measured for BENCH_DURATION_S seconds (default 10) at each of BENCH_CONNECTIONS (default
 *   1,10,20).
 * - Printed per page and concurrency: requests, p50/p95/p99 (from every response time), errors (non-2xx,
 *   timeouts, socket errors), the web server's CPU time per response (its processes' user + system time from
 *   /proc over the run ÷ responses: what a page costs, less swayed by what else the machine runs than
 *   latency); beside it the bare SQL that produces the same rows or figures (the floor,
 *   p50 of 5 runs: for the dashboards and review progress, the queries over the summary tables the page
 *   runs, ADR 0053) and the ratio p50(1 connection) / floor; for those pages also the live scan of the
 *   base tables the summaries replace (p50 of 2 runs). Load average before and after.
 * - Targets (issue 15, meant for 1M models on 2 cores): dashboards p95 ≤ 300 ms and p99 ≤ 800 ms at 20
 *   connections with 0 errors; list + search p95 ≤ 300 ms at 20; ratio to the floor ≤ 2×; p95 at 3M
 *   within 1.5× of 1M (checked when BENCH_DATA_DIR holds the 1M results). Exits 1 when one is missed.
 *   Results are written to BENCH_DATA_DIR/results-<models>.json.
 * - BENCH_PAGES=list,queue (names: dashboard, district, list, queue, progress) measures only those pages.
 * - BENCH_EXPORTS=1 adds the export scenario (issue 15): another user's model list at 1 connection, alone
 *   and while two users download a 1,000-line PDF in a loop, first with the server rendering on the request
 *   thread (EXPORT_WORKERS=0, as before the export pool), then with the pool (the default). Target: the
 *   list's p95 during the downloads ≤ 2× its p95 alone, with the pool. BENCH_PAGES= (empty) skips the pages.
 * - BENCH_SERVER_ARGS adds Node flags to the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * - BENCH_HOLD=1 starts the database and the server on the generated data, signs in, writes the session
 *   cookie to BENCH_DATA_DIR/cookie-<models>.txt and keeps running until the file BENCH_DATA_DIR/hold-<models> is deleted (to look at the pages by hand).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { hash } from "@node-rs/argon2";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { dashboardSql } from "@/lib/dashboard/summary";
import { WEB_NODE_FLAGS } from "@/lib/server/web-processes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sampleDecision } from "./sample";
import { generateSql } from "./scale-data";

const MODELS = Number(process.env.BENCH_MODELS ?? 100_000);
const DATA_ROOT = path.resolve(process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), "dvk-bench"));
const DURATION = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP_S ?? 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,10,20").split(",").map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 3950);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 30);
const PASSWORD = "Bench-mat-khau-2025";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

type Page = {
  key: string;
  name: string;
  url: string;
  /** The bare SQL of the page's figures or rows (what the page runs, without the page around it). */
  floor: (string | Prisma.Sql)[];
  /** For the summary-based pages: the live scan of the base tables the summaries replace (for reference). */
  live?: string[];
  dashboard?: boolean;
  list?: boolean;
  expect: string;
};

// The dashboard reads DashSummary / DashCommittee / DashUnitPeriod (ADR 0053) in one statement: the floor is
// that statement itself (lib/dashboard/summary.ts dashboardSql), as the province officer sends it.
const dashboardFloor = (unitId: number, unitPath: string, trail: number[]): Prisma.Sql[] => [
  dashboardSql(
    { role: "PROVINCE_OFFICER", unitId: 1 },
    { id: unitId, path: unitPath },
    { scope: unitId },
    {},
    trail,
    new Date(),
  ),
];
const liveDashboard = (unitId: number) => [
  `SELECT m.state, m.kind, m."recognizedLevel", m."typicalLevel", count(*) FROM "Model" m JOIN "Unit" u ON u.id = m."ownerUnitId"
   WHERE u.lineage @> '{${unitId}}' GROUP BY 1, 2, 3, 4`,
];
const DISTRICTS = Array.from({ length: 30 }, (_, i) => i + 2).join(", ");

const ALL_PAGES: Page[] = [
  {
    key: "dashboard",
    name: "province dashboard",
    url: "/thong-ke",
    dashboard: true,
    expect: "Tỉnh Thái Nguyên",
    floor: dashboardFloor(1, "/1/", [1]),
    live: liveDashboard(1),
  },
  {
    key: "district",
    name: "district dashboard",
    url: "/thong-ke?unit=2",
    dashboard: true,
    expect: "Huyện số 1",
    floor: dashboardFloor(2, "/1/2/", [1, 2]),
    live: liveDashboard(2),
  },
  {
    key: "list",
    name: "province list + search 'duong thon'",
    url: `/mo-hinh?q=${encodeURIComponent("duong thon")}`,
    list: true,
    expect: "mô hình",
    // The page's keys and its capped count (1,001 rows in the page's order, lib/db/keyset.ts COUNT_CAP), then
    // its rows by id (ADR 0058). Before: a count of 10,001 rows in no order (the page sorted them by id).
    floor: [
      `SELECT id, "updatedAt" FROM "Model" WHERE "searchText" LIKE '%duong%' AND "searchText" LIKE '%thon%'
       ORDER BY "updatedAt" DESC, id DESC LIMIT 21`,
      `SELECT id, code, title FROM "Model" WHERE id IN (SELECT id FROM "Model" WHERE "searchText" LIKE '%duong%'
         AND "searchText" LIKE '%thon%' ORDER BY "updatedAt" DESC, id DESC LIMIT 21)`,
      `SELECT count(*) FROM (SELECT 1 FROM "Model" WHERE "searchText" LIKE '%duong%' AND "searchText" LIKE '%thon%'
       ORDER BY "updatedAt" DESC, id DESC LIMIT 1001) c`,
    ],
  },
  {
    key: "queue",
    name: "province review queue",
    url: "/tham-dinh",
    expect: "mô hình",
    floor: [
      `SELECT id, code, title FROM "Model" WHERE "reviewUnitId" = 1 AND state <> 'DRAFT'
       ORDER BY "stateChangedAt", id LIMIT 21`,
      // The chips and total: the QueueCount summary (ADR 0063) the page reads.
      `SELECT state, "recLevel", "typLevel", n FROM "QueueCount" WHERE "reviewUnitId" = 1 AND n > 0`,
    ],
    // What the summary replaces: the count per state over the committee's rows.
    live: [`SELECT state, count(*) FROM "Model" WHERE "reviewUnitId" = 1 AND state <> 'DRAFT' GROUP BY 1`],
  },
  {
    key: "progress",
    name: "review progress",
    url: "/tham-dinh/tien-do",
    expect: "Huyện số",
    floor: [
      `SELECT c.id, s.*, o.oldest FROM unnest(ARRAY[${DISTRICTS}]) AS c(id)
       LEFT JOIN LATERAL (SELECT sum(pending), sum("heldReviewed"), sum("movedOn") FROM "DashCommittee" d WHERE d."unitId" = c.id) s ON true
       LEFT JOIN LATERAL (SELECT m."stateChangedAt" AS oldest FROM "Model" m WHERE m."reviewUnitId" = c.id
         AND m.state IN ('SUBMITTED', 'UNDER_REVIEW', 'PROPOSED') ORDER BY m."stateChangedAt" LIMIT 1) o ON true`,
    ],
    live: [
      `SELECT "reviewUnitId", state, count(*), min("stateChangedAt") FROM "Model"
       WHERE "reviewUnitId" BETWEEN 2 AND 31 GROUP BY 1, 2`,
      `SELECT r."unitId", count(DISTINCT r."modelId") FROM "Recognition" r JOIN "Model" m ON m.id = r."modelId"
       WHERE r."unitId" BETWEEN 2 AND 31 AND m."reviewUnitId" <> r."unitId" GROUP BY 1`,
    ],
  },
];
const PAGES =
  process.env.BENCH_PAGES === undefined
    ? ALL_PAGES
    : ALL_PAGES.filter((p) => process.env.BENCH_PAGES!.split(",").includes(p.key));
const EXPORTS = process.env.BENCH_EXPORTS === "1";
/** The decision the export scenario downloads (made once by prepareData). */
const BENCH_DECISION_NUMBER = 999_001;

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
/**
 * A fixed single-thread workload (objects built, serialized and parsed, strings joined: what a render does),
 * median ms of 7 runs, printed before and after the runs: page figures from different machines (or one
 * machine at a busy hour) compare only with this beside them. This machine's CPU varied by 1.8× between
 * runs of a plain loop on 07/12/2026.
 */
function referenceMs(): number {
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    let n = 0;
    for (let i = 0; i < 40; i++) {
      const rows = Array.from({ length: 2000 }, (_, k) => ({
        id: k,
        name: `Đơn vị số ${k}`,
        values: [k, k * 2, k % 7],
      }));
      const text = JSON.stringify(rows);
      n += (JSON.parse(text) as unknown[]).length + rows.map((x) => `<td class="c">${x.name}</td>`).join("").length;
    }
    runs.push(performance.now() - t0);
    // Uses the result, so the engine cannot drop the work.
    if (n === 0) throw new Error("the reference workload did nothing");
  }
  return runs.sort((a, b) => a - b)[3];
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

async function prepareData(): Promise<{ url: string; stop: () => Promise<void>; genS: number | null }> {
  const dir = path.join(DATA_ROOT, String(MODELS));
  fs.mkdirSync(dir, { recursive: true });
  fs.chmodSync(DATA_ROOT, 0o755);
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), fast: true });
  await migrate(db.url);
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  let genS: number | null = null;
  try {
    const meta = await sql.query(`SELECT to_regclass('bench_meta') IS NOT NULL AS present`);
    if (!meta.rows[0].present) {
      const units = await sql.query(`SELECT count(*)::int AS n FROM "Unit"`);
      if (units.rows[0].n > 0) throw new Error(`${dir} holds a half-generated database; delete it and run again`);
      console.log(`Generating ${MODELS.toLocaleString("en")} models into ${dir} (once)…`);
      const t0 = performance.now();
      await sql.query(generateSql(MODELS));
      await sql.query("VACUUM ANALYZE");
      genS = (performance.now() - t0) / 1000;
    }
    const { rows } = await sql.query(`SELECT models FROM bench_meta`);
    if (rows[0].models !== MODELS) throw new Error(`${dir} holds ${rows[0].models} models, not ${MODELS}`);
    // The signed-in user of the measurement; password hashed like the portal's.
    await sql.query(
      `INSERT INTO "User"(username, "fullName", "passwordHash", role, "unitId", "updatedAt")
       VALUES ('bench-tinh', 'Cán bộ Ban Dân vận tỉnh', $1, 'PROVINCE_OFFICER', 1, now())
       ON CONFLICT (username) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", disabled = false,
         "mustChangePassword" = false`,
      [await hash(PASSWORD)],
    );
    await sql.query(`DELETE FROM "LoginAttempt"`);
    if (EXPORTS) await ensureBenchDecision(sql);
  } catch (err) {
    await db.stop();
    throw err;
  } finally {
    await sql.end();
  }
  return { url: db.url, stop: () => db.stop(), genS };
}

/** An issued province decision with 1,000 honorees (the export scenario's file), made once. */
async function ensureBenchDecision(sql: pg.Client) {
  const found = await sql.query(`SELECT id FROM "Decision" WHERE number = $1`, [BENCH_DECISION_NUMBER]);
  if (found.rows.length) return;
  const doc = sampleDecision(1000);
  await sql.query("BEGIN");
  const issuer = await sql.query(
    `INSERT INTO "Issuer"("unitId", name, "parentName", style, "numberSuffix", place, "termStartYear", "validFrom")
     VALUES (1, $1, $2, 'PARTY', $3, $4, 2020, '2020-01-01') RETURNING id`,
    [doc.issuer.name, doc.issuer.parentName, doc.issuer.numberSuffix, doc.issuer.place],
  );
  const decision = await sql.query(
    `INSERT INTO "Decision"("issuerId", register, number, "numberText", "decisionDate", "signerName", "signerTitle",
       "awardForm", title, status, "issuedAt", "createdById", "updatedAt")
     VALUES ($1, '2020-2025', $2, $3, $4, $5, $6, 'BANG_KHEN', 'Khen thưởng (benchmark)', 'ISSUED', now(),
       (SELECT id FROM "User" WHERE username = 'bench-tinh'), now()) RETURNING id`,
    [
      issuer.rows[0].id,
      BENCH_DECISION_NUMBER,
      `${BENCH_DECISION_NUMBER}-${doc.issuer.numberSuffix}`,
      doc.decisionDate,
      doc.signerName,
      doc.signerTitle,
    ],
  );
  for (const h of doc.honorees)
    await sql.query(
      `INSERT INTO "Honoree"("decisionId", kind, "sortOrder", honorific, name, position, address, "modelTitle")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [decision.rows[0].id, h.kind, h.sortOrder, h.honorific, h.name, h.position, h.address, h.modelTitle],
    );
  await sql.query("COMMIT");
}

async function startServer(dbUrl: string, extraEnv: Record<string, string> = {}): Promise<() => Promise<void>> {
  const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? "").split(" ").filter(Boolean);
  const serve = [...WEB_NODE_FLAGS, ...nodeArgs, "--import", "tsx", path.join(root, "scripts", "serve.ts")];
  const child = spawn(process.execPath, serve, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      ...extraEnv,
      NODE_ENV: "production",
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbUrl,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-1234",
      AUTH_TRUST_HOST: "true",
      UPLOAD_DIR: path.join(DATA_ROOT, "uploads"),
    },
  });
  serverPid = child.pid;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/dang-nhap`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server not ready after 120 s");
    await new Promise((r) => setTimeout(r, 500));
  }
  return async () => {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 12_000))]);
  };
}

async function signIn(): Promise<string> {
  const base = `http://127.0.0.1:${PORT}/api/auth`;
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ username: "bench-tinh", password: PASSWORD, csrfToken, callbackUrl: "/" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("authjs.session-token"))) throw new Error("sign-in failed");
  return cookie();
}

type Run = {
  connections: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** CPU time of the web server's processes (primary + workers) per response: steadier than latency on a shared machine. */
  cpuMs: number;
};

/** The pid of the running web server's primary (startServer). */
let serverPid: number | undefined;

/** CPU time (user + system, ms) of a process and its descendants, from /proc (Linux; 0 elsewhere). */
function treeCpuMs(pid: number | undefined): number {
  if (pid === undefined || !fs.existsSync("/proc/self/stat")) return 0;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command (which may hold spaces): state ppid … utime(14) stime(15).
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, st] of stats)
      if (!tree.has(p) && tree.has(st.ppid)) {
        tree.add(p);
        grew = true;
      }
  }
  let ticks = 0;
  for (const p of tree) ticks += stats.get(p)?.ticks ?? 0;
  // USER_HZ is 100 on Linux.
  return ticks * 10;
}

async function measure(url: string, cookie: string, connections: number, duration = DURATION): Promise<Run> {
  const times: number[] = [];
  let bad = 0;
  const cpu0 = treeCpuMs(serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${PORT}${url}`,
        connections,
        duration,
        timeout: TIMEOUT_S,
        headers: { cookie },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status < 200 || status >= 300) bad += 1;
    });
  });
  const cpu = treeCpuMs(serverPid) - cpu0;
  times.sort((a, b) => a - b);
  const ms = (p: number) => Math.round(pct(times, p));
  // A run where no response arrived within the duration counts as failed, not as fast.
  return {
    connections,
    requests: times.length,
    p50: times.length ? ms(0.5) : Infinity,
    p95: times.length ? ms(0.95) : Infinity,
    p99: times.length ? ms(0.99) : Infinity,
    errors: bad + result.errors + result.timeouts,
    cpuMs: times.length ? cpu / times.length : Infinity,
  };
}

async function floorMs(dbUrl: string, queries: (string | Prisma.Sql)[], runsWanted = 5): Promise<number> {
  const sql = new pg.Client({ connectionString: dbUrl });
  await sql.connect();
  try {
    const runs: number[] = [];
    for (let i = 0; i <= runsWanted; i++) {
      const t0 = performance.now();
      for (const q of queries) await (typeof q === "string" ? sql.query(q) : sql.query(q.text, q.values));
      if (i > 0) runs.push(performance.now() - t0);
    }
    return pct(
      runs.sort((a, b) => a - b),
      0.5,
    );
  } finally {
    await sql.end();
  }
}

type ExportRun = {
  mode: string;
  alone: Run;
  during: Run;
  downloads: number;
  downloadP50: number;
  busy: number;
  errors: number;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Another user's model list (1 connection) alone, then while two users download the 1,000-line PDF in a
 * loop; once with renders on the request thread (before the export pool), once with the pool.
 */
async function exportScenario(dbUrl: string): Promise<ExportRun[]> {
  const sql = new pg.Client({ connectionString: dbUrl });
  await sql.connect();
  const { rows } = await sql.query(`SELECT id FROM "Decision" WHERE number = $1`, [BENCH_DECISION_NUMBER]);
  await sql.end();
  const fileUrl = `http://127.0.0.1:${PORT}/api/quyet-dinh/${rows[0].id}/tai-ve?dinh-dang=pdf`;
  const listUrl = "/mo-hinh";
  const out: ExportRun[] = [];
  const modes: [string, Record<string, string>][] = [
    ["request thread (before)", { EXPORT_WORKERS: "0" }],
    ["export pool (after)", {}],
  ];
  for (const [mode, env] of modes) {
    const stop = await startServer(dbUrl, env);
    try {
      const cookie = await signIn();
      await (await fetch(`http://127.0.0.1:${PORT}${listUrl}`, { headers: { cookie } })).text();
      const warm = await fetch(fileUrl, { headers: { cookie } });
      const pdf = Buffer.from(await warm.arrayBuffer());
      if (!warm.ok || pdf.subarray(0, 5).toString() !== "%PDF-") throw new Error(`download: HTTP ${warm.status}`);
      const alone = await measure(listUrl, cookie, 1);
      let downloading = true;
      const times: number[] = [];
      let busy = 0;
      let errors = 0;
      const user = async () => {
        while (downloading) {
          const t0 = performance.now();
          const res = await fetch(fileUrl, { headers: { cookie } });
          await res.arrayBuffer();
          if (res.status === 200) times.push(performance.now() - t0);
          else if (res.status === 503) {
            busy += 1;
            await sleep(1000);
          } else errors += 1;
        }
      };
      const users = [user(), user()];
      await sleep(500);
      const during = await measure(listUrl, cookie, 1);
      downloading = false;
      await Promise.all(users);
      times.sort((a, b) => a - b);
      out.push({
        mode,
        alone,
        during,
        downloads: times.length,
        downloadP50: Math.round(pct(times, 0.5)),
        busy,
        errors,
      });
    } finally {
      await stop();
    }
  }
  return out;
}

async function main() {
  console.log(
    `bench:scale ${MODELS.toLocaleString("en")} models; load average before: ${load()}; reference workload ${referenceMs().toFixed(0)} ms`,
  );
  const db = await prepareData();
  if (db.genS !== null) console.log(`generated in ${db.genS.toFixed(0)} s`);
  if (process.env.BENCH_GENERATE_ONLY === "1") {
    await db.stop();
    return;
  }
  let stopServer: (() => Promise<void>) | undefined;
  const results: {
    page: string;
    coldMs: number;
    floorMs: number;
    liveMs: number | null;
    ratio: number;
    runs: Run[];
  }[] = [];
  const missed: string[] = [];
  let exportRuns: ExportRun[] = [];
  try {
    stopServer = PAGES.length ? await startServer(db.url) : undefined;
    const cookie = PAGES.length ? await signIn() : "";
    if (process.env.BENCH_HOLD === "1") {
      const file = path.join(DATA_ROOT, `cookie-${MODELS}.txt`);
      const hold = path.join(DATA_ROOT, `hold-${MODELS}`);
      fs.writeFileSync(file, cookie);
      fs.writeFileSync(hold, "");
      console.log(`holding: http://127.0.0.1:${PORT} as bench-tinh (cookie in ${file}); delete ${hold} to stop`);
      while (fs.existsSync(hold)) await new Promise((r) => setTimeout(r, 500));
      return;
    }
    for (const page of PAGES) {
      const t0 = performance.now();
      const first = await fetch(`http://127.0.0.1:${PORT}${page.url}`, { headers: { cookie } });
      const body = await first.text();
      const coldMs = performance.now() - t0;
      if (!first.ok || !body.includes(page.expect))
        throw new Error(`${page.name}: HTTP ${first.status}, page without "${page.expect}"`);
      if (WARMUP > 0) await measure(page.url, cookie, Math.max(...CONNECTIONS), WARMUP);
      const runs: Run[] = [];
      for (const c of CONNECTIONS) runs.push(await measure(page.url, cookie, c));
      const floor = await floorMs(db.url, page.floor);
      const liveMs = page.live ? await floorMs(db.url, page.live, 2) : null;
      const one = runs.find((r) => r.connections === 1) ?? runs[0];
      results.push({ page: page.name, coldMs, floorMs: floor, liveMs, ratio: one.p50 / Math.max(floor, 0.1), runs });
      const at20 = runs.find((r) => r.connections === 20);
      if (page.dashboard && at20 && (at20.p95 > 300 || at20.p99 > 800 || at20.errors > 0))
        missed.push(`${page.name}: p95 ${at20.p95} / p99 ${at20.p99} ms, ${at20.errors} errors at 20 (≤ 300 / 800, 0)`);
      if (page.list && at20 && at20.p95 > 300) missed.push(`${page.name}: p95 ${at20.p95} ms at 20 (≤ 300)`);
      if (one.p50 / Math.max(floor, 0.1) > 2)
        missed.push(`${page.name}: ${(one.p50 / Math.max(floor, 0.1)).toFixed(1)}× the SQL floor (≤ 2×)`);
    }
    await stopServer?.();
    stopServer = undefined;
    if (EXPORTS) exportRuns = await exportScenario(db.url);
  } finally {
    await stopServer?.();
    await db.stop();
  }

  console.log(`\n${MODELS.toLocaleString("en")} models, 10,000 units; ${DURATION} s per run; node ${process.version}`);
  console.log("page | conns | requests | p50 ms | p95 ms | p99 ms | errors | server CPU ms / request");
  for (const r of results)
    for (const run of r.runs)
      console.log(
        `${r.page} | ${run.connections} | ${run.requests} | ${run.p50} | ${run.p95} | ${run.p99} | ${run.errors} | ${run.cpuMs.toFixed(1)}`,
      );
  console.log("\npage | first request ms | SQL floor p50 ms | p50 (1 conn) / floor | live scan replaced, ms");
  for (const r of results)
    console.log(
      `${r.page} | ${r.coldMs.toFixed(0)} | ${r.floorMs.toFixed(1)} | ${r.ratio.toFixed(1)}× | ${r.liveMs?.toFixed(0) ?? "–"}`,
    );

  if (exportRuns.length) {
    console.log(`\nmodel list (1 connection) while 2 users download a 1,000-line PDF; ${DURATION} s per run`);
    console.log(
      "renders on | list alone p50 / p95 ms | list during downloads p50 / p95 ms (requests) | PDFs done, p50 ms | 503 busy | errors",
    );
    for (const e of exportRuns) {
      console.log(
        `${e.mode} | ${e.alone.p50} / ${e.alone.p95} | ${e.during.p50} / ${e.during.p95} (${e.during.requests}) | ${e.downloads}, ${e.downloadP50} | ${e.busy} | ${e.errors + e.during.errors}`,
      );
    }
    const after = exportRuns.at(-1)!;
    if (after.during.p95 > 2 * after.alone.p95 || after.errors + after.during.errors > 0)
      missed.push(
        `list during downloads with the pool: p95 ${after.during.p95} ms > 2 × ${after.alone.p95} ms alone (or errors)`,
      );
  }
  if (results.length)
    fs.writeFileSync(path.join(DATA_ROOT, `results-${MODELS}.json`), JSON.stringify(results, null, 2));
  if (MODELS >= 3_000_000) {
    const file = path.join(DATA_ROOT, "results-1000000.json");
    if (fs.existsSync(file)) {
      const base = JSON.parse(fs.readFileSync(file, "utf8")) as typeof results;
      for (const r of results) {
        const b = base.find((x) => x.page === r.page)?.runs.find((x) => x.connections === 20);
        const n = r.runs.find((x) => x.connections === 20);
        if (b && n && n.p95 > 1.5 * b.p95) missed.push(`${r.page}: p95 at 3M ${n.p95} ms > 1.5 × ${b.p95} ms at 1M`);
      }
    }
  }
  console.log(`\nload average after: ${load()}; reference workload ${referenceMs().toFixed(0)} ms`);
  if (missed.length) {
    console.log(`\nTARGETS MISSED:\n- ${missed.join("\n- ")}`);
    process.exitCode = 1;
  } else console.log("\nall targets met");
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
