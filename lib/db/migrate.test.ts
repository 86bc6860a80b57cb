import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, listMigrations, MigrationError } from "./migrate";

// A scratch database per test, next to the file's own database.
async function scratchDb(): Promise<string> {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `m_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  base.pathname = `/${name}`;
  return base.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-mig-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeMigration(dir: string, name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

describe("migration runner", () => {
  it("applies the project's migrations once and records Prisma-compatible rows", async () => {
    const url = await scratchDb();
    const first = await migrate(url);
    expect(first.applied.length).toBe(listMigrations("prisma/migrations").length);
    expect(first.applied.length).toBeGreaterThan(0);
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      url,
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = listMigrations("prisma/migrations");
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, r] of rows.entries()) {
      const sha = crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join("prisma/migrations", files[i].name, "migration.sql")))
        .digest("hex");
      expect(r.checksum).toBe(sha);
      expect(r.applied_steps_count).toBe(1);
      expect(r.finished_at).not.toBeNull();
    }
  });

  it("refuses a migration that was changed after it was applied", async () => {
    const url = await scratchDb();
    const dir = path.join(tmp, "changed");
    writeMigration(dir, "20260101000000_a", "CREATE TABLE a (id int);");
    await migrate(url, { dir });
    fs.writeFileSync(path.join(dir, "20260101000000_a", "migration.sql"), "CREATE TABLE a (id bigint);");
    await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
    await expect(migrate(url, { dir })).rejects.toThrow(/checksum/);
  });

  it("runs each migration in a transaction: a failing one leaves nothing behind", async () => {
    const url = await scratchDb();
    const dir = path.join(tmp, "failing");
    writeMigration(dir, "20260101000000_ok", "CREATE TABLE ok (id int);");
    writeMigration(dir, "20260102000000_bad", "CREATE TABLE half (id int); SELECT * FROM does_not_exist;");
    await expect(migrate(url, { dir })).rejects.toThrow(/20260102000000_bad/);
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "ok"]);
    const rows = await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual(["20260101000000_ok"]);
  });

  it("is safe when two processes start at once", async () => {
    const url = await scratchDb();
    const dir = path.join(tmp, "concurrent");
    writeMigration(dir, "20260101000000_a", "CREATE TABLE a (id int); SELECT pg_sleep(0.3);");
    writeMigration(dir, "20260102000000_b", "CREATE TABLE b (id int);");
    const results = await Promise.all([migrate(url, { dir }), migrate(url, { dir })]);
    const applied = results.flatMap((r) => r.applied).sort();
    expect(applied).toEqual(["20260101000000_a", "20260102000000_b"]);
    const rows = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(rows[0].n)).toBe(2);
  });
});
