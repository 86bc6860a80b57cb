// Journey at a real size: a province officer imports a 10,000-row spreadsheet of past models. The first file
// has two mistakes deep inside (a date that does not exist, a code used twice): the preview names their rows,
// the error file comes back as the same sheet with a "Lỗi" column, nothing is written. The corrected file
// previews as 10,000 new rows, is imported while the officer reloads the page (the bar is the server's), and
// its models are on the list.
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

const ROWS = 10_000;
const BAD_DATE_ROW = 7_777; // data row (sheet row 7,778)
const DUPLICATE_ROW = 9_321; // repeats the code of data row 12

async function template(page: Page) {
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp mẫu" }).first().click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await downloadPromise).path());
  return wb;
}

test("cán bộ tỉnh nhập tệp 10.000 dòng: lỗi ở dòng sâu được chỉ ra, tệp lỗi tải về, tệp đã sửa nhập hết", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await login(page, "tinh");
  await expect(page).not.toHaveURL(/dang-nhap/);
  await page.goto("/nhap-du-lieu");

  const wb = await template(page);
  const data = wb.getWorksheet("Mô hình")!;
  const lists = wb.getWorksheet("Danh mục")!;
  const headers = (data.getRow(1).values as unknown[]).slice(1).map(String);
  const listValue = (header: string, i: number) => {
    const col = (lists.getRow(1).values as unknown[]).findIndex((v) => v === header);
    expect(col, `danh mục “${header}” trong tệp mẫu`).toBeGreaterThan(0);
    return String(lists.getRow(2 + i).getCell(col).value);
  };
  const campaign = listValue("Mã đợt thi đua", 0);
  const fields = [0, 1, 2].map((i) => listValue("Lĩnh vực", i));

  const stamp = Date.now().toString(36).toUpperCase();
  const code = (i: number) => `LON-${stamp}-${String(i).padStart(5, "0")}`;
  const rowOf = (i: number, broken: boolean): Record<string, string> => {
    const individual = i % 5 === 0;
    const outcome = i % 4 === 3 ? "Không công nhận" : "Công nhận";
    const recognized = outcome === "Công nhận";
    return {
      "Mã mô hình": broken && i === DUPLICATE_ROW ? code(12) : code(i),
      "Mã đợt thi đua": campaign,
      Loại: individual ? "Cá nhân" : "Tập thể",
      "Lĩnh vực": fields[i % fields.length],
      "Tên mô hình": `Mô hình nhập lớn số ${i} của thôn Đồng Tâm ${stamp}`,
      "Tên đơn vị": `Chi hội Nông dân thôn ${i % 300}`,
      "Địa chỉ": `Thôn ${i % 300}, xã Hòa Bình`,
      ...(individual ? { "Họ tên cá nhân": `Nguyễn Văn Ân ${i}`, "Chức vụ": "Chi hội trưởng" } : {}),
      "Cấp đăng ký": "Xã",
      "Kết quả": outcome,
      ...(recognized ? { "Cấp công nhận": i % 10 === 0 ? "Huyện" : "Xã" } : {}),
      ...(recognized && i % 20 === 0 ? { "Cấp điển hình": "Xã" } : {}),
      "Ngày kết quả":
        broken && i === BAD_DATE_ROW ? "31/02/2024" : `${String((i % 28) + 1).padStart(2, "0")}/0${(i % 9) + 1}/2024`,
    };
  };
  const file = async (broken: boolean) => {
    for (let n = data.rowCount; n > 1; n--) data.spliceRows(n, 1);
    for (let i = 1; i <= ROWS; i++) {
      const r = rowOf(i, broken);
      data.addRow(headers.map((h) => r[h] ?? null));
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  const section = page
    .locator("section")
    .filter({ has: page.getByRole("link", { name: "Tải tệp mẫu" }) })
    .first();
  const upload = async (name: string, buffer: Buffer) => {
    await page.goto("/nhap-du-lieu");
    await section.getByLabel("Tệp XLSX hoặc CSV").setInputFiles({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    await section.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
    await expect(page).toHaveURL(/\/nhap-du-lieu\/\d+$/, { timeout: 60_000 });
  };
  const count = (label: string) =>
    page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  const bar = page.getByRole("progressbar", { name: "Tiến độ" });

  // 1. The file with two mistakes: both named by row, column and reason; the error file marks exactly them.
  await upload(`mo-hinh-loi-${stamp}.xlsx`, await file(true));
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 120_000 });
  await expect(page.getByText("10.000 / 10.000 dòng")).toBeVisible();
  await expect(count("Dòng có lỗi")).toHaveText("2");
  await expect(page.getByRole("button", { name: "Nhập dữ liệu" })).toHaveCount(0);
  const errors = page
    .getByRole("region", { name: "Các lỗi cần sửa" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
  await expect(errors).toHaveCount(2);
  const errorRows = (await errors.locator("td:first-child").allTextContents()).map((t) => t.trim());
  expect(errorRows.sort()).toEqual([String(BAD_DATE_ROW + 1), String(DUPLICATE_ROW + 1)].sort());
  await expect(errors.filter({ hasText: "Ngày kết quả" })).toHaveCount(1);
  await expect(errors.filter({ hasText: "Mã mô hình" })).toHaveCount(1);

  const errorDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp kèm cột lỗi" }).click();
  const errWb = new ExcelJS.Workbook();
  await errWb.xlsx.readFile(await (await errorDownload).path());
  const errSheet = errWb.worksheets.find((s) => s.name === "Mô hình") ?? errWb.worksheets[0];
  const errHeaders = (errSheet.getRow(1).values as unknown[]).slice(1).map(String);
  const errCol = errHeaders.indexOf("Lỗi") + 1;
  expect(errCol, "cột Lỗi trong tệp lỗi").toBeGreaterThan(0);
  const marked: number[] = [];
  errSheet.eachRow((row, n) => {
    if (n > 1 && String(row.getCell(errCol).text ?? "").trim()) marked.push(n);
  });
  expect(marked).toEqual([BAD_DATE_ROW + 1, DUPLICATE_ROW + 1].sort((a, b) => a - b));
  expect(errSheet.actualRowCount).toBe(ROWS + 1);

  // Nothing was written by the failed preview.
  await page.goto(`/mo-hinh?q=${encodeURIComponent(code(1))}`);
  await expect(page.getByText("0 mô hình", { exact: true })).toBeVisible();

  // 2. The corrected file: 10,000 new rows, imported; a reload mid-way shows the same job, still going or done.
  await upload(`mo-hinh-${stamp}.xlsx`, await file(false));
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 120_000 });
  await expect(count("Dòng mới")).toHaveText("10.000");
  await expect(count("Dòng có lỗi")).toHaveText("0");
  await expect(bar).toHaveAttribute("aria-valuenow", "100");
  await page.getByRole("button", { name: "Nhập dữ liệu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đồng ý nhập" }).click();
  await expect(page.getByTestId("job-status")).toHaveText(/Đang nhập dữ liệu|Đã nhập xong/, { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId("job-status")).toHaveText(/Đang nhập dữ liệu|Đã nhập xong/);
  await expect(page.getByTestId("job-status")).toHaveText("Đã nhập xong", { timeout: 180_000 });
  await expect(bar).toHaveAttribute("aria-valuenow", "100");

  // 3. On the list: one model found by its code, all of them by the batch's words typed without diacritics.
  await page.goto(`/mo-hinh?q=${encodeURIComponent(code(9_999))}`);
  await expect(page.getByRole("link", { name: `Mô hình nhập lớn số 9999 của thôn Đồng Tâm ${stamp}` })).toBeVisible();
  await page.goto(`/mo-hinh?q=${encodeURIComponent(`mo hinh nhap lon dong tam ${stamp}`)}`);
  await expect(page.getByText("hơn 1.000 mô hình", { exact: true })).toBeVisible();
});
