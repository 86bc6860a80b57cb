// The first-load measurement on a miniature build folder shaped like Turbopack's (Next 16).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { budgetProblems, measureFirstLoad } from "./first-load-js";

const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-first-load-"));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

function write(file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), content);
}
/** Random text (base64: gzip keeps about three quarters of it). */
const filler = (kb: number) => crypto.randomBytes(kb * 750).toString("base64");
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length / 1000;
function page(entry: string, segments: Record<string, string[]>) {
  write(
    `server/app${entry}_client-reference-manifest.js`,
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(entry)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles: segments })};`,
  );
}

write(
  "build-manifest.json",
  JSON.stringify({ polyfillFiles: ["static/chunks/poly.js"], rootMainFiles: ["static/chunks/main.js"] }),
);
write("static/chunks/poly.js", filler(40));
write("static/chunks/main.js", filler(120));
write("static/chunks/layout.js", filler(10));
write("static/chunks/list.js", filler(20));
write("static/chunks/big.js", filler(150));
write("static/chunks/dash.js", `e.v(t=>Promise.all(["static/chunks/charts.js"].map(t=>e.l(t))))${filler(5)}`);
write("static/chunks/charts.js", `"recharts-surface"${filler(100)}`);
write(
  "app-path-routes-manifest.json",
  JSON.stringify({
    "/(portal)/mo-hinh/page": "/mo-hinh",
    "/(portal)/thong-ke/page": "/thong-ke",
    "/(portal)/nang/page": "/nang",
    "/api/x/route": "/api/x",
  }),
);
const layout = { "[project]/app/layout": ["static/chunks/layout.js"] };
page("/(portal)/mo-hinh/page", {
  ...layout,
  "[project]/app/(portal)/mo-hinh/page": ["static/chunks/layout.js", "static/chunks/list.js"],
});
page("/(portal)/thong-ke/page", { ...layout, "[project]/app/(portal)/thong-ke/page": ["static/chunks/dash.js"] });
page("/(portal)/nang/page", { ...layout, "[project]/app/(portal)/nang/page": ["static/chunks/big.js"] });

describe("first-load JavaScript from the build manifests", () => {
  const pages = measureFirstLoad(dist);
  const of = (route: string) => pages.find((p) => p.route === route)!;

  it("sums the root chunks and every segment's chunks once each, gzipped; no polyfills, no route handlers", () => {
    expect(pages.map((p) => p.route)).toEqual(["/mo-hinh", "/nang", "/thong-ke"]);
    expect(of("/mo-hinh").firstLoadKb).toBeCloseTo(
      gz("static/chunks/main.js") + gz("static/chunks/layout.js") + gz("static/chunks/list.js"),
      6,
    );
    expect(of("/mo-hinh").lazyKb).toBe(0);
  });

  it("lists the chunks a page loads later apart, and sees the chart library there", () => {
    const dash = of("/thong-ke");
    expect(dash.files).not.toContain("static/chunks/charts.js");
    expect(dash.lazyFiles).toEqual(["static/chunks/charts.js"]);
    expect(dash.lazyKb).toBeCloseTo(gz("static/chunks/charts.js"), 6);
    expect(dash.recharts).toBe("lazy");
  });

  it("reports a page over 170 kB and recharts anywhere but lazily on /thong-ke", () => {
    expect(of("/nang").firstLoadKb).toBeGreaterThan(170);
    expect(budgetProblems(pages)).toEqual([expect.stringMatching(/^\/nang: .* > 170 kB$/)]);
    const leaked = pages.map((p) => (p.route === "/mo-hinh" ? { ...p, recharts: "first-load" as const } : p));
    expect(budgetProblems(leaked)).toContain("/mo-hinh: recharts nằm trong JavaScript lần tải đầu");
    const elsewhere = pages.map((p) => (p.route === "/mo-hinh" ? { ...p, recharts: "lazy" as const } : p));
    expect(budgetProblems(elsewhere)).toContain("/mo-hinh: trang này tải được recharts");
    const gone = pages.map((p) => (p.route === "/thong-ke" ? { ...p, recharts: "none" as const } : p));
    expect(budgetProblems(gone)).toContain("/thong-ke: không thấy recharts trong các phần tải sau");
  });
});
