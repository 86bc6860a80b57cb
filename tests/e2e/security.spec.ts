// HTTP hardening and session replay against the production build (issue 14).
import { test as base } from "@playwright/test";
import { expect, login, test } from "./fixtures";

test.describe("Tiêu đề HTTP và CSP", () => {
  test("mỗi trang có CSP với nonce mới, không unsafe-eval, frame-ancestors 'none'; HSTS chỉ khi HTTPS", async ({
    request,
  }) => {
    const a = await request.get("/dang-nhap");
    const b = await request.get("/dang-nhap");
    const csp = a.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
    const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
    expect(nonce(b.headers()["content-security-policy"] ?? "")).not.toBe(nonce(csp));
    // The page's own scripts carry this request's nonce.
    expect(await a.text()).toContain(`nonce="${nonce(csp)}"`);
    expect(a.headers()["strict-transport-security"]).toBeUndefined();
    const https = await request.get("/dang-nhap", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  base("một script chèn vào trang (không có nonce) không chạy; script của trang vẫn chạy", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") violations.push(m.text());
    });
    await page.route("**/dang-nhap", async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace("</body>", "<script>window.__injected = 1</script></body>");
      await route.fulfill({ response: res, body: html });
    });
    await page.goto("/dang-nhap");
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(violations.some((v) => /Content Security Policy/i.test(v))).toBe(true);
    expect(violations.filter((v) => !/Content Security Policy/i.test(v))).toEqual([]);
    // Next's own (nonced) scripts did run: the page hydrated and its router is there.
    expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
  });
});

test.describe("Phiên đăng nhập", () => {
  test("cookie chép trước khi đăng xuất không mở lại được trang", async ({ page, browser }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/);
    const stolen = await page.context().cookies();
    await page.getByRole("banner").getByRole("button", { name: "Đăng xuất" }).first().click();
    await expect(page).toHaveURL(/\/dang-nhap/);

    const thief = await browser.newContext();
    await thief.addCookies(stolen);
    const p2 = await thief.newPage();
    await p2.goto("/");
    await expect(p2).toHaveURL(/\/dang-nhap/);
    const session = await p2.request.get("/api/auth/session");
    expect(await session.json()).toBeNull();
    await thief.close();
  });

  test("đối tượng ngoài phạm vi hay id vượt int4 trả về 404", async ({ page }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/);
    for (const path of ["/api/tep/2147483648", "/api/tep/99999999999999999999", "/api/tep/999999"]) {
      const r = await page.request.get(path);
      expect(r.status(), path).toBe(404);
    }
    for (const path of ["/mo-hinh/2147483648", "/mo-hinh/999999"]) {
      const r = await page.request.get(path);
      expect(r.status(), path).toBe(404);
    }
  });
});
