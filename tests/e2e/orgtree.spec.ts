// The administrator loads a province from the official data, previews and applies the 1 July 2025
// reorganisation, then merges two of the new communes.
import { expect, login, test } from "./fixtures";

test("quản trị nạp tỉnh Cao Bằng, áp dụng sắp xếp 01/7/2025 và sáp nhập hai xã", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "quantri");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/quan-tri");
  await page.getByRole("link", { name: "Cây tổ chức" }).click();
  await expect(page.getByRole("heading", { name: "Cây tổ chức", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Nạp đơn vị hành chính chính thức" }).click();

  await page.getByLabel("Tỉnh (trước 01/7/2025)").selectOption("Tỉnh Cao Bằng");
  await page.getByRole("button", { name: "Nạp dữ liệu" }).click();
  await expect(page.getByRole("heading", { name: "Tỉnh Cao Bằng", level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Đang hoạt động", { exact: true })).toBeVisible();

  const reorg = page.getByRole("form", { name: "Sắp xếp đơn vị hành chính ngày 01/7/2025" });
  await reorg.getByRole("button", { name: "Xem trước sắp xếp" }).click();
  await expect(reorg.getByText("Chưa có gì thay đổi: đây chỉ là xem trước.")).toBeVisible();
  await expect(reorg.getByTestId("merge-preview")).toContainText("Huyện");
  await expect(reorg.getByTestId("merge-preview")).toContainText("→ Tỉnh Cao Bằng");
  // Previewing changed nothing: the province is still open.
  await page.reload();
  await expect(page.getByText("Đang hoạt động", { exact: true })).toBeVisible();
  await reorg.getByRole("button", { name: "Xem trước sắp xếp" }).click();
  // Applying asks first, naming what will happen; cancelled, nothing changes.
  await reorg.getByRole("button", { name: "Áp dụng sắp xếp" }).click();
  const confirm = page.getByRole("dialog", { name: "Áp dụng sắp xếp?" });
  await expect(confirm).toContainText("đơn vị kết thúc và chuyển cho đơn vị kế thừa");
  await expect(confirm).toContainText("Thao tác này không hoàn tác được.");
  await confirm.getByRole("button", { name: "Hủy" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("Đang hoạt động", { exact: true })).toBeVisible();
  await reorg.getByRole("button", { name: "Áp dụng sắp xếp" }).click();
  await confirm.getByRole("button", { name: "Đồng ý áp dụng" }).click();
  // Applied: the page re-renders with the old province closed (its forms are gone).
  await expect(page.getByText("Đã kết thúc", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("unit-timeline")).toContainText("Sáp nhập");

  // Accent-insensitive search finds the new province; its communes are listed with their codes.
  await page.goto("/quan-tri/don-vi?q=cao+bang");
  await expect(page.getByRole("link", { name: "Tỉnh Cao Bằng" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Tỉnh Cao Bằng" }).first().click();
  await expect(page).toHaveURL(/\/quan-tri\/don-vi\/\d+$/);
  await expect(page.getByText("Đang hoạt động", { exact: true })).toBeVisible();
  const newProvinceUrl = page.url();
  const newProvinceId = newProvinceUrl.split("/").pop();
  await page.goto(`/quan-tri/don-vi?parent=${newProvinceId}`);
  const items = page.locator("main li");
  await expect(items.first()).toBeVisible();
  const codes = (await items.allTextContents()).map((t) => /X-\d+/.exec(t)?.[0]).filter(Boolean) as string[];
  expect(codes.length).toBeGreaterThan(2);
  const [, target] = codes;
  await items.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/quan-tri\/don-vi\/\d+$/);
  await expect(page.getByText("Đang hoạt động", { exact: true })).toBeVisible();
  const merge = page.getByRole("form", { name: "Sáp nhập vào đơn vị khác" });
  await merge.getByLabel("Mã đơn vị kế thừa").fill(target);
  await merge.getByLabel("Ngày có hiệu lực (dd/MM/yyyy)").fill("01/11/2026");
  await merge.getByRole("button", { name: "Xem trước" }).click();
  await expect(merge.getByText("Chưa có gì thay đổi: đây chỉ là xem trước.")).toBeVisible();
  await merge.getByRole("button", { name: "Áp dụng sáp nhập" }).click();
  await page.getByRole("dialog", { name: "Áp dụng sáp nhập?" }).getByRole("button", { name: "Đồng ý áp dụng" }).click();
  // The page says what was done (the merged unit's page has no forms left to say it in) and its title names it.
  await expect(
    page.getByRole("status").filter({ hasText: /^Đã sáp nhập vào .+: đơn vị này đã kết thúc/ }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/ · Cây tổ chức · /);
  await expect(page.getByText("Đã kết thúc", { exact: true })).toBeVisible();
  await expect(page.getByTestId("unit-timeline")).toContainText("Sáp nhập");
  await expect(page.getByText("Đơn vị kế thừa", { exact: true })).toBeVisible();
});

test("trang chi tiết không có hoặc mã sai trả về 404", async ({ page }) => {
  await login(page, "quantri");
  await expect(page).toHaveURL(/\/$/);
  for (const path of [
    "/quan-tri/don-vi/abc",
    "/quan-tri/don-vi/999999",
    "/quan-tri/don-vi/99999999999",
    "/quan-tri/tai-khoan/abc",
    "/quan-tri/tai-khoan/99999999999",
    "/nhap-du-lieu/99999999999",
    "/dot-thi-dua/99999999999",
    "/co-quan-ban-hanh/abc",
  ]) {
    // Requested with the page's session but not shown: a 404 document logs a console error.
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Không tìm thấy trang");
  }
  // The lists keep their loading skeleton and still answer 200.
  for (const path of ["/quan-tri", "/quan-tri/don-vi"]) expect((await page.goto(path))?.status(), path).toBe(200);
});

test("một đơn vị bị từ chối vẫn giữ cấp và loại đã chọn; bấm lại không lập đơn vị khác đi", async ({ page }) => {
  await login(page, "quantri");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/quan-tri/don-vi");
  const name = `Chi bộ thôn Giữ Lựa Chọn ${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "Lập đơn vị mới" });
  await form.getByLabel("Tên đơn vị").fill(name);
  const kind = form.getByLabel("Loại", { exact: true });
  // The kind list is the chosen level's: a district-level choice offers no party cell, and a level
  // change moves a kind that does not fit to the level's first one.
  await expect(kind.locator("option", { hasText: "Chi bộ" })).toHaveCount(0);
  await form.getByLabel("Cấp", { exact: true }).selectOption("COMMUNE");
  await expect(kind).toHaveValue("COMMUNE");
  await expect(kind.locator("option")).toHaveText(["Xã", "Phường", "Thị trấn", "Đảng bộ tương đương cấp xã"]);
  await form.getByLabel("Cấp", { exact: true }).selectOption("GRASSROOTS");
  await expect(kind.locator("option", { hasText: "Xã" })).toHaveCount(0);
  await kind.selectOption("PARTY_CELL");
  // A party cell directly under the province: refused (unit rules), on the parent's field.
  await form.getByLabel("Mã đơn vị cấp trên").fill("P-19");
  await form.getByLabel("Hiệu lực từ").fill("01/12/2026");
  const refusal = form.getByText(/Đơn vị cơ sở phải trực thuộc một đơn vị cấp xã/).first();
  for (let click = 0; click < 2; click++) {
    await form.getByRole("button", { name: "Lập đơn vị" }).click();
    await expect(refusal).toBeVisible();
    // What the person chose is what the form shows and sends again (React's reset had put the first
    // options back: the second click created a district-level unit).
    await expect(form.getByLabel("Cấp", { exact: true })).toHaveValue("GRASSROOTS");
    await expect(form.getByLabel("Loại", { exact: true })).toHaveValue("PARTY_CELL");
  }
  await expect(page).toHaveURL(/\/quan-tri\/don-vi$/);
  await page.goto(`/quan-tri/don-vi?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});
