// A province's first day on its own (non-demo) database: the one-time setup link printed by the server
// creates the administrator, who adds a hamlet to the tree, opens a campaign and creates a commune
// reviewer; the reviewer must replace the temporary password, registers a model on behalf of the hamlet
// (it has no account); the administrator disables them and the reviewer's open tab lands on the login page.
import fs from "node:fs";
import { test, expect, formAlert, login } from "../e2e/fixtures";

const ADMIN_PASSWORD = "bà con hiến đất làm đường liên thôn";
const REVIEWER_PASSWORD = "thẩm định mô hình dân vận khéo xã chợ đồn";

test("setup link → administrator → hamlet, campaign, commune reviewer → forced password change → registers for the hamlet → disabled, tab sent to login", async ({
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
  // Today's 34 provinces and cities, none chosen for the person: sent without one, the form says so.
  const province = page.getByLabel("Tỉnh/thành phố");
  await expect(province.locator("option:checked")).toHaveText("Chọn tỉnh/thành phố");
  await expect(province.locator("option")).toHaveCount(35);
  await expect(province.locator("option", { hasText: "Tỉnh Bắc Kạn" })).toHaveCount(0);
  await page.getByLabel("Tên đăng nhập").fill("quantri.tinh");
  await page.getByLabel("Họ và tên").fill("Lý Quang Huy");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(province).toHaveAccessibleDescription(/Vui lòng chọn tỉnh\/thành phố\./);
  await expect(province).toBeFocused();
  await province.selectOption("Tỉnh Thái Nguyên");
  await page.getByLabel("Mật khẩu", { exact: true }).fill("matkhau123");
  await page.getByLabel("Nhập lại mật khẩu").fill("matkhau123");
  await page.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(page.getByText("quá phổ biến").first()).toBeVisible();
  await page.getByLabel("Tỉnh/thành phố").selectOption("Tỉnh Thái Nguyên");
  await page.getByLabel("Tên đăng nhập").fill("quantri.tinh");
  await page.getByLabel("Họ và tên").fill("Lý Quang Huy");
  await page.getByLabel("Mật khẩu", { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(page.getByRole("status")).toContainText("Đã tạo quản trị viên");
  // The form is gone (it cannot be sent twice); the page says what comes next.
  await expect(page.getByRole("button", { name: "Tạo quản trị viên" })).toHaveCount(0);
  await expect(page.getByLabel("Tên đăng nhập")).toHaveCount(0);
  await expect(page.getByText("Sau khi đăng nhập, các bước tiếp theo:")).toBeVisible();
  for (const [name, href] of [
    ["Cây tổ chức", "/quan-tri/don-vi"],
    ["Đợt thi đua", "/dot-thi-dua"],
    ["Nhập dữ liệu", "/nhap-du-lieu"],
    ["Tạo tài khoản", "/quan-tri/tai-khoan/moi"],
  ]) {
    await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute(
      "href",
      `/dang-nhap?callbackUrl=${encodeURIComponent(href)}`,
    );
  }
  await expect(page.getByRole("link", { name: "Đến trang đăng nhập" })).toHaveAttribute("href", "/dang-nhap");

  // The link is single use.
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByText("không còn hiệu lực")).toBeVisible();

  await login(page, "quantri.tinh", ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/$/);

  // A hamlet without an account of its own, under the commune (the official tree stops at communes).
  await page.goto("/quan-tri/don-vi?q=xa cho don");
  const communeRow = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Xã Chợ Đồn", exact: true }) });
  const communeCode = (await communeRow.locator(".font-mono").first().textContent())!.trim();
  await page.getByLabel("Tên đơn vị").fill("Thôn Nà Pài");
  await page.getByLabel("Cấp", { exact: true }).selectOption("GRASSROOTS");
  await page.getByLabel("Loại", { exact: true }).selectOption("HAMLET");
  await page.getByLabel("Mã đơn vị cấp trên").fill(communeCode);
  await page.getByLabel("Hiệu lực từ").fill("01/07/2025");
  await page.getByRole("button", { name: "Lập đơn vị" }).click();
  // The form says "Đã lập đơn vị." and goes on to the new unit's page at once (the message may be gone
  // before it is read): the unit's own page is the proof.
  await expect(page).toHaveURL(/\/quan-tri\/don-vi\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thôn Nà Pài" })).toBeVisible();

  // A campaign of the province, opened for registration.
  await page.goto("/dot-thi-dua");
  await page.getByLabel("Mã đợt").fill("DVK-2026");
  await page.getByLabel("Tên đợt").fill("Phong trào “Dân vận khéo” năm 2026");
  await page.getByLabel("Ngày bắt đầu").fill("01/01/2026");
  await page.getByLabel("Ngày kết thúc").fill("31/12/2026");
  await page.getByLabel("Tiêu chí chấm điểm").fill("HQ | Hiệu quả | 50\nST | Sáng tạo | 50");
  await page.getByRole("button", { name: "Tạo đợt thi đua" }).click();
  // Created, the campaign opens on its own page (planned until opened).
  await expect(page.getByRole("heading", { name: "Phong trào “Dân vận khéo” năm 2026" })).toBeVisible();
  await page.getByRole("button", { name: "Mở đợt" }).click();
  await page.getByRole("dialog", { name: "Mở đợt thi đua?" }).getByRole("button", { name: "Mở đợt" }).click();
  await expect(page.getByText("Đang mở").first()).toBeVisible();

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

  // The reviewer registers a model on behalf of the hamlet, which has no account.
  await reviewer.goto("/tham-dinh");
  await reviewer.getByRole("link", { name: "Đăng ký thay cho đơn vị" }).click();
  await reviewer.getByLabel("Tìm đơn vị").fill("na pai");
  await reviewer.getByRole("button", { name: "Tìm", exact: true }).click();
  await reviewer
    .getByLabel("Đơn vị (bắt buộc)", { exact: true })
    .selectOption({ label: "Thôn Nà Pài — Xã Chợ Đồn (cơ sở)" });
  await reviewer.getByLabel("Tên mô hình").fill("Thôn Nà Pài vận động hiến đất mở đường liên thôn");
  await reviewer.getByLabel("Lĩnh vực").selectOption({ index: 1 });
  await reviewer.getByLabel("Đợt thi đua").selectOption({ label: "Phong trào “Dân vận khéo” năm 2026" });
  await reviewer.getByLabel("Mục tiêu").fill("Mở rộng đường liên thôn để bà con đi lại thuận tiện, nhất là mùa mưa.");
  await reviewer
    .getByLabel("Cách làm, phương pháp vận động")
    .fill("Chi bộ họp dân, cán bộ đến từng hộ vận động, người có uy tín làm trước.");
  await reviewer.getByLabel("Ngày bắt đầu").fill("2026-03-01");
  await reviewer.getByLabel("Kết quả dự kiến").fill("Hai cây số đường bê tông rộng bốn mét, ba mươi hộ hiến đất.");
  await reviewer.getByRole("button", { name: "Đăng ký và gửi" }).click();
  await expect(reviewer).toHaveURL(/\/mo-hinh\/\d+\?tb=thay$/);
  await expect(reviewer.getByText("Đã đăng ký thay cho đơn vị và gửi tới ban.")).toBeVisible();
  await expect(reviewer.getByText("Đăng ký thay cho Thôn Nà Pài").first()).toBeVisible();

  // The administrator sees the account, with its last login, and disables it.
  await page.goto("/quan-tri?q=nong van thang");
  await expect(page.getByText("xa.chodon")).toBeVisible();
  await page.getByRole("link", { name: "Nông Văn Thắng" }).click();
  await expect(page.getByText(/Đăng nhập gần nhất: \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  // Resetting the password asks first and names what happens; cancelled, nothing is done.
  await page.getByRole("button", { name: "Đặt lại mật khẩu" }).click();
  const resetDialog = page.getByRole("dialog", { name: "Đặt lại mật khẩu của xa.chodon?" });
  await expect(resetDialog).toContainText("Mật khẩu hiện tại của Nông Văn Thắng thôi dùng được ngay");
  await resetDialog.getByRole("button", { name: "Hủy" }).click();
  await expect(resetDialog).toBeHidden();
  await expect(page.getByText("Mật khẩu tạm thời (chỉ hiện một lần")).toHaveCount(0);
  // Locking asks first too; confirmed, the account is locked.
  await page.getByRole("button", { name: "Khóa tài khoản" }).click();
  const lockDialog = page.getByRole("dialog", { name: "Khóa tài khoản xa.chodon?" });
  await expect(lockDialog).toContainText("Nông Văn Thắng sẽ không đăng nhập được nữa");
  await lockDialog.getByRole("button", { name: "Đồng ý khóa" }).click();
  await expect(page.getByText("Đã khóa").first()).toBeVisible();
  // The history reads as words, not the audit log's JSON.
  await page.reload();
  const history = page.getByRole("region", { name: "Lịch sử thay đổi" });
  // "→" is for the eye, "thành" for screen readers.
  await expect(history).toContainText(/Trạng thái: Đang hoạt động →\s*thành\s*Đã khóa/);
  await expect(history).toContainText("Tên đăng nhập: xa.chodon");
  await expect(history).not.toContainText("{");

  // The reviewer's open tab: the next request goes to the login page.
  await reviewer.getByRole("link", { name: "Tài khoản của tôi" }).first().click();
  await expect(reviewer).toHaveURL(/\/dang-nhap/);
  await login(reviewer, "xa.chodon", REVIEWER_PASSWORD);
  await expect(formAlert(reviewer)).toBeVisible();
  expect(reviewerErrors).toEqual([]);
  await reviewerContext.close();
});
