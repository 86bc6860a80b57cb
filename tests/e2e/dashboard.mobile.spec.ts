// The dashboard's ranked table of units on a 360 px phone: the names stay readable (they were squeezed to a
// word per line beside five figure columns) and the figures scroll sideways under them, inside the table.
import { expect, login, test } from "./fixtures";

test("bảng xếp hạng đơn vị trên điện thoại 360 px: tên đơn vị đọc được, số liệu cuộn ngang bên dưới tên", async ({
  page,
}) => {
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/thong-ke");
  const table = page.getByTestId("unit-table");
  await expect(table).toBeVisible();
  const name = table.locator("tbody th[scope=row]").first();
  const before = (await name.boundingBox())!;
  expect(before.width).toBeGreaterThanOrEqual(150);
  // The page itself does not scroll sideways; the table's own box does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const scroller = table.locator("xpath=..");
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await name.scrollIntoViewIfNeeded();
  await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  // Scrolled to the last column: the name is still at the left edge, the last figure in view.
  await expect.poll(async () => (await name.boundingBox())!.x).toBeLessThanOrEqual(before.x + 1);
  await expect(name).toBeInViewport();
  await expect(table.locator("tbody tr").first().locator("td").last()).toBeInViewport();
  // "Show all" stays reachable at the left edge, and the page says the figures scroll sideways.
  const showAll = (await table.getByRole("button", { name: /^Hiện tất cả/ }).boundingBox())!;
  expect(showAll.x).toBeGreaterThanOrEqual(0);
  expect(showAll.x + showAll.width).toBeLessThanOrEqual(360);
  await expect(page.getByText("Vuốt ngang bảng để xem các cột số liệu khác.")).toBeVisible();
});
