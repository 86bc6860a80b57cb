// A province's first day on its own (non-demo) database: the one-time setup link printed by the server
// creates the administrator, who creates a commune reviewer; the reviewer must replace the temporary
// password; the administrator disables them and the reviewer's open tab lands on the login page.
import fs from "node:fs";
import { test, expect, formAlert, login } from "../e2e/fixtures";

const ADMIN_PASSWORD = "bà con hiến đất làm đường liên thôn";
const REVIEWER_PASSWORD = "thẩm định mô hình dân vận khéo xã chợ đồn";

test("setup link → administrator → commune reviewer → forced password change → disabled, tab sent to login", async ({
  page,
  browser,
}) => {
  const link = fs.readFileSync(process.env.DVK_E2E_SETUP_LINK_FILE!, "utf8").trim();
  const url = new URL(link);

  // No demo data, no default password: the demo login does not exist and there is no banner.
  await login(page, "quantri", "DanVan@2026");
  await expect(formAlert(page)).toContainText("không đúng");
  await expect(page.getByText("Dữ liệu mẫu")).toHaveCount(0);

  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByRole("heading", { name: "Thiết lập quản trị viên đầu tiên" })).toBeVisible();
  await page.getByLabel("Tỉnh").selectOption("Tỉnh Bắc Kạn");
  await page.getByLabel("Tên đăng nhập").fill("quantri.tinh");
  await page.getByLabel("Họ và tên").fill("Lý Quang Huy");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("matkhau123");
  await page.getByLabel("Nhập lại mật khẩu").fill("matkhau123");
  await page.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(page.getByText("quá phổ biến").first()).toBeVisible();
  await page.getByLabel("Tỉnh").selectOption("Tỉnh Bắc Kạn");
  await page.getByLabel("Tên đăng nhập").fill("quantri.tinh");
  await page.getByLabel("Họ và tên").fill("Lý Quang Huy");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo quản trị viên");

  // The link is single use.
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByText("không còn hiệu lực")).toBeVisible();

  await login(page, "quantri.tinh", ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("link", { name: "Quản trị" }).first().click();
  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await page.getByLabel("Tìm đơn vị").fill("xa cho don");
  await page.getByRole("button", { name: "Chọn" }).click();
  const unit = page.getByLabel("Đơn vị", { exact: true });
  const option = unit.locator("option", { hasText: /^Xã Chợ Đồn \(Cấp xã/ });
  await unit.selectOption({ value: (await option.getAttribute("value"))! });
  await page.getByLabel("Vai trò").selectOption("COMMUNE_REVIEWER");
  await page.getByLabel("Tên đăng nhập").fill("xa.chodon");
  await page.getByLabel("Họ và tên").fill("Nông Văn Thắng");
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const created = page.getByRole("status");
  await expect(created).toContainText("Đã tạo tài khoản");
  const temporary = (await created.textContent())!.match(/[a-z2-9]{4}(-[a-z2-9]{4}){3}/)![0];

  // The reviewer, in their own browser: the temporary password works once, then must be replaced.
  const reviewerContext = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const reviewer = await reviewerContext.newPage();
  const reviewerErrors: string[] = [];
  reviewer.on("pageerror", (e) => reviewerErrors.push(e.message));
  await login(reviewer, "xa.chodon", temporary);
  await expect(reviewer).toHaveURL(/\/doi-mat-khau$/);
  await reviewer.goto("/mo-hinh");
  await expect(reviewer).toHaveURL(/\/doi-mat-khau$/);
  await reviewer.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await reviewer.getByLabel("Mật khẩu mới", { exact: true }).fill(REVIEWER_PASSWORD);
  await reviewer.getByLabel("Nhập lại mật khẩu mới").fill(REVIEWER_PASSWORD);
  await reviewer.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(reviewer).toHaveURL(/\/$/);
  await expect(reviewer.getByText("Nông Văn Thắng").first()).toBeVisible();

  // The administrator sees the account, with its last login, and disables it.
  await page.goto("/quan-tri?q=nong van thang");
  await expect(page.getByText("xa.chodon")).toBeVisible();
  await page.getByRole("link", { name: "Nông Văn Thắng" }).click();
  await expect(page.getByText(/Đăng nhập gần nhất: \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(page.getByText("Đã khóa").first()).toBeVisible();

  // The reviewer's open tab: the next request goes to the login page.
  await reviewer.getByRole("link", { name: "Tài khoản của tôi" }).first().click();
  await expect(reviewer).toHaveURL(/\/dang-nhap/);
  await login(reviewer, "xa.chodon", REVIEWER_PASSWORD);
  await expect(formAlert(reviewer)).toBeVisible();
  expect(reviewerErrors).toEqual([]);
  await reviewerContext.close();
});
