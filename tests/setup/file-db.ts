// Gives the current test file its own database, cloned from the migrated template.
import crypto from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const adminUrl = inject("pgAdminUrl");
const name = `t_${crypto.randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE dvk_template`);
    break;
  } catch (err) {
    // Two files cloning the template at the same instant: PostgreSQL refuses the second; try again.
    if (attempt > 20 || !/being accessed by other users/.test((err as Error).message)) throw err;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
