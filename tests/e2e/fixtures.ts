// Shared Playwright fixtures: every journey fails on a console error or an uncaught page error.
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "DanVan@2026";

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
      expect(errors, "lỗi trong console của trình duyệt").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/**
 * After a save found the session gone: the login page says so and offers to come back to `callback` (a
 * path); signing in again as `username` lands on `back`.
 */
export async function signInAgain(page: Page, username: string, back: RegExp, callback?: string) {
  await expect(page).toHaveURL(
    callback === undefined
      ? /\/dang-nhap\?ly-do=het-phien&callbackUrl=/
      : new RegExp(`/dang-nhap\\?ly-do=het-phien&callbackUrl=${encodeURIComponent(callback)}$`),
  );
  await expect(page.getByRole("status").filter({ hasText: "Phiên đăng nhập đã hết hạn" })).toBeVisible();
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(back, { timeout: 30_000 });
}

/** The page's own alert region (Next adds an empty route announcer with role="alert" too). */
export function formAlert(page: Page) {
  return page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));
}

/**
 * A slow phone: the page's script chunks arrive `ms` late, so its server HTML is on screen before it runs
 * (ADR 0070). Until `page.unrouteAll()`.
 */
export async function delayScripts(page: Page, ms = 2_500) {
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}
