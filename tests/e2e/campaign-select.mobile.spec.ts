import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

// A closed <select> shows one line: on a 390 px phone a campaign's name ("Phong trào thi đua “Dân vận khéo”
// giai đoạn 2021–2025") is cut at the edge. The chosen campaign's whole name is written under it.

const OPEN = "Phong trào thi đua “Dân vận khéo” năm 2026";
const CLOSED = "Phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025";

test.use({ viewport: { width: 390, height: 844 } });

/** Visible elements reaching past the viewport's right edge (tag#id.class and their right edge). */
async function wider(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (el.closest(".sr-only")) continue;
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5)
        out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return out;
  });
}

/** The whole name is on the page as text a person reads, outside the select, and not cut off. */
async function readable(page: Page, name: string) {
  const text = page.locator("p", { hasText: name });
  await expect(text).toBeVisible();
  const box = await text.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await text.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
}

test.describe("Tên đợt thi đua dài đọc được trên điện thoại (390 px)", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  });

  test("biểu mẫu đăng ký: đợt đã chọn hiện đủ tên dưới ô chọn, không gì tràn ngang", async ({ page }) => {
    await page.goto("/mo-hinh/moi");
    await page.getByLabel("Đợt thi đua").selectOption({ label: OPEN });
    await readable(page, OPEN);
    expect(await wider(page)).toEqual([]);
  });

  test("bộ lọc danh sách: đợt đang lọc hiện đủ tên, đổi đợt thì tên đổi theo", async ({ page }) => {
    await page.goto("/mo-hinh");
    await page.getByLabel("Đợt thi đua").selectOption({ label: CLOSED });
    await readable(page, CLOSED);
    await page.getByRole("button", { name: "Tìm và lọc" }).click();
    await expect(page).toHaveURL(/[?&]campaign=\d+/);
    await readable(page, CLOSED);
    expect(await wider(page)).toEqual([]);
    await page.getByLabel("Đợt thi đua").selectOption({ label: OPEN });
    await readable(page, OPEN);
    await expect(page.locator("p", { hasText: CLOSED })).toHaveCount(0);
  });
});
