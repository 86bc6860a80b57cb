// Decides whether `next build` must run: a fingerprint of every build input, stored next to the build.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else if (!/\.test\.tsx?$/.test(p)) {
    out.push(`${p}:${st.size}:${st.mtimeMs}`);
  }
}

export function fingerprint(root: string): string {
  const entries: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

const stampFile = (root: string) => path.join(root, distDir(), "dvk-build-fingerprint");

export function buildIsFresh(root: string): boolean {
  if (!fs.existsSync(path.join(root, distDir(), "BUILD_ID"))) return false;
  try {
    return fs.readFileSync(stampFile(root), "utf8") === fingerprint(root);
  } catch {
    return false;
  }
}

export async function runBuild(root: string): Promise<void> {
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build thất bại (mã ${code})`))));
  });
  // After the build: `next build` may itself rewrite tsconfig.json.
  fs.writeFileSync(stampFile(root), fingerprint(root));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  if (buildIsFresh(root)) console.log("[dan-van-kheo] Bản build đã mới nhất.");
  else await runBuild(root);
}
