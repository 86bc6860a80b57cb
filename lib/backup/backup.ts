// Logical backup and restore of the portal's database and uploaded files (docs/decisions/0044-backup-and-dependencies.md).
// Debian's pg_dump 15 cannot dump PostgreSQL 18 (the embedded server), so the export is ours: every table
// of `public`, read in ONE `REPEATABLE READ READ ONLY` transaction (a consistent snapshot while the portal
// keeps running), one NDJSON file per table (row_to_json), plus a copy of the upload folder with sha256
// checksums in a manifest. Restore goes into a freshly migrated, empty database at the same migration.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { listMigrations, migrate } from "@/lib/db/migrate";

export class BackupError extends Error {}

export type Manifest = {
  format: "dvk-backup-1";
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: Record<string, number>;
  files: { path: string; size: number; sha256: string }[];
};

const SKIP_TABLES = new Set(["_prisma_migrations"]);
const BATCH = 2000;

async function connect(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Tables of `public`, parents before children (foreign keys), self-references aside. */
async function tablesInOrder(c: pg.Client): Promise<string[]> {
  const { rows: tables } = await c.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  const { rows: fks } = await c.query<{ child: string; parent: string }>(
    `SELECT cl.relname AS child, pl.relname AS parent FROM pg_constraint k
     JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pl ON pl.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = cl.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND cl.oid <> pl.oid`,
  );
  const names = tables.map((t) => t.name).filter((t) => !SKIP_TABLES.has(t));
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string) => {
    if (state.get(t) === "done") return;
    if (state.get(t) === "visiting")
      throw new BackupError(`Vòng khóa ngoại giữa các bảng quanh "${t}": không sắp được thứ tự khôi phục.`);
    state.set(t, "visiting");
    for (const fk of fks) if (fk.child === t && names.includes(fk.parent)) visit(fk.parent);
    state.set(t, "done");
    order.push(t);
  };
  names.forEach(visit);
  return order;
}

function sha256File(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function walkFiles(dir: string, base = dir, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, base, out);
    else if (e.isFile()) out.push(path.relative(base, p));
  }
  return out.sort();
}

/** Copies a file keeping it owner-only (0600) in folders that are owner-only (0700). */
function copyPrivate(from: string, to: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(to, 0o600);
}

/**
 * Writes a backup into `outDir` (created, must not exist): db/<table>.ndjson, uploads/…, manifest.json.
 * Uploaded files are copied after the database snapshot, so every attachment row of the snapshot has
 * its file (files are never changed in place, only added and removed).
 */
export async function createBackup(opts: { url: string; uploadDir: string; outDir: string }): Promise<Manifest> {
  if (fs.existsSync(opts.outDir)) throw new BackupError(`Thư mục sao lưu ${opts.outDir} đã tồn tại.`);
  fs.mkdirSync(path.join(opts.outDir, "db"), { recursive: true, mode: 0o700 });
  fs.chmodSync(opts.outDir, 0o700);
  const c = await connect(opts.url);
  const manifest: Manifest = {
    format: "dvk-backup-1",
    createdAt: new Date().toISOString(),
    serverVersion: "",
    migrations: [],
    tables: {},
    files: [],
  };
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    manifest.serverVersion = (await c.query<{ v: string }>("SHOW server_version")).rows[0].v;
    manifest.migrations = (
      await c.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    for (const table of await tablesInOrder(c)) {
      const file = path.join(opts.outDir, "db", `${table}.ndjson`);
      const fd = fs.openSync(file, "wx", 0o600);
      let count = 0;
      try {
        await c.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM "${table}" t`);
        for (;;) {
          const { rows } = await c.query<{ j: string }>(`FETCH ${BATCH} FROM dump`);
          if (rows.length === 0) break;
          fs.writeSync(fd, rows.map((r) => r.j).join("\n") + "\n");
          count += rows.length;
        }
        await c.query("CLOSE dump");
      } finally {
        fs.closeSync(fd);
      }
      manifest.tables[table] = count;
    }
    await c.query("COMMIT");
  } finally {
    await c.end();
  }
  for (const rel of walkFiles(opts.uploadDir)) {
    const from = path.join(opts.uploadDir, rel);
    copyPrivate(from, path.join(opts.outDir, "uploads", rel));
    manifest.files.push({ path: rel, size: fs.statSync(from).size, sha256: sha256File(from) });
  }
  fs.writeFileSync(path.join(opts.outDir, "manifest.json"), JSON.stringify(manifest, null, 1), { mode: 0o600 });
  return manifest;
}

/**
 * Restores a backup into the database at `url` (the owner role: it migrates first) and into `uploadDir`.
 * Refuses a database that already holds rows, a backup of other migrations than this code's, a missing
 * or altered file. Rows go in one transaction: all or nothing.
 */
export async function restoreBackup(opts: {
  url: string;
  uploadDir: string;
  inDir: string;
  migrationsDir?: string;
}): Promise<Manifest> {
  const manifestFile = path.join(opts.inDir, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new BackupError(`Không thấy ${manifestFile}: đây không phải bản sao lưu.`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
  if (manifest.format !== "dvk-backup-1") throw new BackupError("Định dạng bản sao lưu không được hỗ trợ.");
  const code = listMigrations(opts.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations")).map(
    (m) => m.name,
  );
  if (JSON.stringify(code) !== JSON.stringify(manifest.migrations)) {
    throw new BackupError(
      "Bản sao lưu được tạo ở phiên bản cơ sở dữ liệu khác với mã nguồn hiện tại; hãy khôi phục bằng đúng phiên bản đã sao lưu.",
    );
  }
  for (const f of manifest.files) {
    const p = path.join(opts.inDir, "uploads", f.path);
    if (!fs.existsSync(p) || sha256File(p) !== f.sha256)
      throw new BackupError(`Tệp ${f.path} trong bản sao lưu bị thiếu hoặc đã bị thay đổi.`);
  }
  if (walkFiles(opts.uploadDir).length > 0) throw new BackupError(`Thư mục tệp tải lên ${opts.uploadDir} không trống.`);

  await migrate(opts.url, { dir: opts.migrationsDir });
  const c = await connect(opts.url);
  try {
    const order = await tablesInOrder(c);
    for (const t of order) {
      const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`);
      if (Number(rows[0].n) > 0) throw new BackupError(`Cơ sở dữ liệu đích không trống (bảng "${t}" đã có dữ liệu).`);
    }
    await c.query("BEGIN");
    for (const t of order) {
      if (!(t in manifest.tables)) continue;
      // The dashboard summaries (ADR 0053) and the queue counts (ADR 0063) are derived: the triggers fill them
      // while the models' rows are restored (dash_rebuild() below makes the first exact); the saved copy would clash.
      if (t.startsWith("Dash") || t === "QueueCount") continue;
      const file = path.join(opts.inDir, "db", `${t}.ndjson`);
      const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
      if (lines.length !== manifest.tables[t])
        throw new BackupError(`Bảng "${t}": số dòng trong tệp khác với manifest.`);
      // One statement per table: self-references (Unit.parentId, successorId) are checked at its end.
      if (lines.length) {
        await c.query(`INSERT INTO "${t}" SELECT * FROM json_populate_recordset(NULL::"${t}", $1::json)`, [
          `[${lines.join(",")}]`,
        ]);
      }
    }
    await c.query("SELECT dash_rebuild()");
    // Sequences continue after the restored ids.
    const { rows: seqs } = await c.query<{ t: string; col: string; seq: string }>(
      `SELECT cl.relname AS t, a.attname AS col, s.oid::regclass::text AS seq
       FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class cl ON cl.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE s.relkind = 'S' AND n.nspname = 'public'`,
    );
    for (const s of seqs) {
      await c.query(`SELECT setval($1::regclass, COALESCE((SELECT max("${s.col}") FROM "${s.t}"), 0) + 1, false)`, [
        s.seq,
      ]);
    }
    await c.query("COMMIT");
  } catch (err) {
    await c.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await c.end();
  }
  fs.mkdirSync(opts.uploadDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(opts.uploadDir, 0o700);
  for (const f of manifest.files)
    copyPrivate(path.join(opts.inDir, "uploads", f.path), path.join(opts.uploadDir, f.path));
  return manifest;
}
