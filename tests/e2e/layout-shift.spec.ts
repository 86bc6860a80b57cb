// Issue 15: no layout shift on the model list and the review queue (CLS < 0.1), measured in the browser with
// a PerformanceObserver on `layout-shift` entries not caused by input, grouped in session windows as the
// Core Web Vitals define CLS (gaps < 1 s, windows ≤ 5 s; the largest window counts).
// Classic scrollbars, as on a Windows or Linux desk: Playwright hides them in headless Chromium
// (--hide-scrollbars), which would hide the shift of a scrollbar appearing when the list arrives.
import type { Page } from "@playwright/test";
import { browserUse } from "../../playwright.config";
import { expect, login, test } from "./fixtures";

test.use({ launchOptions: { ...browserUse.launchOptions, ignoreDefaultArgs: ["--hide-scrollbars"] } });

type Shift = { value: number; startTime: number; sources: string[] };

declare global {
  interface Window {
    __layoutShifts?: Shift[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    window.__layoutShifts = shifts;
    type LayoutShift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    const describe = (n?: Node | null) => {
      if (!n || !(n instanceof Element)) return n?.nodeName ?? "?";
      return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}.${[...n.classList].slice(0, 3).join(".")}`;
    };
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as LayoutShift[]) {
        if (e.hadRecentInput) continue;
        shifts.push({
          value: e.value,
          startTime: e.startTime,
          sources: (e.sources ?? []).map((s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
});

/** CLS: the largest session window of shifts (each < 1 s after the previous, the window ≤ 5 s long). */
function cls(shifts: Shift[]): number {
  let max = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (s.startTime - last > 1000 || s.startTime - first > 5000) {
      sum = 0;
      first = s.startTime;
    }
    sum += s.value;
    last = s.startTime;
    max = Math.max(max, sum);
  }
  return max;
}

/**
 * Loads `path` as a first visit over a desk's ordinary connection would: browser cache empty, every
 * response delayed (so fonts, styles and streamed parts arrive late, as they do away from loopback),
 * then lets late content settle and returns the shifts.
 */
async function shiftsOnLoad(page: Page, path: string, ready: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (4 * 1024 * 1024) / 8,
    uploadThroughput: (1024 * 1024) / 8,
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(1500); // a client component mounting or an image arriving after idle still counts
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  return page.evaluate(() => window.__layoutShifts ?? []);
}

function expectStable(path: string, shifts: Shift[]) {
  const score = cls(shifts);
  const detail = shifts.map((s) => `${s.value.toFixed(3)} @${Math.round(s.startTime)}ms: ${s.sources.join("; ")}`);
  console.log(`CLS ${path}: ${score.toFixed(3)}${detail.length ? `\n  ${detail.join("\n  ")}` : ""}`);
  expect(score, `CLS của ${path}\n${detail.join("\n")}`).toBeLessThan(0.1);
}

const PAGES = [
  { user: "tinh", path: "/mo-hinh", heading: "Mô hình" },
  { user: "tinh", path: "/tham-dinh", heading: /Thẩm định/ },
  { user: "canbo", path: "/mo-hinh", heading: /Mô hình/ },
  { user: "xa", path: "/tham-dinh", heading: /Thẩm định/ },
] as const;
// A laptop, the default desk and a full-HD monitor (the centred layout moves when a scrollbar appears).
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const viewport of VIEWPORTS) {
  for (const { user, path, heading } of PAGES) {
    test(`${path} (${user}, ${viewport.width}×${viewport.height}): no layout shift while it loads`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await login(page, user);
      await expect(page).toHaveURL(/\/$/, { timeout: 45_000 }); // the first sign-in of a cold server is slow
      const h1 = page.getByRole("heading", { level: 1, name: heading });
      const shifts = await shiftsOnLoad(page, path, async () => {
        try {
          await expect(h1).toBeVisible({ timeout: 30_000 });
        } catch (err) {
          // Why it is not shown: each ancestor's tag, hidden attribute, display and size.
          const chain = await h1.evaluate((el) => {
            const out: string[] = [];
            for (let n: Element | null = el; n; n = n.parentElement) {
              const r = n.getBoundingClientRect();
              out.push(
                `${n.tagName}${n.id ? `#${n.id}` : ""}${n.hasAttribute("hidden") ? "[hidden]" : ""} ${getComputedStyle(n).display} ${Math.round(r.width)}×${Math.round(r.height)}`,
              );
            }
            return out.join(" < ");
          });
          console.log(`h1 không hiện: ${chain}; readyState ${await page.evaluate(() => document.readyState)}`);
          throw err;
        }
      });
      // Classic scrollbars really are on: a page taller than the window has one that takes width.
      if (await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight))
        expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
      expectStable(`${path} ${viewport.width}×${viewport.height}`, shifts);
    });
  }
}

// font-display: optional keeps the fallback on a page whose font files came late (above, cache off), so it
// must not keep it everywhere: once a page has loaded them, the next page paints in Be Vietnam Pro from the
// cache. Read from what Chromium actually rendered the heading and a body line with.
test("after the first page, the next one is set in Be Vietnam Pro (fonts cached, not the fallback)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.waitForLoadState("networkidle");
  await page.goto("/mo-hinh");
  await expect(page.getByRole("heading", { level: 1, name: "Mô hình" })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  for (const selector of ["main h1", "main p"]) {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    expect(
      fonts.map((f) => f.familyName),
      selector,
    ).toEqual(["Be Vietnam Pro"]);
  }
});
