// Issue 10: issuing bodies and the field list edited in the browser, by the people who keep them.
import { test, expect, login, formAlert } from "./fixtures";
import type { Page } from "@playwright/test";

async function noSideways(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, "trang không cuộn ngang ở 360 px").toBeLessThanOrEqual(360);
}

test("cơ quan ban hành: cán bộ cấp tỉnh thêm, sửa (khóa phiên bản), kết thúc hiệu lực; quyết định chỉ chọn được khi còn hiệu lực", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .first()
    .getByRole("link", { name: "Cơ quan ban hành" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Cơ quan ban hành" })).toBeVisible();
  // Today's bodies and the absorbed province's (history prints with them).
  await expect(page.getByRole("link", { name: "TỈNH ỦY THÁI NGUYÊN – BAN THƯỜNG VỤ TỈNH ỦY" })).toBeVisible();
  await expect(page.getByRole("link", { name: "TỈNH ỦY BẮC KẠN – BAN THƯỜNG VỤ TỈNH ỦY" })).toBeVisible();

  await page.getByRole("link", { name: "Thêm cơ quan ban hành" }).click();
  await expect(page.getByLabel("Đơn vị", { exact: true })).toHaveValue(/\d+/);
  await page.getByLabel("Tên cơ quan (in trên văn bản)").fill("BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO");
  await page.getByLabel("Cơ quan cấp trên (dòng trên cùng, nếu có)").fill("TỈNH ỦY THÁI NGUYÊN");
  await page.getByLabel("Địa danh ghi ở dòng ngày tháng").fill("Thái Nguyên");
  await page.getByLabel("Thể thức văn bản").selectOption("PARTY");
  // A State-style suffix on a Party body: a Vietnamese message under the field, nothing created.
  await page.getByLabel("Ký hiệu sau số").fill("QĐ-BCĐ");
  await page.getByLabel("Năm đầu nhiệm kỳ (văn bản Đảng đánh số theo nhiệm kỳ)").fill("2025");
  await page.getByLabel("Hiệu lực từ ngày").fill("01/07/2025");
  await page.getByRole("button", { name: "Thêm cơ quan ban hành" }).click();
  await expect(formAlert(page)).toHaveText("Vui lòng kiểm tra các trường được đánh dấu.");
  await expect(page.getByText("Văn bản của Đảng ghi ký hiệu dạng QĐ/TU")).toBeVisible();
  await page.getByLabel("Ký hiệu sau số").fill("QĐ/BCĐ");
  await page.getByRole("button", { name: "Thêm cơ quan ban hành" }).click();
  // The one-time ?da-luu=1 leaves the address once its notice is shown (a reload does not say it again).
  await expect(page).toHaveURL(/\/co-quan-ban-hanh\/\d+$/);
  await expect(page.getByRole("status")).toHaveText("Đã lưu thay đổi.");
  await expect(page.getByRole("heading", { level: 1, name: "BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO" })).toBeVisible();
  const url = page.url().replace(/\?.*$/, "");

  // Two officers open the same body; the second save finds the first one's change and overwrites nothing.
  const other = await browser.newContext({ baseURL: new URL(url).origin, locale: "vi-VN" });
  const page2 = await other.newPage();
  await login(page2, "tinh");
  await expect(page2).toHaveURL(/\/$/, { timeout: 45_000 });
  await page2.goto(url);
  // Without "?da-luu=1": the status line below must come from this save, not from the creation.
  await page.goto(url);
  await page.getByLabel("Địa danh ghi ở dòng ngày tháng").fill("Tỉnh Thái Nguyên");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu thay đổi.");
  await page2.getByLabel("Tên cơ quan (in trên văn bản)").fill("BAN CHỈ ĐẠO (BẢN CŨ)");
  await page2.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(formAlert(page2)).toHaveText(
    "Cơ quan ban hành vừa được người khác thay đổi. Tải lại trang để xem bản mới nhất.",
  );
  await other.close();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO" })).toBeVisible();
  await expect(page.getByLabel("Địa danh ghi ở dòng ngày tháng")).toHaveValue("Tỉnh Thái Nguyên");

  // Offered on a decision dated in its validity.
  await page.goto("/quyet-dinh/moi");
  const issuer = page.getByLabel("Cơ quan ban hành");
  await page.getByLabel("Ngày quyết định").fill("15/11/2026");
  await expect(issuer.locator("option", { hasText: "BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO" })).toBeAttached();

  // Its last day was 30/11/2026: no longer offered after it, still for a date before.
  await page.goto(url);
  await page.getByLabel("Ngày cuối cùng còn hiệu lực").fill("30/11/2026");
  await page.getByRole("button", { name: "Kết thúc hiệu lực" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu thay đổi.");
  await expect(page.getByText("Đã kết thúc hiệu lực", { exact: true })).toBeVisible();
  await page.goto("/quyet-dinh/moi");
  await page.getByLabel("Ngày quyết định").fill("01/12/2026");
  await expect(issuer.locator("option", { hasText: "BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO" })).toHaveCount(0);
  await page.getByLabel("Ngày quyết định").fill("30/11/2026");
  await expect(issuer.locator("option", { hasText: "BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO" })).toBeAttached();

  // At 360 px the list and the edit page do not scroll sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/co-quan-ban-hanh");
  await expect(page.getByRole("link", { name: /BAN CHỈ ĐẠO PHONG TRÀO DÂN VẬN KHÉO/ })).toBeVisible();
  await noSideways(page);
  await page.goto(url);
  await expect(page.getByRole("button", { name: "Kết thúc hiệu lực" })).toBeVisible();
  await noSideways(page);
});

test("lĩnh vực: quản trị viên thêm, đổi tên, ngừng dùng; đăng ký mới không còn thấy lĩnh vực đã ngừng", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await login(page, "quantri");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/quan-tri");
  await page.getByRole("link", { name: "Lĩnh vực", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lĩnh vực" })).toBeVisible();
  const add = page.getByRole("region", { name: "Thêm lĩnh vực" });
  await add.getByLabel("Mã").fill("cds");
  await add.getByLabel("Tên lĩnh vực").fill("Kinh tế");
  await add.getByRole("button", { name: "Thêm lĩnh vực" }).click();
  await expect(add.getByText("Đã có lĩnh vực mang tên này.")).toBeVisible();
  await add.getByLabel("Tên lĩnh vực").fill("Chuyển đổi số");
  await add.getByRole("button", { name: "Thêm lĩnh vực" }).click();
  const card = page.getByRole("region", { name: "Chuyển đổi số" });
  await expect(card.getByText("Mã: CDS · 0 mô hình")).toBeVisible();

  // A unit cadre registering a model is offered it.
  const cadre = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: "vi-VN" });
  const cadrePage = await cadre.newPage();
  await login(cadrePage, "canbo");
  await expect(cadrePage).toHaveURL(/\/$/, { timeout: 45_000 });
  await cadrePage.goto("/mo-hinh/moi");
  await expect(cadrePage.getByLabel("Lĩnh vực").locator("option", { hasText: "Chuyển đổi số" })).toBeAttached();

  // Renamed (the code stays) and taken out of use.
  await card.getByLabel("Tên lĩnh vực").fill("Chuyển đổi số và công nghệ");
  await card.getByLabel("Trạng thái").selectOption({ label: "Ngừng dùng" });
  await card.getByRole("button", { name: "Lưu" }).click();
  const renamed = page.getByRole("region", { name: "Chuyển đổi số và công nghệ" });
  await expect(renamed.getByText("Mã: CDS · 0 mô hình")).toBeVisible();
  await expect(renamed.getByText("Ngừng dùng", { exact: true }).first()).toBeVisible();

  await cadrePage.reload();
  await expect(cadrePage.getByLabel("Lĩnh vực").locator("option", { hasText: "Kinh tế" })).toBeAttached();
  await expect(cadrePage.getByLabel("Lĩnh vực").locator("option", { hasText: "Chuyển đổi số" })).toHaveCount(0);
  // Nor may the cadre open the editors: not found, with the portal around it.
  for (const path of ["/quan-tri/linh-vuc", "/co-quan-ban-hanh"]) {
    const response = await cadrePage.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await cadre.close();

  await page.setViewportSize({ width: 360, height: 780 });
  await noSideways(page);
});
