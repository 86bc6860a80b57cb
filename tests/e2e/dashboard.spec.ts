// Journey of issue 15: the province picks a period, drills down two levels, opens the list behind a
// figure (same number of rows), downloads the XLSX and reads it back.
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("province: period → drill down two levels → figure → same rows → XLSX", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 }); // the first sign-in of a cold server is slow
  await page.goto("/thong-ke");
  await expect(page.getByRole("heading", { name: /Thống kê phong trào/ })).toBeVisible();

  // Pick a period: the first campaign in the list.
  const campaign = page.getByLabel("Đợt thi đua");
  const firstCampaign = await campaign.locator("option").nth(1).getAttribute("value");
  const campaignName = (await campaign.locator("option").nth(1).textContent())!.trim();
  expect(firstCampaign).toBeTruthy();
  await campaign.selectOption(firstCampaign!);
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page).toHaveURL(new RegExp(`campaign=${firstCampaign}`));

  // Charts are drawn in the browser (recharts, loaded only here).
  await expect(page.locator("[data-chart=trend] svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });

  // A committee's pending count in the review-progress table → exactly that committee's waiting models.
  const pending = page.locator('[data-figure^="committee-"][data-figure$="-pending"]').first();
  const waiting = (await pending.textContent())!.trim();
  await pending.click();
  await expect(page).toHaveURL(/\/mo-hinh\?.*fig=committee-pending/);
  await expect(page.getByText(`${waiting} mô hình`, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/thong-ke\\?.*campaign=${firstCampaign}`));

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
  // The note above the list names the figure's campaign too (the list is filtered by it).
  await expect(page.getByTestId("dashboard-filter")).toContainText(campaignName);
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
  const unitName = (await page.getByRole("heading", { level: 1 }).innerText()).replace(/^.*: /, "");
  // Named by the unit, the period (a campaign is chosen) and the day, as the portal writes days.
  const fileName = (await download).suggestedFilename();
  expect(fileName.startsWith(`Thống kê ${unitName} đợt `), fileName).toBe(true);
  expect(fileName).toMatch(/ \(\d{2}-\d{2}-\d{4}\)\.xlsx$/);
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
  // The field sheet has the page's share column: each field's registered models over all registered.
  const fields = wb.getWorksheet("Lĩnh vực")!;
  expect(fields.getRow(1).getCell(5).value).toBe("Tỷ lệ");
  // (The first campaign of the shared e2e database may have no models yet: then there are no field rows.)
  const total = Number(registeredRow.getCell(2).value);
  for (let r = 2; r <= fields.rowCount; r++) {
    const row = fields.getRow(r);
    expect(Number(row.getCell(5).value)).toBeCloseTo(Number(row.getCell(2).value) / total, 6);
  }
  expect(fields.getColumn(5).numFmt).toBe("0.0%");
});

test("a merged commune: the ranked units below say why they add up to less than its figure", async ({ page }) => {
  // Xã Na Rì of the demo was formed in 2025 from communes whose cells were closed: their models count in the
  // commune's figures but belong to no unit below it today.
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/thong-ke");
  const table = page.getByTestId("unit-table");
  const all = table.getByRole("button", { name: /^Hiện tất cả/ });
  if (await all.count()) await all.click();
  await table.getByRole("link", { name: "Xã Na Rì", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Xã Na Rì");
  const registered = (await page.locator("[data-figure=registered]").textContent())!.trim();
  const rows = await page
    .getByTestId("unit-table")
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll("td")[1]?.textContent?.replace(/\D/g, ""))));
  const sum = new Intl.NumberFormat("vi-VN").format(rows.reduce((a, b) => a + b, 0));
  await expect(page.getByTestId("units-rest")).toContainText(
    `Các đơn vị trong bảng cộng lại ${sum} trong ${registered} mô hình đã đăng ký`,
  );
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

test("the year list follows the campaign at once; a year outside the new campaign is dropped and said", async ({
  page,
}) => {
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/thong-ke");
  const campaign = page.getByLabel("Đợt thi đua");
  const year = page.getByLabel("Năm", { exact: true });
  const idOf = async (name: RegExp) =>
    (await campaign.locator("option").filter({ hasText: name }).getAttribute("value"))!;
  const closed = await idOf(/2021–2025/);
  const open = await idOf(/năm 2026/);
  await page.goto(`/thong-ke?campaign=${closed}&year=2023&quarter=2`);
  const url = page.url();
  await expect(year).toHaveValue("2023");
  await expect(page.getByLabel("Quý", { exact: true })).toHaveValue("2");
  const years = () => year.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(await years()).toEqual(["", "2025", "2024", "2023", "2022", "2021"]);

  // Another campaign: its years at once, no request, and 2023 (not in 2026's campaign) is dropped with a note.
  await campaign.selectOption(open);
  await expect.poll(years).toEqual(["", "2026"]);
  await expect(year).toHaveValue("");
  await expect(page.getByLabel("Quý", { exact: true })).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Năm 2023 không thuộc" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(page.url()).toBe(url);
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page).toHaveURL(new RegExp(`campaign=${open}`));
  expect(page.url()).not.toMatch(/year=\d/);

  // All campaigns (from the first year with a model to this year) with 2026 chosen: the year is kept, nothing said.
  await year.selectOption("2026");
  await campaign.selectOption("");
  await expect(year).toHaveValue("2026");
  await expect(page.getByRole("status").filter({ hasText: "không thuộc" })).toHaveCount(0);
});

test("a drill-down to a unit outside the reviewer's scope says so, on the dashboard and on the list behind a figure", async ({
  page,
}) => {
  await login(page, "xa");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  // The commune's own dashboard links its figures to the list: take one and point it at the province.
  await page.goto("/thong-ke");
  const href = await page.locator("[data-figure=registered]").first().getAttribute("href");
  expect(href).toMatch(/^\/mo-hinh\?/);
  const province = new URL(href!, "http://x").searchParams;
  province.set("unit", "1");
  // Unit 1 is the demo's province (Tỉnh Thái Nguyên), above the commune.
  for (const path of ["/thong-ke?unit=1", `/mo-hinh?${province}`]) {
    await page.goto(path);
    await expect(page.getByText("Không tìm thấy đơn vị trong phạm vi của bạn.")).toBeVisible();
    await expect(page.getByText("Chưa có mô hình nào trong phạm vi bạn quản lý.")).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Về trang thống kê" }).click();
  await expect(page).toHaveURL(/\/thong-ke$/);
});

test.describe("phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("every category of the bar charts keeps its axis label at 390 px, the field names whole", async ({ page }) => {
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/thong-ke");
    for (const chart of ["levels", "registration-levels", "fields"]) {
      const box = page.locator(`[data-chart=${chart}]`);
      await expect(box.locator(".recharts-wrapper > svg")).toBeVisible({ timeout: 30_000 });
      // The figures table beside the chart has one row per category.
      const rows = await page.locator(`section:has([data-chart=${chart}]) tbody tr`).count();
      // The fields chart lays its bars across, the names down the left (long names stay whole).
      const axis = chart === "fields" ? "yAxis" : "xAxis";
      const labels = box.locator(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-label`);
      await expect(labels).toHaveCount(rows);
      for (const text of await labels.allTextContents()) expect(text.trim()).not.toBe("");
      if (chart === "fields") {
        const names = await page.locator(`section:has([data-chart=fields]) tbody th`).allTextContents();
        // Every name is shown whole: the wrapped lines put together are the name, with no "…".
        const shown = await labels.evaluateAll((els) =>
          els.map((el) => Array.from(el.querySelectorAll("tspan"), (t) => t.textContent).join(" ")),
        );
        expect(shown.map((t) => t.replace(/\s+/g, " ").trim())).toEqual(names.map((n) => n.trim()));
      }
      // Inside the chart's box (no label cut at the edge).
      const frame = (await box.boundingBox())!;
      for (const l of await labels.all()) {
        const b = (await l.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(frame.x - 1);
        expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
      }
    }
    await expectNoAxeViolations(page);
  });

  test("the dashboard and the review queue fit 390 px: the ranked table scrolls inside its card", async ({ page }) => {
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/thong-ke");
    const table = page.getByTestId("unit-table");
    await expect(table).toBeVisible();
    const widths = () =>
      page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        table: document.querySelector("[data-testid=unit-table]")!.scrollWidth,
      }));
    const dashboard = await widths();
    expect(dashboard.page).toBeLessThanOrEqual(390);
    // The table is wider than the phone: it is reached by scrolling its own box, not the page.
    expect(dashboard.table).toBeGreaterThan(390);
    await page.goto("/tham-dinh");
    await expect(page.getByRole("heading", { level: 1, name: "Thẩm định" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
