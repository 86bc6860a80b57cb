// Environment of the start script and the server, validated once with clear Vietnamese messages.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "phải là địa chỉ PostgreSQL dạng postgresql://user:pass@host:5432/db")
    .optional(),
  /** The owner role's connection for migrations, when DATABASE_URL is the portal's least-privilege role. */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "phải là địa chỉ PostgreSQL dạng postgresql://user:pass@host:5432/db")
    .optional(),
  HOST: z.string().min(1).optional(),
  TRUST_PROXY_HOPS: z.coerce.number().int("phải là số nguyên").min(0).max(10, "từ 0 đến 10").default(0),
  PORT: z.coerce.number().int("phải là số nguyên").min(1).max(65535, "phải từ 1 đến 65535").default(3000),
  AUTH_SECRET: z.string().min(32, "phải dài ít nhất 32 ký tự (ví dụ: openssl rand -base64 32)").optional(),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  UPLOAD_DIR: z.string().min(1).optional(),
  /** Web server processes on the one port (scripts/serve.ts, ADR 0057); default one per core, at most 4. */
  WEB_CONCURRENCY: z.coerce.number().int("phải là số nguyên").min(1).max(16, "từ 1 đến 16").optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings count as unset: `DATABASE_URL= npm start` means "use the embedded one".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Biến môi trường không hợp lệ:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
