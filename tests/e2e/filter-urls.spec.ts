import { mvi } from "../../lib/i18n/models";
import { rvi } from "../../lib/i18n/review";
import { expect, login, test } from "./fixtures";

// A filter form leaves its empty fields out of the address (components/ui/get-form.tsx): the address people
// copy into a message says what they filtered, nothing more.
test.describe("Địa chỉ của trang lọc chỉ mang các ô đã chọn", () => {
  test("cán bộ tìm trong danh sách mô hình: chỉ còn q", async ({ page }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/mo-hinh");
    const search = page.getByLabel(mvi.list.search);
    await search.fill("nuoc sach");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/mo-hinh\?q=nuoc\+sach$/);
    // The form is whole again (the pruned fields are given back), so the next search works the same way.
    await page.getByLabel(mvi.list.search).fill("");
    await page.getByLabel(mvi.list.search).press("Enter");
    await expect(page).toHaveURL(/\/mo-hinh$/);
  });

  test("cấp tỉnh tìm trong hàng đợi theo một trạng thái: trạng thái và q, không có ô rỗng", async ({ page }) => {
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/tham-dinh?state=SUBMITTED");
    const search = page.getByLabel(rvi.queue.search);
    await search.fill("thon");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/tham-dinh\?state=SUBMITTED&q=thon$/);
  });
});
