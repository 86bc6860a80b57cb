import { DEMO_ACCOUNTS } from "../../lib/demo/accounts";
import { roleLabels, vi } from "../../lib/i18n/vi";
import { DEMO_PASSWORD, expect, formAlert, login, test } from "./fixtures";

test.describe("Đăng nhập và đăng xuất theo vai trò", () => {
  test("người chưa đăng nhập được đưa tới trang đăng nhập", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/dang-nhap/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("sai mật khẩu hay sai tên đăng nhập đều nhận cùng một thông báo", async ({ page }) => {
    await login(page, "canbo", "sai-mat-khau");
    const alert = formAlert(page);
    await expect(alert).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("canbo");
    await expect(page.getByLabel("Mật khẩu")).toHaveValue("");

    await login(page, "khong-ton-tai", "sai-mat-khau");
    await expect(formAlert(page)).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    await expect(page).toHaveURL(/\/dang-nhap/);
  });

  test("phiên đã hết khi mở một trang: đăng nhập lại rồi trở về đúng trang đó", async ({ page, context }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/);
    // The cookie the browser still holds no longer opens a session (expired or revoked on the server).
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
    expect(session).toBeTruthy();
    await context.addCookies([{ ...session!, value: "phien-da-het-han" }]);

    await page.goto("/mo-hinh?q=na+leng");
    await expect(page).toHaveURL(/\/dang-nhap\?.*callbackUrl=%2Fmo-hinh%3Fq%3Dna%2Bleng/);
    await expect(page.getByRole("status").filter({ hasText: vi.login.sessionEnded })).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill("canbo");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\?q=na\+leng$/);
  });

  test("phiên đã hết khi bấm tải tệp: trang đăng nhập thay cho tệp hỏng, rồi trở về trang có liên kết", async ({
    page,
    context,
  }) => {
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/thong-ke?year=2025");
    const xlsx = page.getByRole("link", { name: "Tải Excel (XLSX)" });
    // Signed in: the file downloads and the page stays.
    const first = page.waitForEvent("download");
    await xlsx.click();
    expect((await first).suggestedFilename()).toMatch(/^Thống kê .+ năm 2025 \(\d{2}-\d{2}-\d{4}\)\.xlsx$/);
    await expect(page).toHaveURL(/\/thong-ke\?year=2025$/);

    const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    await context.addCookies([{ ...session!, value: "phien-da-het-han" }]);
    await xlsx.click();
    await expect(page).toHaveURL(/\/dang-nhap\?ly-do=phien-ket-thuc&callbackUrl=%2Fthong-ke%3Fyear%3D2025$/);
    await expect(page.getByRole("status").filter({ hasText: vi.login.sessionEnded })).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill("tinh");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/thong-ke\?year=2025$/);
    const again = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải Excel (XLSX)" }).click();
    expect((await again).suggestedFilename()).toMatch(/\.xlsx$/);
  });

  test("phiên đã hết khi bấm một thao tác: trang đăng nhập nói thao tác chưa được thực hiện", async ({
    page,
    context,
  }) => {
    // The province (34 sent models in the demo data): this test starts a review, and the commune's four sent
    // models are what review.spec.ts needs.
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/tham-dinh?state=SUBMITTED");
    await page
      .getByRole("link", { name: /./ })
      .and(page.locator("main a[href^='/tham-dinh/'][href*='ds=']"))
      .first()
      .click();
    await expect(page).toHaveURL(/\/tham-dinh\/\d+/);
    const modelPath = new URL(page.url()).pathname;
    await expect(page.getByText("Chờ thẩm định", { exact: true }).first()).toBeVisible();

    const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    await context.addCookies([{ ...session!, value: "phien-da-het-han" }]);
    await page.getByRole("button", { name: "Bắt đầu thẩm định" }).click();
    const comment = "Đã xem hồ sơ, đề nghị bổ sung ảnh buổi ra quân";
    await page.getByRole("dialog").getByLabel("Ý kiến").fill(comment);
    await page.getByRole("button", { name: "Xác nhận: Bắt đầu thẩm định" }).click();
    await expect(page).toHaveURL(/\/dang-nhap\?ly-do=thao-tac-chua-thuc-hien&callbackUrl=/);
    await expect(page.getByRole("status").filter({ hasText: vi.login.actionNotDone })).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill("tinh");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(new RegExp(`${modelPath}(\\?|$)`));
    // Indeed not done: the model still waits, and the button is still offered.
    await expect(page.getByText("Chờ thẩm định", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Bắt đầu thẩm định" })).toBeVisible();
    // What was typed is still there (kept in this browser), and goes once the step is done.
    await page.getByRole("button", { name: "Bắt đầu thẩm định" }).click();
    await expect(page.getByRole("dialog").getByLabel("Ý kiến")).toHaveValue(comment);
    await page.getByRole("button", { name: "Xác nhận: Bắt đầu thẩm định" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã ghi nhận: Bắt đầu thẩm định" })).toBeVisible();
    const modelId = modelPath.split("/").pop();
    await expect
      .poll(() =>
        page.evaluate(
          (path) => Object.keys(window.localStorage).filter((k) => k.startsWith("dvk-nhap:") && k.endsWith(path)),
          `:/tham-dinh/${modelId}`,
        ),
      )
      .toEqual([]);

    // A second step on the same page (the panel still holds the first one's success): kept the same way.
    const again = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    await context.addCookies([{ ...again!, value: "phien-da-het-han" }]);
    await page.getByRole("button", { name: "Yêu cầu bổ sung", exact: true }).click();
    const reason = "Bổ sung biên bản họp thôn và số hộ tham gia";
    await page.getByRole("dialog").getByLabel("Ý kiến").fill(reason);
    await page.getByRole("button", { name: "Xác nhận: Yêu cầu bổ sung" }).click();
    await expect(page).toHaveURL(/\/dang-nhap\?ly-do=thao-tac-chua-thuc-hien&callbackUrl=/);
    await page.getByLabel("Tên đăng nhập").fill("tinh");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(new RegExp(`${modelPath}(\\?|$)`));
    await page.getByRole("button", { name: "Yêu cầu bổ sung", exact: true }).click();
    await expect(page.getByRole("dialog").getByLabel("Ý kiến")).toHaveValue(reason);
  });

  for (const account of DEMO_ACCOUNTS) {
    test(`${account.username} (${roleLabels[account.role]}) đăng nhập, thấy trang của vai trò và đăng xuất`, async ({
      page,
    }) => {
      await login(page, account.username);
      await expect(page).toHaveURL(/\/$/);
      const banner = page.getByRole("banner");
      await expect(banner).toContainText(account.fullName);
      await expect(banner).toContainText(roleLabels[account.role]);
      await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).first()).toBeVisible();

      await page.getByRole("button", { name: "Đăng xuất" }).first().click();
      await expect(page).toHaveURL(/\/dang-nhap/);
      await page.goto("/");
      await expect(page).toHaveURL(/\/dang-nhap/);
    });
  }
});
