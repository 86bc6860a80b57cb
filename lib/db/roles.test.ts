// Connects as the portal's own role (as `npm start` sets it up) and proves each refusal.
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { migrate } from "./migrate";
import { ensureRoles, grantAppPrivileges } from "./roles";

const adminUrl = inject("pgAdminUrl");
const suffix = crypto.randomBytes(4).toString("hex");
const names = { owner: `dvk_owner_${suffix}`, app: `dvk_app_${suffix}` };
const database = `roles_${suffix}`;
let app: pg.Client;
let ownerUrl: string;

beforeAll(async () => {
  const urls = await ensureRoles(adminUrl, database, { owner: "owner-pw-1", app: "app-pw-1" }, names);
  ownerUrl = urls.ownerUrl;
  await migrate(urls.ownerUrl);
  await grantAppPrivileges(urls.ownerUrl, names.app);
  app = new pg.Client({ connectionString: urls.appUrl });
  await app.connect();
  // A row the tests may try to tamper with.
  await app.query(`INSERT INTO "AuditLog" ("action", "entity", "entityId") VALUES ('test.row', 'Test', '1')`);
});

afterAll(async () => {
  await app?.end();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`DROP ROLE IF EXISTS ${names.app}`);
  await admin.query(`DROP ROLE IF EXISTS ${names.owner}`);
  await admin.end();
});

async function refused(sql: string): Promise<string> {
  try {
    await app.query(sql);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`the portal's role was allowed: ${sql}`);
}

describe("the portal's database role (least privilege)", () => {
  it("is not a superuser and owns nothing", async () => {
    const { rows } = await app.query(
      `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await app.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it("reads and writes rows, and appends to the audit log", async () => {
    await app.query(`SELECT count(*) FROM "Model"`);
    await app.query(`INSERT INTO "AuditLog" ("action", "entity") VALUES ('test.append', 'Test')`);
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM "AuditLog"`);
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["ALTER a table", `ALTER TABLE "Model" ADD COLUMN "x" int`, /must be owner/],
    ["DROP a table", `DROP TABLE "LoginAttempt"`, /must be owner/],
    ["TRUNCATE", `TRUNCATE "Model" CASCADE`, /permission denied/],
    ["TRUNCATE the audit log", `TRUNCATE "AuditLog"`, /permission denied/],
    ["disable the audit log's triggers", `ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`, /must be owner/],
    ["skip triggers via replication role", `SET session_replication_role = replica`, /permission denied/],
    ["UPDATE the audit log", `UPDATE "AuditLog" SET "action" = 'x'`, /permission denied/],
    ["DELETE the audit log", `DELETE FROM "AuditLog"`, /permission denied/],
    ["drop the append-only function", `DROP FUNCTION audit_log_append_only()`, /must be owner/],
    ["create objects in the portal's schema", `CREATE TABLE public.evil (id int)`, /permission denied/],
    ["touch the migration bookkeeping", `DELETE FROM "_prisma_migrations"`, /permission denied/],
    ["grant itself more", `ALTER ROLE CURRENT_USER SUPERUSER`, /permission denied|must be superuser/],
  ])("cannot %s", async (_label, sql, message) => {
    expect(await refused(sql)).toMatch(message);
  });

  it("the audit log is unchanged after every attempt", async () => {
    const { rows } = await app.query(`SELECT "action" FROM "AuditLog" WHERE "action" = 'test.row'`);
    expect(rows).toHaveLength(1);
  });

  it("a later migration's new table is usable by the portal after the next start's grants", async () => {
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(`CREATE TABLE "LaterTable" ("id" serial PRIMARY KEY, "v" text)`);
    await owner.end();
    await grantAppPrivileges(ownerUrl, names.app);
    await app.query(`INSERT INTO "LaterTable" ("v") VALUES ('ok')`);
    expect(await refused(`DROP TABLE "LaterTable"`)).toMatch(/must be owner/);
  });
});

describe("a database created before this rule (owned by the superuser)", () => {
  it("is handed to the owner role; migrations keep working and the portal's role stays limited", async () => {
    const old = `old_${suffix}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${old}`);
    const oldUrl = new URL(adminUrl);
    oldUrl.pathname = `/${old}`;
    await migrate(oldUrl.toString());
    const urls = await ensureRoles(adminUrl, old, { owner: "owner-pw-1", app: "app-pw-1" }, names);
    expect((await migrate(urls.ownerUrl)).applied).toEqual([]);
    await grantAppPrivileges(urls.ownerUrl, names.app);
    const c = new pg.Client({ connectionString: urls.appUrl });
    await c.connect();
    try {
      await c.query(`INSERT INTO "AuditLog" ("action", "entity") VALUES ('x', 'Test')`);
      await expect(c.query(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(c.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
      await admin.query(`DROP DATABASE ${old} WITH (FORCE)`);
      await admin.end();
    }
  });
});
