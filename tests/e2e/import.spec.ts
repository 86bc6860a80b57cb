// Journey: a province officer imports last years' models from the XLSX template and finds one on the list.
import ExcelJS from "exceljs";
import { test, expect, login } from "./fixtures";

test("cán bộ tỉnh tải tệp mẫu, điền, tải lên, xem trước, nhập và tìm thấy mô hình đã nhập", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "tinh");
  await expect(page).not.toHaveURL(/dang-nhap/);
  await page.goto("/nhap-du-lieu");
  await expect(page.getByTestId("required-mo-hinh")).toContainText("“Kết quả”, “Ngày kết quả”");
  await expect(page.getByTestId("required-mo-hinh")).toContainText("Chỉ nhập mô hình đã có kết quả thẩm định");

  // The template, downloaded as the officer would, with its lists (campaigns, fields) in the hidden sheet.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp mẫu" }).first().click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("mau-mo-hinh.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const data = wb.getWorksheet("Mô hình")!;
  const lists = wb.getWorksheet("Danh mục")!;
  const headers = (data.getRow(1).values as unknown[]).slice(1).map(String);
  const listOf = (header: string) => {
    const col = (lists.getRow(1).values as unknown[]).findIndex((v) => v === header);
    expect(col, `danh mục “${header}” trong tệp mẫu`).toBeGreaterThan(0);
    return String(lists.getRow(2).getCell(col).value);
  };
  const campaign = listOf("Mã đợt thi đua");
  const field = listOf("Lĩnh vực");

  const stamp = Date.now().toString(36).toUpperCase();
  const recognizedTitle = `Mô hình nhập từ tệp được công nhận ${stamp}`;
  const rows: Record<string, string>[] = [
    {
      "Mã mô hình": `NHAP-${stamp}-1`,
      "Tên mô hình": recognizedTitle,
      Loại: "Tập thể",
      "Cấp đăng ký": "Xã",
      "Kết quả": "Công nhận",
      "Cấp công nhận": "Tỉnh",
      "Ngày kết quả": "15/03/2024",
    },
    {
      "Mã mô hình": `NHAP-${stamp}-2`,
      "Tên mô hình": `Mô hình nhập từ tệp không công nhận ${stamp}`,
      Loại: "Tập thể",
      "Cấp đăng ký": "Xã",
      "Kết quả": "Không công nhận",
      "Ngày kết quả": "20/04/2024",
    },
    {
      "Mã mô hình": `NHAP-${stamp}-3`,
      "Tên mô hình": `Mô hình cá nhân nhập từ tệp ${stamp}`,
      Loại: "Cá nhân",
      "Họ tên cá nhân": "Nguyễn Thị Hoa",
      "Chức vụ": "Chi hội trưởng",
      "Cấp đăng ký": "Huyện",
      "Kết quả": "Công nhận",
      "Cấp công nhận": "Huyện",
      "Ngày kết quả": "05/05/2024",
    },
  ];
  for (const r of rows) {
    const full: Record<string, string> = {
      "Mã đợt thi đua": campaign,
      "Lĩnh vực": field,
      "Tên đơn vị": "Hội Phụ nữ thôn Đông (nhập từ tệp)",
      "Địa chỉ": "Thôn Đông, xã Hòa Bình",
      ...r,
    };
    data.addRow(headers.map((h) => full[h] ?? null));
  }
  const file = Buffer.from(await wb.xlsx.writeBuffer());

  const section = page
    .locator("section")
    .filter({ has: page.getByRole("link", { name: "Tải tệp mẫu" }) })
    .first();
  await section.getByLabel("Tệp XLSX hoặc CSV").setInputFiles({
    name: `mo-hinh-${stamp}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  const uploadResponse = page.waitForResponse((r) => r.request().method() === "POST");
  await section.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  expect((await uploadResponse).status(), "trả lời của lượt tải lên").toBe(200);

  // Preview: the worker reads the file; the bar reaches 100 % with 3 new rows and no errors.
  await expect(page).toHaveURL(/\/nhap-du-lieu\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 60_000 });
  await expect(page.getByRole("progressbar", { name: "Tiến độ" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByText("3 / 3 dòng")).toBeVisible();
  const count = (label: string) =>
    page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(count("Dòng mới")).toHaveText("3");
  await expect(count("Dòng có lỗi")).toHaveText("0");

  // Importing asks first: the dialog names the file and what will be written.
  await page.getByRole("button", { name: "Nhập dữ liệu" }).click();
  const confirm = page.getByRole("dialog", { name: `Nhập dữ liệu từ tệp “mo-hinh-${stamp}.xlsx”?` });
  await expect(confirm).toContainText("Sẽ ghi vào cổng 3 dòng mới và cập nhật 0 dòng");
  await confirm.getByRole("button", { name: "Đồng ý nhập" }).click();
  // Read from the job's own status route, so that a failure shows its reason, not only "Không nhập được".
  const jobId = /\/nhap-du-lieu\/(\d+)$/.exec(page.url())![1];
  const jobState = async () => {
    const j = (await (await page.request.get(`/api/nhap-du-lieu/${jobId}`)).json()) as {
      status: string;
      failure: string | null;
    };
    return { status: j.status, failure: j.failure };
  };
  const running = (j: { status: string; failure: string | null }) =>
    j.status === "APPLYING" || (j.status === "PREVIEWED" && !j.failure);
  await expect.poll(async () => running(await jobState()), { timeout: 60_000, intervals: [500] }).toBe(false);
  expect(await jobState(), "lượt nhập sau khi bấm Nhập dữ liệu").toEqual({ status: "APPLIED", failure: null });
  await expect(page.getByTestId("job-status")).toHaveText("Đã nhập xong", { timeout: 60_000 });
  await expect(page.getByText("Đã nhập xong. Nhập lại cùng tệp sẽ không thay đổi gì.")).toBeVisible();

  // The recognized model is on the model list, found by its title typed without diacritics.
  await page.goto("/mo-hinh");
  await page.getByLabel("Tìm theo tên, mã, đơn vị hoặc địa chỉ").fill(`mo hinh nhap tu tep duoc cong nhan ${stamp}`);
  await page.getByLabel("Tìm theo tên, mã, đơn vị hoặc địa chỉ").press("Enter");
  await expect(page).toHaveURL(/\/mo-hinh\?.*q=/);
  await expect(page.getByRole("link", { name: recognizedTitle })).toBeVisible();

  // Its history says it came from the old data, not that the officer who imported it reviewed it.
  await page.getByRole("link", { name: recognizedTitle }).click();
  await expect(page.getByText("Nhập từ dữ liệu cũ", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Không có trong dữ liệu cũ; thống kê theo ngày kết quả")).toBeVisible();
  const timeline = page.locator("li", { hasText: "Công nhận" }).filter({ hasText: "Nhập từ tệp" });
  await expect(timeline.first()).toContainText("Nhập từ dữ liệu cũ");
});
