// Least privilege in PostgreSQL (docs/decisions/0043-least-privilege-and-http-headers.md): migrations run as an owner role,
// the portal as an application role that can read and write rows but cannot ALTER, DROP or TRUNCATE
// anything, cannot disable triggers (only a table's owner can), and can only SELECT/INSERT the audit log.
import pg from "pg";

export type RoleNames = { owner: string; app: string };
export const DEFAULT_ROLES: RoleNames = { owner: "dvk_owner", app: "dvk_app" };

const ident = (s: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(s)) throw new Error(`invalid role or database name: ${s}`);
  return `"${s}"`;
};
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

function withUser(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}

async function run<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * With a superuser connection (the embedded cluster's `postgres`): creates or updates the two login
 * roles, creates the database owned by the owner role, and hands every object already in `public`
 * (a database created before this rule) to the owner. Idempotent. Returns both connection strings.
 */
export async function ensureRoles(
  superuserUrl: string,
  database: string,
  passwords: { owner: string; app: string },
  names: RoleNames = DEFAULT_ROLES,
): Promise<{ ownerUrl: string; appUrl: string }> {
  await run(superuserUrl, async (c) => {
    for (const [role, password] of [
      [names.owner, passwords.owner],
      [names.app, passwords.app],
    ] as const) {
      const exists = (await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount;
      const attrs = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(password)}`;
      await c.query(`${exists ? "ALTER" : "CREATE"} ROLE ${ident(role)} WITH ${attrs}`);
    }
    const db = (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount;
    if (!db) await c.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(names.owner)}`);
    else await c.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(names.owner)}`);
  });
  await run(
    withUser(
      superuserUrl,
      new URL(superuserUrl).username,
      decodeURIComponent(new URL(superuserUrl).password),
      database,
    ),
    (c) =>
      c.query(`
      ALTER SCHEMA public OWNER TO ${ident(names.owner)};
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
      DO $$ DECLARE r record; BEGIN
        FOR r IN SELECT c.oid::regclass AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
          EXECUTE format('ALTER TABLE %s OWNER TO ${names.owner}', r.t);
        END LOOP;
        FOR r IN SELECT c.oid::regclass AS s FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'S' LOOP
          EXECUTE format('ALTER SEQUENCE %s OWNER TO ${names.owner}', r.s);
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public'
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO ${names.owner}', r.f);
        END LOOP;
        FOR r IN SELECT t.oid::regtype AS ty FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'c')
                   AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e') LOOP
          EXECUTE format('ALTER TYPE %s OWNER TO ${names.owner}', r.ty);
        END LOOP;
      END $$;
    `),
  );
  return {
    ownerUrl: withUser(superuserUrl, names.owner, passwords.owner, database),
    appUrl: withUser(superuserUrl, names.app, passwords.app, database),
  };
}

/**
 * As the owner, after every migration run: the application role may use every table's rows (new
 * tables too: this runs at each start), but the audit log only SELECT/INSERT, and nothing on the
 * migration bookkeeping. Ownership (ALTER, DROP, DISABLE TRIGGER) and TRUNCATE are never granted.
 * CREATE on the database lets the job queue (pg-boss) keep its own schema; it gives no right on ours.
 */
export async function grantAppPrivileges(ownerUrl: string, app: string = DEFAULT_ROLES.app): Promise<void> {
  const database = new URL(ownerUrl).pathname.slice(1);
  await run(ownerUrl, (c) =>
    c.query(`
      REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC;
      GRANT CONNECT, TEMPORARY, CREATE ON DATABASE ${ident(database)} TO ${ident(app)};
      GRANT USAGE ON SCHEMA public TO ${ident(app)};
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${ident(app)};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${ident(app)};
      REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM ${ident(app)};
      REVOKE ALL ON "_prisma_migrations" FROM ${ident(app)};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${ident(app)};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${ident(app)};
    `),
  );
}
