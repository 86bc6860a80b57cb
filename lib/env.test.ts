import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env";

describe("loadEnv", () => {
  it("uses defaults and treats empty values as unset", () => {
    const env = loadEnv({ DATABASE_URL: "", PORT: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.EMBEDDED_PG_PORT).toBe(54329);
  });

  it("accepts a PostgreSQL URL and a numeric port", () => {
    const env = loadEnv({ DATABASE_URL: "postgresql://u:p@db:5432/dvk", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db:5432/dvk");
    expect(env.PORT).toBe(8080);
  });

  it("names every invalid variable in one Vietnamese message", () => {
    let error: unknown;
    try {
      loadEnv({ DATABASE_URL: "mysql://x", PORT: "abc", AUTH_SECRET: "short" });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Biến môi trường không hợp lệ/);
    expect(message).toContain("DATABASE_URL");
    expect(message).toContain("PORT");
    expect(message).toContain("AUTH_SECRET: phải dài ít nhất 32 ký tự");
  });

  it("WEB_CONCURRENCY: unset by default, a whole number of processes from 1 to 16", () => {
    expect(loadEnv({}).WEB_CONCURRENCY).toBeUndefined();
    expect(loadEnv({ WEB_CONCURRENCY: "2" }).WEB_CONCURRENCY).toBe(2);
    for (const bad of ["0", "1.5", "17", "many"])
      expect(() => loadEnv({ WEB_CONCURRENCY: bad })).toThrow(/WEB_CONCURRENCY/);
  });
});
