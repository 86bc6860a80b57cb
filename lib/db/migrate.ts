// Applies prisma/migrations/<ts>_<name>/migration.sql in order, keeping Prisma's own `_prisma_migrations`
// table (same columns, sha256 checksum of the file) so `prisma migrate deploy` agrees where it can run.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export class MigrationError extends Error {}

export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

const LOCK_KEY = 72_707_369; // arbitrary, constant: serialises runners started at once

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function listMigrations(dir: string) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: sql.toString("utf8"), checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export async function migrate(
  url: string,
  opts: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrationResult> {
  const dir = opts.dir ?? path.join(process.cwd(), "prisma", "migrations");
  const log = opts.log ?? (() => {});
  const migrations = listMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`);
    const known = new Set(migrations.map((m) => m.name));
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration "${row.migration_name}" đã chạy lỗi trước đây và chưa được xử lý; cần sửa cơ sở dữ liệu thủ công.`,
        );
      }
      if (!known.has(row.migration_name)) {
        throw new MigrationError(
          `Cơ sở dữ liệu có migration "${row.migration_name}" không có trong mã nguồn (mã nguồn cũ hơn cơ sở dữ liệu?).`,
        );
      }
    }
    for (const m of migrations) {
      const done = rows.find((r) => r.migration_name === m.name && r.finished_at && !r.rolled_back_at);
      if (done) {
        if (done.checksum !== m.checksum) {
          throw new MigrationError(
            `Migration "${m.name}" đã được áp dụng nhưng tệp đã bị sửa sau đó (checksum khác). Không sửa migration đã áp dụng; hãy tạo migration mới.`,
          );
        }
        result.alreadyApplied.push(m.name);
        continue;
      }
      log(`Áp dụng migration ${m.name}`);
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [crypto.randomUUID(), m.checksum, m.name],
        );
        await client.query(m.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE migration_name = $1 AND finished_at IS NULL`,
          [m.name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw new MigrationError(
          `Migration "${m.name}" lỗi, không có thay đổi nào được giữ lại: ${(err as Error).message}`,
        );
      }
      result.applied.push(m.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
