/**
 * `npm run bench:scale` (BENCH_MODELS=100000 by default): a deterministic province generated with SQL
 * (generate_series; no randomness: every attribute is a function of the row number) — 1 province,
 * 30 district-level units, 300 communes, 9,669 grassroots units (10,000 units), one campaign 2021–2025,
 * models spread over owners, fields, kinds, states, quarters, with their recognitions and typical
 * designations — on its own embedded PostgreSQL, then times IN PROCESS (no HTTP yet) the province and a
 * district dashboard (getDashboard) and the province model list with an accent-insensitive search
 * (listScopedModels), beside the bare SQL count that is their floor. Prints p50/p95/max of sequential
 * runs. Exits non-zero when the province dashboard p95 exceeds BENCH_TARGET_MS (default 300).
 *
 * NOT yet what issue 15 asks for: no autocannon over loopback against the production server, no 1M/3M run,
 * no concurrency levels. Run with: tsx --conditions react-server bench/scale.ts
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

const MODELS = Number(process.env.BENCH_MODELS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = Number(process.env.BENCH_TARGET_MS ?? 300);

const GENERATE = `
INSERT INTO "Field"(code, name, "sortOrder") VALUES
 ('KINH_TE','Kinh tế',1),('VH_XH','Văn hóa – xã hội',2),('XD_DANG','Xây dựng Đảng và hệ thống chính trị',3),
 ('QP_AN','Quốc phòng – an ninh',4),('KHAC','Khác',5);
INSERT INTO "Unit"(id, code, name, kind, level, "validFrom", path, "updatedAt")
 VALUES (1, 'B-P', 'Tỉnh Thái Nguyên', 'PROVINCE', 'PROVINCE', '2025-07-01', '/1/', now());
INSERT INTO "Unit"(id, code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
 SELECT 1 + d, 'B-D' || d, 'Huyện số ' || d, 'DISTRICT', 'DISTRICT', 1, '2025-07-01', '/1/' || (1 + d) || '/', now()
 FROM generate_series(1, 30) d;
INSERT INTO "Unit"(id, code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
 SELECT 100 + c, 'B-C' || c, 'Xã Tân Lập ' || c, 'COMMUNE', 'COMMUNE', 1 + ((c - 1) % 30 + 1), '2025-07-01',
        '/1/' || (1 + ((c - 1) % 30 + 1)) || '/' || (100 + c) || '/', now()
 FROM generate_series(1, 300) c;
INSERT INTO "Unit"(id, code, name, kind, level, "parentId", "validFrom", path, "updatedAt")
 SELECT 1000 + g, 'B-G' || g, 'Chi bộ thôn Nà Lẹng ' || g, 'PARTY_CELL', 'GRASSROOTS', 100 + ((g - 1) % 300 + 1), '2025-07-01',
        '/1/' || (1 + ((((g - 1) % 300) % 30) + 1)) || '/' || (100 + ((g - 1) % 300 + 1)) || '/' || (1000 + g) || '/', now()
 FROM generate_series(1, 9669) g;
SELECT setval(pg_get_serial_sequence('"Unit"', 'id'), 20000);
SELECT unit_recompute_lineage(NULL);
INSERT INTO "User"(username, "fullName", "passwordHash", role, "unitId", "updatedAt")
 VALUES ('bench', 'Bench', 'x', 'PROVINCE_OFFICER', 1, now());
INSERT INTO "Campaign"(code, name, "startDate", "endDate", "ownerUnitId")
 VALUES ('DVK-2021-2025', 'Dân vận khéo 2021–2025', '2021-01-01', '2025-12-31', 1);
-- Models: owner = grassroots (i % 9669), registered with its commune; state by i % 20.
INSERT INTO "Model"(code, kind, title, "fieldId", "campaignId", "ownerUnitId", "ownerUnitName", "ownerAddress",
  "registeredWithUnitId", "registeredLevel", "reviewUnitId", "reviewLevel", state, "recognizedLevel", "typicalLevel",
  "createdById", "submittedAt", "stateChangedAt", "createdAt", "updatedAt")
SELECT 'MH-B-' || i,
  CASE WHEN i % 4 = 3 THEN 'INDIVIDUAL' ELSE 'COLLECTIVE' END::"ModelKind",
  'Dân vận khéo vận động hiến đất làm đường thôn ' || i,
  (SELECT min(id) FROM "Field") + i % 5, (SELECT id FROM "Campaign" LIMIT 1),
  1000 + (i % 9669) + 1, 'Chi bộ thôn Nà Lẹng ' || ((i % 9669) + 1), 'xã Tân Lập',
  100 + (i % 9669) % 300 + 1, 'COMMUNE', 100 + (i % 9669) % 300 + 1, 'COMMUNE',
  (ARRAY['SUBMITTED','UNDER_REVIEW','RECOGNIZED','RECOGNIZED','RECOGNIZED','RECOGNIZED','NOT_RECOGNIZED','NEEDS_REVISION',
         'RECOGNIZED','SUBMITTED','RECOGNIZED','RECOGNIZED','UNDER_REVIEW','RECOGNIZED','WITHDRAWN','DRAFT','RECOGNIZED',
         'NOT_RECOGNIZED','RECOGNIZED','SUBMITTED'])[i % 20 + 1]::"ModelState",
  NULL, NULL, (SELECT id FROM "User" LIMIT 1),
  CASE WHEN i % 20 = 15 THEN NULL ELSE timestamptz '2021-01-05' + ((i * 7919) % 1800) * interval '1 day' END,
  now(), now(), timestamptz '2021-01-01' + (i % 1800) * interval '1 day'
FROM generate_series(1, ${MODELS}) i;
UPDATE "Model" SET "recognizedLevel" = 'COMMUNE', "typicalLevel" = CASE WHEN id % 5 = 0 THEN 'COMMUNE'::"UnitLevel" END
 WHERE state = 'RECOGNIZED';
INSERT INTO "Recognition"("modelId", level, "unitId", "byId") SELECT id, 'COMMUNE', "reviewUnitId", "createdById" FROM "Model" WHERE state = 'RECOGNIZED';
INSERT INTO "TypicalDesignation"("modelId", level, "unitId", "byId") SELECT id, 'COMMUNE', "reviewUnitId", "createdById" FROM "Model" WHERE "typicalLevel" IS NOT NULL;
ANALYZE;
`;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-bench-"));
  fs.chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), fast: true });
  try {
    await migrate(db.url);
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const t0 = performance.now();
    await sql.query(GENERATE);
    const genMs = performance.now() - t0;
    process.env.DATABASE_URL = db.url;
    process.env.DB_STATEMENT_TIMEOUT_MS = "0";
    const { getDashboard } = await import("@/lib/dashboard/get-dashboard");
    const { listScopedModels } = await import("@/lib/models/list-scoped-models");
    const actor = {
      userId: 1,
      username: "bench",
      fullName: "Bench",
      role: "PROVINCE_OFFICER" as const,
      unitId: 1,
      unitName: "Tỉnh Thái Nguyên",
      unitLevel: "PROVINCE" as const,
      unitPath: "/1/",
    };
    const floor = (q: string) => time(() => sql.query(q));
    const rows: [string, number[], number[]][] = [
      [
        "province dashboard",
        await time(() => getDashboard(actor, {})),
        await floor(`SELECT state, kind, "recognizedLevel", "typicalLevel", count(*) FROM "Model" GROUP BY 1,2,3,4`),
      ],
      [
        "district dashboard",
        await time(() => getDashboard(actor, { unit: 2 })),
        await floor(
          `SELECT state, count(*) FROM "Model" m JOIN "Unit" u ON u.id = m."ownerUnitId" WHERE u.lineage @> '{2}' GROUP BY 1`,
        ),
      ],
      [
        "province list + search 'nà lẹng 12'",
        await time(() => listScopedModels(actor, { q: "na leng 12" })),
        await floor(`SELECT count(*) FROM "Model" WHERE vn_fold(title || ' ' || "ownerUnitName") LIKE '%na leng 12%'`),
      ],
      [
        "province list page 1",
        await time(() => listScopedModels(actor, {})),
        await floor(`SELECT id FROM "Model" ORDER BY "updatedAt" DESC, id DESC LIMIT 20`),
      ],
    ];
    console.log(
      `${MODELS} models, 10,000 units, generated in ${(genMs / 1000).toFixed(1)} s; ${RUNS} sequential runs, in process`,
    );
    console.log("what | p50 ms | p95 ms | max ms | SQL floor p50 ms | ratio");
    let failed = false;
    for (const [name, t, f] of rows) {
      const a = stats(t);
      const b = stats(f);
      console.log(
        `${name} | ${a.p50.toFixed(0)} | ${a.p95.toFixed(0)} | ${a.max.toFixed(0)} | ${b.p50.toFixed(1)} | ${(a.p50 / Math.max(b.p50, 0.1)).toFixed(1)}×`,
      );
      if (name.includes("dashboard") && a.p95 > TARGET_MS) failed = true;
    }
    await sql.end();
    if (failed) {
      console.log(`TARGET MISSED: dashboard p95 > ${TARGET_MS} ms`);
      process.exitCode = 1;
    }
  } finally {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
