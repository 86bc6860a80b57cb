// Journey: a province officer brings last period in from files: models with their recognitions, then a past
// decision of 42 honorees (two linked to the imported models), and downloads the decision's PDF.
import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import type { Locator, Page } from "@playwright/test";
import { test, expect, login } from "./fixtures";

async function template(page: Page, section: Locator): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "Tải tệp mẫu" }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  return wb;
}

function listValues(wb: ExcelJS.Workbook, header: string): string[] {
  const lists = wb.getWorksheet("Danh mục")!;
  const col = (lists.getRow(1).values as unknown[]).findIndex((v) => v === header);
  expect(col, `danh mục “${header}” trong tệp mẫu`).toBeGreaterThan(0);
  return (lists.getColumn(col).values as unknown[]).slice(2).map(String);
}

/** Uploads a filled template, waits for the preview, checks the bar and counts, applies, waits for the end. */
async function uploadAndApply(page: Page, section: Locator, name: string, wb: ExcelJS.Workbook, rows: number) {
  await section.getByLabel("Tệp XLSX hoặc CSV").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await section.getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  await expect(page).toHaveURL(/\/nhap-du-lieu\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId("job-status")).toHaveText("Đã kiểm tra xong", { timeout: 60_000 });
  await expect(page.getByRole("progressbar", { name: "Tiến độ" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByText(`${rows} / ${rows} dòng`)).toBeVisible();
  const count = (label: string) =>
    page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(count("Dòng mới")).toHaveText(String(rows));
  await expect(count("Dòng có lỗi")).toHaveText("0");
  await page.getByRole("button", { name: "Nhập dữ liệu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Đồng ý nhập" }).click();
  await expect(page.getByTestId("job-status")).toHaveText("Đã nhập xong", { timeout: 60_000 });
}

test("cán bộ tỉnh nhập mô hình đã công nhận, rồi quyết định khen thưởng 42 dòng, và tải PDF đúng danh sách", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/nhap-du-lieu");
  const stamp = Date.now().toString(36).toUpperCase().slice(-5);

  // 1. Two recognized models from the models template.
  const models = page.getByRole("region", { name: "Mô hình và kết quả công nhận" });
  const mwb = await template(page, models);
  const mdata = mwb.getWorksheet("Mô hình")!;
  const mheaders = (mdata.getRow(1).values as unknown[]).slice(1).map(String);
  const campaign = listValues(mwb, "Mã đợt thi đua")[0];
  const field = listValues(mwb, "Lĩnh vực")[0];
  const modelCodes = [`QD-${stamp}-1`, `QD-${stamp}-2`];
  const modelRows: Record<string, string>[] = [
    {
      "Mã mô hình": modelCodes[0],
      Loại: "Tập thể",
      "Tên mô hình": `Hiến đất mở đường ${stamp}`,
      "Tên đơn vị": `Chi bộ thôn Nà Lẹng ${stamp}`,
      "Địa chỉ": "xã Tân Lập",
    },
    {
      "Mã mô hình": modelCodes[1],
      Loại: "Cá nhân",
      "Tên mô hình": `Đưa trẻ trở lại trường ${stamp}`,
      "Tên đơn vị": "Trường Tiểu học Khuổi Lừa",
      "Địa chỉ": "thôn Khuổi Lừa, xã Tân Lập",
      "Họ tên cá nhân": `Hoàng Thị Mai ${stamp}`,
      "Chức vụ": "Giáo viên",
    },
  ];
  for (const r of modelRows) {
    const full: Record<string, string> = {
      "Mã đợt thi đua": campaign,
      "Lĩnh vực": field,
      "Cấp đăng ký": "Xã",
      "Kết quả": "Công nhận",
      "Cấp công nhận": "Tỉnh",
      "Ngày kết quả": "15/03/2025",
      ...r,
    };
    mdata.addRow(mheaders.map((h) => full[h] ?? null));
  }
  await uploadAndApply(page, models, `mo-hinh-${stamp}.xlsx`, mwb, 2);

  // 2. A past decision of 42 lines as printed then: 30 collectives, 12 individuals.
  await page.goto("/nhap-du-lieu");
  const decisions = page.getByRole("region", { name: "Quyết định khen thưởng đã ban hành" });
  const dwb = await template(page, decisions);
  const ddata = dwb.getWorksheet("Quyết định")!;
  const dheaders = (ddata.getRow(1).values as unknown[]).slice(1).map(String);
  const issuer = "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY THÁI NGUYÊN";
  expect(listValues(dwb, "Cơ quan ban hành")).toContain(issuer);
  const number = 7000 + (Date.now() % 2000);
  const numberText = `${number}-QĐ/TU`;
  type Line = { section: string; honorific: string; name: string; position: string; address: string; code: string };
  const lines: Line[] = [];
  for (let i = 1; i <= 30; i++) {
    lines.push({
      section: "Tập thể",
      honorific: "",
      name: i === 1 ? `Chi bộ thôn Nà Lẹng ${stamp}` : `Chi bộ tổ ${i} ${stamp}`,
      position: "",
      address: `xã Tân Lập ${i}`,
      code: i === 1 ? modelCodes[0] : "",
    });
  }
  for (let i = 1; i <= 12; i++) {
    lines.push({
      section: "Cá nhân",
      honorific: i % 2 ? "Bà" : "Ông",
      name: i === 1 ? `Hoàng Thị Mai ${stamp}` : `Người thứ ${i} ${stamp}`,
      position: i === 1 ? "Giáo viên" : "",
      address: `thôn Khuổi Lừa ${i}`,
      code: i === 1 ? modelCodes[1] : "",
    });
  }
  const order = { "Tập thể": 0, "Cá nhân": 0 } as Record<string, number>;
  lines.forEach((l, i) => {
    const full: Record<string, string | number> = {
      "Cơ quan ban hành": issuer,
      "Số quyết định": numberText,
      "Ngày quyết định": "15/09/2025",
      // The decision's own columns on its first line only, as a clerk fills them.
      ...(i === 0
        ? {
            "Hình thức khen thưởng": "Bằng khen",
            "Người ký": "Hà Văn Toàn",
            "Chức vụ người ký": "Phó Bí thư Thường trực",
            "Trích yếu": `Khen thưởng điển hình “Dân vận khéo” năm 2025 ${stamp}`,
          }
        : {}),
      Phần: l.section,
      STT: ++order[l.section],
      "Danh xưng": l.honorific,
      "Tên tập thể, cá nhân": l.name,
      "Chức vụ": l.position,
      "Địa chỉ": l.address,
      "Mã mô hình": l.code,
    };
    ddata.addRow(dheaders.map((h) => full[h] ?? null));
  });
  await uploadAndApply(page, decisions, `quyet-dinh-${stamp}.xlsx`, dwb, 42);

  // 3. Listed like an issued decision, marked imported, read-only; the PDF prints the file's lines in order.
  await page.goto(`/quyet-dinh?q=${encodeURIComponent(numberText)}`);
  await page.getByRole("link", { name: new RegExp(numberText.replace("/", "\\/")) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Số ${numberText}`);
  await expect(page.getByText("Nhập từ tệp", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mở lại để sửa" })).toHaveCount(0);
  await expect(page.getByTestId("honoree-line")).toHaveCount(42);

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải PDF" }).click(),
  ]);
  const bytes = await fs.readFile(await file.path());
  const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text
    .normalize("NFC")
    .replace(/\s+/g, " ");
  expect(text).not.toContain("DỰ THẢO");
  expect(text).toContain(`Số ${numberText}`);
  expect(text).toContain("Thái Nguyên, ngày 15 tháng 9 năm 2025");
  let at = 0;
  for (const l of lines) {
    const printed = l.honorific ? `${l.honorific} ${l.name}` : l.name;
    const nameAt = text.indexOf(printed, at);
    expect(nameAt, `“${printed}” sau dòng trước trong PDF`).toBeGreaterThanOrEqual(at);
    const detail = [l.position, l.address].filter(Boolean).join(", ");
    const detailAt = text.indexOf(detail, nameAt + printed.length);
    expect(detailAt, `“${detail}” của “${printed}”`).toBeGreaterThan(nameAt);
    at = detailAt + detail.length;
  }
});
