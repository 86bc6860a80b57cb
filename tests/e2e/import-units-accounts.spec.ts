// Journey: the administrator imports a units file, then an accounts file for those units, sees the
// one-time set-password links, and a new person uses theirs and signs in.
import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function fillTemplate(
  page: Page,
  section: ReturnType<Page["locator"]>,
  fileName: string,
  sheet: string,
  rows: Record<string, string>[],
) {
  const downloadPromise = page.waitForEvent("download");
  await section.getByRole("link", { name: "Tải tệp mẫu" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(fileName);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((s) => s.name)).toEqual([sheet, "Hướng dẫn", "Danh mục"]);
  const data = wb.getWorksheet(sheet)!;
  const headers = (data.getRow(1).values as unknown[]).slice(1).map(String);
  for (const r of rows) data.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function uploadAndApply(
  page: Page,
  section: ReturnType<Page["locator"]>,
  name: string,
  file: Buffer,
  rows: number,
) {
  await section.getByLabel("Tệp XLSX hoặc CSV").setInputFiles({ name, mimeType: XLSX, buffer: file });
  await section.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  await expect(page).toHaveURL(/\/nhap-du-lieu\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 60_000 });
  const count = (label: string) =>
    page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(count("Dòng mới")).toHaveText(String(rows));
  await expect(count("Dòng có lỗi")).toHaveText("0");
  await page.getByRole("button", { name: "Nhập dữ liệu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đồng ý nhập" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("Đã nhập xong", { timeout: 60_000 });
}

test("quản trị viên nhập tệp đơn vị, rồi tệp tài khoản, thấy liên kết đặt mật khẩu; người mới dùng liên kết", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await login(page, "quantri");
  await expect(page).not.toHaveURL(/dang-nhap/);
  await page.goto("/nhap-du-lieu");
  const stamp = Date.now().toString(36).toUpperCase();

  // 1. Units: a province, a commune under it and a party cell under the commune, in the template.
  const units = page.locator("section").filter({ has: page.getByRole("heading", { name: "Đơn vị (cây tổ chức)" }) });
  const unitsFile = await fillTemplate(page, units, "mau-don-vi.xlsx", "Đơn vị", [
    {
      "Mã đơn vị": `E2E-${stamp}-X`,
      "Tên đơn vị": `Xã Thử Nghiệm ${stamp}`,
      "Loại đơn vị": "Xã",
      Cấp: "Xã",
      "Mã đơn vị cấp trên": `E2E-${stamp}-T`,
      "Hiệu lực từ ngày": "01/07/2025",
    },
    {
      "Mã đơn vị": `E2E-${stamp}-T`,
      "Tên đơn vị": `Tỉnh Thử Nghiệm ${stamp}`,
      "Loại đơn vị": "Tỉnh",
      Cấp: "Tỉnh",
      "Hiệu lực từ ngày": "01/07/2025",
    },
    {
      "Mã đơn vị": `E2E-${stamp}-G`,
      "Tên đơn vị": `Chi bộ thôn Thử ${stamp}`,
      "Loại đơn vị": "Chi bộ",
      Cấp: "Cơ sở",
      "Mã đơn vị cấp trên": `E2E-${stamp}-X`,
      "Hiệu lực từ ngày": "01/07/2025",
    },
  ]);
  await uploadAndApply(page, units, `don-vi-${stamp}.xlsx`, unitsFile, 3);

  // 2. Accounts for the new units: no password in the file.
  await page.goto("/nhap-du-lieu");
  const accounts = page.locator("section").filter({ has: page.getByRole("heading", { name: "Tài khoản người dùng" }) });
  const login1 = `e2e.canbo.${stamp.toLowerCase()}`;
  const login2 = `e2e.xa.${stamp.toLowerCase()}`;
  const accountsFile = await fillTemplate(page, accounts, "mau-tai-khoan.xlsx", "Tài khoản", [
    {
      "Tên đăng nhập": login1,
      "Họ và tên": "Nguyễn Thị Thử",
      "Vai trò": "Cán bộ đơn vị",
      "Mã đơn vị": `E2E-${stamp}-G`,
    },
    {
      "Tên đăng nhập": login2,
      "Họ và tên": "Lò Văn Nghiệm",
      "Vai trò": "Cán bộ thẩm định cấp xã",
      "Mã đơn vị": `E2E-${stamp}-X`,
    },
  ]);
  await uploadAndApply(page, accounts, `tai-khoan-${stamp}.xlsx`, accountsFile, 2);

  // 3. The set-password links, one per new account, on the job page (and still there after a reload).
  await page.reload();
  const links = page.locator("section").filter({
    has: page.getByRole("heading", { name: "Liên kết đặt mật khẩu cho tài khoản mới" }),
  });
  await expect(links.getByRole("row")).toHaveCount(3);
  const link1 = links.getByLabel(`Liên kết ${login1}`);
  await expect(link1).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/dat-mat-khau\?token=[\w-]{40,}$/);
  await expect(links.getByLabel(`Liên kết ${login2}`)).toHaveValue(/\/dat-mat-khau\?token=/);
  const url = await link1.inputValue();
  // Copied with its button; all links at once, tab-separated; saved as a CSV that Excel reads as UTF-8.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await links.getByRole("button", { name: `Sao chép liên kết của ${login1}` }).click();
  await expect(links.getByRole("status")).toHaveText(`Đã sao chép liên kết của ${login1}.`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await links.getByRole("button", { name: "Sao chép tất cả" }).click();
  await expect(links.getByRole("status")).toHaveText("Đã sao chép 2 liên kết (kèm dòng tiêu đề).");
  const [head, ...all] = (await page.evaluate(() => navigator.clipboard.readText()))
    .split("\n")
    .map((l) => l.split("\t"));
  expect(head).toEqual(["Tên đăng nhập", "Họ tên", "Liên kết", "Dùng được đến hết ngày"]);
  expect(all.map((r) => r[0]).sort()).toEqual([login1, login2].sort());
  expect(all.find((r) => r[0] === login1)?.[2]).toBe(url);
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    links.getByRole("button", { name: "Tải danh sách (CSV)" }).click(),
  ]);
  const csvText = fs.readFileSync((await csvDownload.path())!, "utf8");
  expect(csvText.startsWith("\uFEFFTên đăng nhập,Họ tên,Liên kết,Dùng được đến hết ngày")).toBe(true);
  expect(csvText).toContain(url);
  // On a 360 px phone the links fit the screen: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(link1).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // The link box is wide enough to read the start of the address (it showed "http://1" once).
  expect((await link1.boundingBox())!.width).toBeGreaterThan(180);
  await page.setViewportSize({ width: 1280, height: 720 });

  // 4. The new cadre, signed out in another browser, sets a password once and signs in.
  const other = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const person = await other.newPage();
  const errors: string[] = [];
  person.on("pageerror", (e) => errors.push(e.message));
  await person.goto(url);
  await expect(person.getByText(`Chọn mật khẩu cho tài khoản “${login1}”.`)).toBeVisible();
  const password = "mùa lúa chín trên đồi Thử Nghiệm";
  await person.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await person.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await person.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(person.getByText("Đã đặt mật khẩu. Bạn có thể đăng nhập.")).toBeVisible();
  // The used link's form is gone; the way to sign in stays.
  await expect(person.getByLabel("Mật khẩu mới", { exact: true })).toHaveCount(0);
  await expect(person.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await person.goto(url);
  await expect(person.getByText(/Liên kết đặt mật khẩu không còn hiệu lực/)).toBeVisible();
  await login(person, login1, password);
  await expect(person).not.toHaveURL(/dang-nhap/);
  expect(errors).toEqual([]);
  await other.close();

  // The importer's page now says the link was used.
  await page.reload();
  await expect(links.getByRole("row").filter({ hasText: login1 })).toContainText("Đã đặt mật khẩu");
});
