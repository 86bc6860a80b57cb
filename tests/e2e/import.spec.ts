// Journey: the province officer brings a past list of models in from a spreadsheet.
import fs from "node:fs";
import { test, expect, login, formAlert } from "./fixtures";

const HEADERS = [
  "Mã mô hình", "Mã đợt thi đua", "Loại", "Lĩnh vực", "Tên mô hình", "Mã đơn vị", "Tên đơn vị", "Địa chỉ", "Họ tên cá nhân",
  "Chức vụ", "Cấp đăng ký", "Kết quả", "Cấp công nhận", "Ngày kết quả", "Cấp điển hình",
];

function modelsCsv(n: number, titleSuffix = "") {
  const rows = Array.from({ length: n }, (_, i) => [
    `E2E-NK-${String(i + 1).padStart(3, "0")}`, "DVK-2021-2025", i % 3 ? "Tập thể" : "Cá nhân", "Kinh tế",
    `Mô hình nhập từ tệp số ${i + 1}${titleSuffix}`, "G-X-02020-00", "", "", i % 3 ? "" : `Hoàng Thị Mai ${i + 1}`, "",
    "Xã", i % 5 ? "Công nhận" : "Không công nhận", i % 5 ? "Xã" : "", "15/06/2024", i % 7 ? "" : "Xã",
  ]);
  return "\ufeff" + [HEADERS, ...rows].map((r) => r.join(",")).join("\r\n");
}

test("province officer: template, upload with preview and progress, apply, re-import changes nothing", async ({ page }, info) => {
  await login(page, "tinh");
  await page.getByRole("link", { name: "Nhập dữ liệu" }).first().click();
  await expect(page.getByRole("heading", { name: "Nhập và xuất dữ liệu" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp mẫu" }).first().click();
  expect((await download).suggestedFilename()).toBe("mau-mo-hinh.xlsx");

  const file = info.outputPath("mo-hinh.csv");
  fs.writeFileSync(file, modelsCsv(45));
  await page.getByLabel("Tệp XLSX hoặc CSV").first().setInputFiles(file);
  await page.getByRole("button", { name: "Tải lên và kiểm tra" }).first().click();
  await expect(page.getByRole("progressbar", { name: "Tiến độ" })).toBeVisible();
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 60_000 });
  await expect(page.getByText("Dòng mới").locator("..")).toContainText("45");

  // The progress lives on the server: a reload shows the same state.
  await page.reload();
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong");
  await page.getByRole("button", { name: "Nhập dữ liệu" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("Đã nhập xong", { timeout: 60_000 });
  await expect(page.getByRole("progressbar", { name: "Tiến độ" })).toHaveAttribute("aria-valuenow", "100");

  await page.goto("/nhap-du-lieu");
  await page.getByLabel("Tệp XLSX hoặc CSV").first().setInputFiles(file);
  await page.getByRole("button", { name: "Tải lên và kiểm tra" }).first().click();
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 60_000 });
  await expect(page.getByText("Dòng không đổi").locator("..")).toContainText("45");

  const bad = info.outputPath("loi.csv");
  fs.writeFileSync(bad, modelsCsv(3).replace("Xã,Công nhận", "Thôn,Công nhận"));
  await page.goto("/nhap-du-lieu");
  await page.getByLabel("Tệp XLSX hoặc CSV").first().setInputFiles(bad);
  await page.getByRole("button", { name: "Tải lên và kiểm tra" }).first().click();
  await expect(page.getByRole("cell", { name: "Cấp đăng ký" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Nhập dữ liệu" })).toHaveCount(0);
  const errFile = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp kèm cột lỗi" }).click();
  expect((await errFile).suggestedFilename()).toBe("loi-loi.xlsx");
  await expect(formAlert(page)).toHaveCount(0);
});
