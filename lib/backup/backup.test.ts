// Round trip: a database with every kind of row and uploaded files → backup → an empty database and
// upload folder → the same rows (per-table content checksums) and the same files (sha256), owner-only.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createWorld, modelOf } from "@/lib/models/test-world";
import { storeUpload } from "@/lib/uploads/store-upload";
import { JPEG, PDF, file } from "@/lib/uploads/test-files";
import { BackupError, createBackup, restoreBackup } from "./backup";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-backup-test-"));
const uploads = path.join(tmp, "uploads");
const adminUrl = inject("pgAdminUrl");
const target = `restore_${crypto.randomBytes(4).toString("hex")}`;
const targetUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${target}`;
  return u.toString();
})();

async function tableDigests(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const { rows } = await c.query<{ n: string; h: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(row_to_json(x)::text, E'\\n' ORDER BY row_to_json(x)::text)) AS h FROM "${t}" x`,
      );
      out[t] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

const filesOf = (dir: string) =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .sort()
        .map((f) => [
          f,
          crypto
            .createHash("sha256")
            .update(fs.readFileSync(path.join(dir, f)))
            .digest("hex"),
        ])
    : [];

beforeAll(async () => {
  process.env.UPLOAD_DIR = uploads;
  const w = await createWorld();
  const m = await modelOf(w, "DRAFT");
  for (const [bytes, name] of [
    [JPEG, "ảnh.jpg"],
    [PDF, "biên bản.pdf"],
  ] as const) {
    const r = await storeUpload(w.cadre, { modelId: m.id, file: file(bytes, name) });
    if (!r.ok) throw new Error(r.message);
  }
  await modelOf(w, "RECOGNIZED");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${target}`);
  await admin.end();
});

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
  await admin.end();
});

describe("npm run backup / npm run restore (lib/backup)", () => {
  it("round-trips every table's rows and every uploaded file; the copy is owner-only", async () => {
    const out = path.join(tmp, "bk");
    const manifest = await createBackup({ url: process.env.DATABASE_URL!, uploadDir: uploads, outDir: out });
    expect(manifest.tables.Model).toBeGreaterThanOrEqual(2);
    expect(manifest.tables.AuditLog).toBeGreaterThan(0);
    expect(manifest.files).toHaveLength(2);
    expect(fs.statSync(out).mode & 0o777).toBe(0o700);
    for (const f of manifest.files) expect(fs.statSync(path.join(out, "uploads", f.path)).mode & 0o777).toBe(0o600);

    const restoredUploads = path.join(tmp, "restored-uploads");
    await restoreBackup({ url: targetUrl, uploadDir: restoredUploads, inDir: out });
    expect(await tableDigests(targetUrl)).toEqual(await tableDigests(process.env.DATABASE_URL!));
    expect(filesOf(restoredUploads)).toEqual(filesOf(uploads));
    expect(filesOf(restoredUploads)).toHaveLength(2);
    for (const [f] of filesOf(restoredUploads))
      expect(fs.statSync(path.join(restoredUploads, f)).mode & 0o777).toBe(0o600);

    // Sequences continue after the restored ids: a new row does not collide.
    const c = new pg.Client({ connectionString: targetUrl });
    await c.connect();
    await c.query(`INSERT INTO "AuditLog" ("action", "entity") VALUES ('after.restore', 'Test')`);
    await c.end();

    // A second restore into the now non-empty database is refused and changes nothing.
    const before = await tableDigests(targetUrl);
    await expect(restoreBackup({ url: targetUrl, uploadDir: path.join(tmp, "other"), inDir: out })).rejects.toThrow(
      BackupError,
    );
    expect(await tableDigests(targetUrl)).toEqual(before);
  });

  it("refuses a backup whose file was altered", async () => {
    const out = path.join(tmp, "bk2");
    const manifest = await createBackup({ url: process.env.DATABASE_URL!, uploadDir: uploads, outDir: out });
    fs.appendFileSync(path.join(out, "uploads", manifest.files[0].path), "x");
    await expect(restoreBackup({ url: targetUrl, uploadDir: path.join(tmp, "u3"), inDir: out })).rejects.toThrow(
      /bị thiếu hoặc đã bị thay đổi/,
    );
  });

  it("is a consistent snapshot: rows committed during the export are not half in it", async () => {
    const out = path.join(tmp, "bk3");
    const writer = (async () => {
      for (let i = 0; i < 20; i++) await prisma.auditLog.create({ data: { action: "concurrent", entity: "Test" } });
    })();
    const manifest = await createBackup({ url: process.env.DATABASE_URL!, uploadDir: uploads, outDir: out });
    await writer;
    const lines = fs
      .readFileSync(path.join(out, "db", "AuditLog.ndjson"), "utf8")
      .split("\n")
      .filter(Boolean);
    expect(lines).toHaveLength(manifest.tables.AuditLog);
    const ids = lines.map((l) => Number(JSON.parse(l).id)).sort((a, b) => a - b);
    // Snapshot: the ids it holds are a prefix of the id sequence (no gap from a later commit).
    const rows = await prisma.auditLog.findMany({
      where: { id: { lte: ids.at(-1) } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => Number(r.id))).toEqual(ids);
  });
});
