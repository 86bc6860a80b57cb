/**
 * Every export of a `"use server"` module is a public endpoint, and so is every handler of a route.ts:
 * each must have an entry in lib/actions/registry.ts. The files are found on disk, so a new one is caught.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { REGISTRY, findEntry } from "./registry";

vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => null,
  actorForLookup: async () => null,
  requireActor: async () => null,
}));

const root = path.resolve(__dirname, "../..");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" || d.name.startsWith(".") ? [] : walk(p);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

/** A file whose first statement is the "use server" directive (comments allowed before it). */
export function isServerModule(source: string): boolean {
  const code = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/g, "").trimStart();
  return /^["']use server["']/.test(code);
}

const files = [...walk(path.join(root, "app")), ...walk(path.join(root, "lib")), ...walk(path.join(root, "components"))]
  .map((f) => path.relative(root, f).split(path.sep).join("/"))
  .filter((f) => /^app\/.*\/route\.ts$/.test(f) || isServerModule(fs.readFileSync(path.join(root, f), "utf8")))
  .sort();

describe("action registry coverage", () => {
  it("finds the server-action modules and route handlers", () => {
    expect(files).toContain("app/(portal)/mo-hinh/actions.ts");
    expect(files).toContain("app/api/tep/[id]/route.ts");
  });

  it.each(files)("%s: every export has a registry entry", async (file) => {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    // Route segment config (runtime, dynamic, …) is not an endpoint; every other export of a route is.
    const config = new Set([
      "runtime",
      "dynamic",
      "revalidate",
      "fetchCache",
      "preferredRegion",
      "maxDuration",
      "dynamicParams",
    ]);
    const names = Object.keys(mod).filter((n) => !(file.endsWith("route.ts") && config.has(n)));
    const missing = names.filter((n) => !findEntry(file, n));
    expect(missing, `unregistered exports of ${file}: add them to lib/actions/registry.ts`).toEqual([]);
  });

  it("has no entry for an export that no longer exists", async () => {
    const stale: string[] = [];
    for (const e of REGISTRY) {
      if (!fs.existsSync(path.join(root, e.module))) {
        stale.push(`${e.module} (file gone)`);
        continue;
      }
      const mod = (await import(/* @vite-ignore */ path.join(root, e.module))) as Record<string, unknown>;
      if (!(e.export in mod)) stale.push(`${e.module} ${e.export}`);
    }
    expect(stale).toEqual([]);
  });
});
