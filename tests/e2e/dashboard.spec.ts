// Journey of issue 15: the province picks a period, drills down two levels, opens the list behind a
// figure (same number of rows), downloads the XLSX and reads it back.
import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, login, test } from "./fixtures";

test("province: period → drill down two levels → figure → same rows → XLSX", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 }); // the first sign-in of a cold server is slow
  await page.goto("/thong-ke");
  await expect(page.getByRole("heading", { name: /Thống kê phong trào/ })).toBeVisible();

  // Pick a period: the first campaign in the list.
  const campaign = page.getByLabel("Đợt thi đua");
  const firstCampaign = await campaign.locator("option").nth(1).getAttribute("value");
  expect(firstCampaign).toBeTruthy();
  await campaign.selectOption(firstCampaign!);
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page).toHaveURL(new RegExp(`campaign=${firstCampaign}`));

  // Charts are drawn in the browser (recharts, loaded only here).
  await expect(page.locator("[data-chart=trend] svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });

  // Drill down twice along the ranked table (top unit by registered models).
  const trail = page.getByRole("navigation", { name: "Đơn vị đang xem" });
  for (let level = 0; level < 2; level++) {
    const first = page.getByTestId("unit-table").locator("tbody tr").first().getByRole("rowheader").getByRole("link");
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(trail.getByText(name, { exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page).toHaveURL(new RegExp(`campaign=${firstCampaign}.*unit=\\d+`));
  }
  await expect(trail.locator("li")).toHaveCount(3);

  // The registered card → the model list shows exactly that many models.
  const figure = page.locator("[data-figure=registered]");
  const shown = (await figure.textContent())!.trim();
  await figure.click();
  await expect(page).toHaveURL(/\/mo-hinh\?.*fig=registered/);
  await expect(page.getByTestId("dashboard-filter")).toBeVisible();
  await expect(page.getByText(`${shown} mô hình`, { exact: true })).toBeVisible();
  await page.goBack();

  // Sorting the ranked table by name puts the names in Vietnamese order, or the table is absent (no units below).
  const table = page.getByTestId("unit-table");
  if (await table.count()) {
    await table.getByRole("button", { name: /Đơn vị/ }).click();
    const names = await table.locator("tbody [role=rowheader], tbody th").allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
  }

  // XLSX of the same view: every table sheet and the same registered figure on the summary sheet.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải Excel (XLSX)" }).click();
  const file = await (await download).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Tổng hợp",
    "Cấp đăng ký",
    "Lĩnh vực",
    "Xu hướng",
    "Đơn vị",
    "Tiến độ thẩm định",
    "Kết quả",
  ]);
  const summary = wb.getWorksheet("Tổng hợp")!;
  expect(String(summary.getCell("A1").value)).toContain("BÁO CÁO SỐ LIỆU");
  const registeredRow = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === "Đã đăng ký")!;
  expect(new Intl.NumberFormat("vi-VN").format(Number(registeredRow.getCell(2).value))).toBe(shown);
});

test("a unit without committees below states no review target it cannot meet", async ({ page }) => {
  await login(page, "huyen");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/thong-ke");
  const target = page.getByTestId("progress-target");
  // The police party committee has committees below it: the 100 % review target and its share are shown.
  await expect(target).toContainText(/Chỉ tiêu: 100% ban chỉ đạo cấp dưới thẩm định xong — \d+(,\d+)?\s?%/);
  // The party committee below it has none: "no committees below" and only the coverage target, never "— 0%".
  await page.getByTestId("unit-table").locator("tbody tr").first().getByRole("rowheader").getByRole("link").click();
  await expect(page).toHaveURL(/\/thong-ke\?.*unit=\d+/);
  await expect(page.getByText("Không có ban chỉ đạo cấp dưới.")).toBeVisible();
  await expect(target).toContainText("Tỷ lệ chi bộ, đơn vị cơ sở có ít nhất một mô hình");
  await expect(target).not.toContainText("thẩm định xong");
});
