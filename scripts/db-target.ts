// The database and upload folder `npm run backup` / `npm run restore` work on: MIGRATION_DATABASE_URL
// (else DATABASE_URL) for an external PostgreSQL, otherwise the embedded one, reached as its owner role
// (started for the duration of the command when the portal is not running).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadEnv } from "../lib/env";
import { startEmbeddedPostgres, type EmbeddedPg } from "../lib/db/embedded";
import { ensureRoles, grantAppPrivileges, DEFAULT_ROLES } from "../lib/db/roles";

export type Target = {
  url: string;
  uploadDir: string;
  embedded: boolean;
  done(): Promise<void>;
  grant(): Promise<void>;
};

async function reachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export async function dbTarget(root: string, opts: { create: boolean }): Promise<Target> {
  const env = loadEnv();
  const dataRoot = path.resolve(root, env.EMBEDDED_PG_DIR ?? ".data");
  const uploadDir = path.resolve(root, env.UPLOAD_DIR ?? path.join(dataRoot, "uploads"));
  const external = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  if (external) {
    const appUser = env.DATABASE_URL ? decodeURIComponent(new URL(env.DATABASE_URL).username) : undefined;
    const separate = !!env.MIGRATION_DATABASE_URL && !!appUser;
    return {
      url: external,
      uploadDir,
      embedded: false,
      done: async () => {},
      grant: async () => (separate ? grantAppPrivileges(external, appUser) : undefined),
    };
  }
  const rolesFile = path.join(dataRoot, "db-roles.json");
  let server: EmbeddedPg | undefined;
  const superUrl = `postgresql://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`;
  if (!(await reachable(superUrl))) {
    if (!opts.create && !fs.existsSync(path.join(dataRoot, "pg"))) {
      throw new Error(`Không có cơ sở dữ liệu nhúng tại ${path.join(dataRoot, "pg")}.`);
    }
    server = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port: env.EMBEDDED_PG_PORT });
  }
  let passwords = fs.existsSync(rolesFile)
    ? (JSON.parse(fs.readFileSync(rolesFile, "utf8")) as { owner: string; app: string })
    : undefined;
  if (!passwords && opts.create) {
    passwords = {
      owner: crypto.randomBytes(24).toString("base64url"),
      app: crypto.randomBytes(24).toString("base64url"),
    };
    fs.writeFileSync(rolesFile, JSON.stringify(passwords), { mode: 0o600 });
  }
  if (!passwords) throw new Error(`Thiếu ${rolesFile}: chạy \`npm start\` một lần để tạo cơ sở dữ liệu nhúng.`);
  const { ownerUrl } = await ensureRoles(superUrl, "dan_van_kheo", passwords);
  return {
    url: ownerUrl,
    uploadDir,
    embedded: true,
    done: async () => {
      await server?.stop();
    },
    grant: () => grantAppPrivileges(ownerUrl, DEFAULT_ROLES.app),
  };
}
