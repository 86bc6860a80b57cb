import type { Page } from "@playwright/test";
import { expect, formAlert, login, test } from "./fixtures";

// A real 1×1 PNG: the server checks the bytes, and the browser must be able to draw the thumbnail.
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const photo = (name: string) => ({ name, mimeType: "image/png", buffer: PNG_1X1 });

const GOALS = "Vận động toàn bộ các hộ trong thôn tự nguyện hiến đất mở rộng đường liên thôn.";
const METHODS = "Chi bộ họp bàn, đảng viên gương mẫu hiến đất trước, họp thôn và đến từng hộ vận động.";
const EXPECTED = "Mở rộng 2,5 km đường bê tông, 45 hộ hiến đất, không có khiếu nại kéo dài.";

async function noSideScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "trang không bị tràn ngang ở 360 px").toBeLessThanOrEqual(360);
}

async function fillNarrative(page: Page) {
  await page.getByLabel("Mục tiêu").fill(GOALS);
  await page.getByLabel("Cách làm, phương pháp vận động").fill(METHODS);
  await page.getByLabel("Kết quả dự kiến").fill(EXPECTED);
  await page.getByLabel("Ngày bắt đầu").fill("15/01/2026");
}

async function chooseRequiredSelects(page: Page) {
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Kinh tế" });
  const campaign = page.getByLabel("Đợt thi đua");
  if ((await campaign.inputValue()) === "") await campaign.selectOption({ index: 1 });
  await expect(page.getByLabel("Đăng ký với cấp")).not.toHaveValue("");
}

/** Opens the first model of the cadre's list in a state (filters in the URL). */
async function openFirst(page: Page, state: string) {
  await page.goto(`/mo-hinh?state=${state}`);
  const first = page.getByRole("list", { name: "Danh sách mô hình" }).getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return title;
}

test.describe("Cán bộ đơn vị đăng ký và theo dõi mô hình (360 px)", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "canbo");
    // The first sign-in after the server starts can be slow on a busy machine.
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  });

  test("đăng ký mô hình tập thể có ảnh: lưu nháp, thấy trong danh sách, gửi đăng ký; tìm không dấu", async ({
    page,
  }) => {
    const title = "Dân vận khéo: đồng hành cùng bà con hiến đất làm đường thôn Nà Lẹng";
    // From the home page's card. Its counts are rows a thumb can hit (44 px), not a bare digit.
    const card = page.getByRole("region", { name: "Mô hình của đơn vị" });
    const counts = card.getByRole("link", { name: /: [\d.]+$/ });
    // The card streams in after the page ("Đang tải…"): wait for it before counting.
    await expect(counts.first()).toBeVisible();
    expect(await counts.count()).toBeGreaterThan(0);
    for (const box of await Promise.all((await counts.all()).map((l) => l.boundingBox())))
      expect(box!.height).toBeGreaterThanOrEqual(44);
    await card.getByRole("link", { name: "Đăng ký mô hình mới" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký mô hình mới");

    await expect(page.getByLabel("Tập thể (chi bộ, thôn, hội, trường học…)")).toBeChecked();
    await page.getByLabel("Tên mô hình").fill(title);
    await chooseRequiredSelects(page);
    await fillNarrative(page);
    await page.getByLabel("Tệp minh chứng").setInputFiles(photo("anh-hop-thon.png"));
    await expect(page.getByRole("img", { name: "anh-hop-thon.png" })).toBeVisible();
    await noSideScroll(page);
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();

    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/);
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu bản nháp mô hình." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Bản nháp, chưa gửi").first()).toBeVisible();
    const thumb = page.getByRole("img", { name: "Ảnh minh chứng: anh-hop-thon.png" });
    await expect(thumb).toBeVisible();
    // The thumbnail is lazy: on a phone it loads when scrolled to, as a person would.
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    const detailUrl = page.url().replace(/\?.*$/, "");

    await page.goto("/mo-hinh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mô hình của đơn vị");
    await noSideScroll(page);
    const item = page
      .getByRole("list", { name: "Danh sách mô hình" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: title }) });
    await expect(item).toContainText("Bản nháp");

    await page.goto(detailUrl);
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await page
      .getByRole("dialog", { name: "Gửi đăng ký mô hình?" })
      .getByRole("button", { name: "Xác nhận gửi" })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Đã gửi đăng ký mô hình." })).toBeVisible();
    await expect(page.getByText("Đang chờ thẩm định").first()).toBeVisible();
    const timeline = page.getByRole("region", { name: "Quá trình xử lý" });
    await expect(timeline.getByRole("listitem")).toHaveCount(2);
    await expect(timeline.getByRole("listitem").nth(0)).toContainText("Tạo mô hình");
    await expect(timeline.getByRole("listitem").nth(1)).toContainText("Gửi đăng ký");
    await expect(timeline.getByRole("listitem").nth(1)).toContainText("Hoàng Thị Mai");

    // Search without diacritics finds the title with them; the query stays in the URL.
    await page.goto("/mo-hinh");
    await page.getByLabel("Tìm theo tên, mã, đơn vị hoặc địa chỉ").fill("dan van kheo: dong hanh cung ba con");
    await page.getByRole("button", { name: "Tìm và lọc" }).click();
    await expect(page).toHaveURL(/[?&]q=dan\+van\+kheo/);
    await expect(page.getByText("Tìm thấy 1 mô hình")).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Danh sách mô hình" }).getByRole("listitem").filter({ hasText: title }),
    ).toContainText("Đang chờ thẩm định");
  });

  test("đăng ký mô hình cá nhân: thiếu họ tên thì báo lỗi cạnh ô, giữ các giá trị đã nhập", async ({ page }) => {
    const title = "Người phụ nữ vận động chị em xóa bỏ tảo hôn ở thôn Nà Lẹng";
    await page.goto("/mo-hinh/moi");
    await page.getByLabel("Cá nhân", { exact: true }).check();
    await page.getByLabel("Danh xưng").selectOption({ label: "Bà" });
    await page.getByLabel("Chức vụ, nghề nghiệp").fill("Chi hội trưởng Chi hội Phụ nữ thôn");
    await page.getByLabel("Địa chỉ (thôn, xã, tỉnh)").fill("thôn Nà Lẹng, xã Chợ Đồn, tỉnh Thái Nguyên");
    await page.getByLabel("Tên mô hình").fill(title);
    await chooseRequiredSelects(page);
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();

    await expect(formAlert(page)).toContainText("Thông tin chưa hợp lệ");
    const name = page.getByLabel("Họ và tên");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toBeFocused();
    await expect(
      page.locator(`#${await name.getAttribute("aria-describedby").then((v) => v!.split(" ")[0])}`),
    ).toHaveText("Vui lòng nhập họ và tên cá nhân.");
    await expect(page.getByLabel("Tên mô hình")).toHaveValue(title);
    await expect(page.getByLabel("Chức vụ, nghề nghiệp")).toHaveValue("Chi hội trưởng Chi hội Phụ nữ thôn");
    await noSideScroll(page);

    await name.fill("Nông Thị Hoa");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu bản nháp mô hình." })).toBeVisible();
    const info = page.getByRole("region", { name: "Thông tin chung" });
    await expect(info).toContainText("Cá nhân");
    await expect(info).toContainText("Bà Nông Thị Hoa");
    await expect(info).toContainText("Chi hội trưởng Chi hội Phụ nữ thôn");
  });

  test("mô hình được yêu cầu bổ sung: thấy ý kiến thẩm định, sửa và gửi lại", async ({ page }) => {
    await openFirst(page, "NEEDS_REVISION");
    await expect(page.getByText("Cần bổ sung thông tin").first()).toBeVisible();
    const comments = page.getByRole("region", { name: "Ý kiến của cấp thẩm định" });
    await expect(comments).toBeVisible();
    const comment = (await comments.getByRole("listitem").first().locator("p").first().textContent())!.trim();
    expect(comment.length).toBeGreaterThan(5);
    await expect(page.getByRole("region", { name: "Quá trình xử lý" })).toContainText("Yêu cầu bổ sung");

    await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sửa hồ sơ mô hình");
    await expect(page.getByRole("region", { name: "Ý kiến của cấp thẩm định" })).toContainText(comment);
    await expect(page.getByLabel("Đăng ký với cấp")).toBeDisabled();
    const goals = page.getByLabel("Mục tiêu");
    await goals.fill(`${await goals.inputValue()} Bổ sung: số liệu 45 hộ tham gia theo ý kiến thẩm định.`);
    await noSideScroll(page);
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu hồ sơ mô hình." })).toBeVisible();
    await expect(page.getByRole("region", { name: "Nội dung mô hình" })).toContainText(
      "Bổ sung: số liệu 45 hộ tham gia",
    );

    await page.getByRole("button", { name: "Gửi lại" }).click();
    await page
      .getByRole("dialog", { name: "Gửi lại hồ sơ đã bổ sung?" })
      .getByRole("button", { name: "Xác nhận gửi" })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Đã gửi lại hồ sơ sau khi bổ sung." })).toBeVisible();
    await expect(page.getByText("Đang chờ thẩm định").first()).toBeVisible();
    const timeline = page.getByRole("region", { name: "Quá trình xử lý" });
    const steps = timeline.getByRole("listitem");
    const n = await steps.count();
    await expect(steps.nth(n - 1)).toContainText("Gửi lại sau bổ sung");
    await expect(steps.nth(n - 2)).toContainText("Cập nhật");
    // The request is answered: it stays in the timeline, no longer in the box of open comments.
    await expect(timeline).toContainText(comment);
    await expect(page.getByRole("region", { name: "Ý kiến của cấp thẩm định" })).toHaveCount(0);
  });

  test("hai thẻ cùng sửa một bản nháp: lần lưu thứ hai được báo xung đột và có cách tải lại", async ({
    page,
    context,
  }) => {
    await openFirst(page, "DRAFT");
    const editUrl = `${new URL(page.url()).pathname}/sua`;
    await page.getByRole("link", { name: "Sửa hồ sơ" }).click();
    await expect(page).toHaveURL(new RegExp(`${editUrl}$`));
    await expect(page.getByLabel("Tên mô hình")).toBeVisible();
    const other = await context.newPage();
    await other.goto(editUrl);
    await expect(other.getByLabel("Tên mô hình")).toBeVisible();

    await page.getByLabel("Tên mô hình").fill("Bản nháp được sửa ở thẻ thứ nhất của trình duyệt");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu hồ sơ mô hình." })).toBeVisible();

    await other.getByLabel("Tên mô hình").fill("Bản nháp được sửa ở thẻ thứ hai của trình duyệt");
    await other.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(formAlert(other)).toContainText(
      "Mô hình đã được thay đổi ở nơi khác. Hãy tải lại để xem bản mới nhất.",
    );
    await expect(other.getByLabel("Tên mô hình")).toHaveValue("Bản nháp được sửa ở thẻ thứ hai của trình duyệt");
    await other.getByRole("link", { name: "Tải lại bản mới nhất" }).click();
    await expect(other.getByLabel("Tên mô hình")).toHaveValue("Bản nháp được sửa ở thẻ thứ nhất của trình duyệt");
    // What the second tab typed is not lost: shown to copy from, until dismissed.
    const stale = other.getByRole("region", { name: "Nội dung bạn đã nhập trên bản cũ" });
    await expect(stale).toContainText("Bản nháp được sửa ở thẻ thứ hai của trình duyệt");
    await stale.getByRole("button", { name: "Đã xem xong, ẩn nội dung này" }).click();
    await expect(stale).toHaveCount(0);
    await other.close();
  });

  test("rút hồ sơ đã gửi sau khi xác nhận", async ({ page }) => {
    const title = await openFirst(page, "SUBMITTED");
    await page.getByRole("button", { name: "Rút hồ sơ" }).click();
    const dialog = page.getByRole("dialog", { name: "Rút hồ sơ đăng ký?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Không rút" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Đang chờ thẩm định").first()).toBeVisible();

    await page.getByRole("button", { name: "Rút hồ sơ" }).click();
    await dialog.getByRole("button", { name: "Rút hồ sơ" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã rút hồ sơ." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Đã rút hồ sơ", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Rút hồ sơ" })).toHaveCount(0);
  });

  test("báo cáo kết quả mô hình đã được công nhận, có số liệu và ảnh; xem quá trình xử lý", async ({ page }) => {
    await openFirst(page, "RECOGNIZED");
    const timeline = page.getByRole("region", { name: "Quá trình xử lý" });
    await expect(timeline.getByRole("listitem").first()).toContainText("Tạo mô hình");
    await expect(timeline).toContainText("Công nhận");
    await expect(timeline).toContainText("Gửi đăng ký");

    await page.getByRole("link", { name: "Báo cáo kết quả" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo kết quả");
    await page.getByLabel("Nội dung báo cáo").fill("Hoàn thành bê tông hoá thêm đoạn đường qua khu dân cư.");
    await page.getByLabel("Số tiền vận động được (đồng)").fill("abc");
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.getByText("Số tiền (đồng) phải là một số.")).toBeVisible();
    await expect(page.getByLabel("Nội dung báo cáo")).toHaveValue(
      "Hoàn thành bê tông hoá thêm đoạn đường qua khu dân cư.",
    );

    await page.getByLabel("Số tiền vận động được (đồng)").fill("1.500.000");
    await page.getByLabel("Chiều dài đường làm mới, sửa chữa (km)").fill("1,2");
    await page.getByLabel("Ảnh, tài liệu kèm theo").setInputFiles(photo("anh-duong-moi.png"));
    await noSideScroll(page);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã ghi nhận báo cáo kết quả." })).toBeVisible();
    const reports = page.getByRole("region", { name: "Báo cáo kết quả" });
    const entry = reports.getByRole("listitem").filter({ hasText: "Hoàn thành bê tông hoá thêm đoạn đường" });
    await expect(entry).toContainText("1.500.000 đồng");
    await expect(entry).toContainText("1,2 km đường");
    await expect(entry.getByRole("img", { name: "Ảnh minh chứng: anh-duong-moi.png" })).toBeVisible();
    await noSideScroll(page);
  });
});
