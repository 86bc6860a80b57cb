import fs from "node:fs/promises";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import type { Download, Page } from "@playwright/test";
import { delayScripts, expect, formAlert, login, signInAgain, test } from "./fixtures";

/** "Hoàng Thị Mai" → "hoang thi mai": what a user types without Vietnamese diacritics. */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

async function download(page: Page, name: string): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = await file.path();
  return { download: file, bytes: await fs.readFile(path) };
}

async function zipText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => f.name.endsWith(".xml"))
      .map((f) => f.async("string")),
  );
  return parts.join("\n");
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

test.describe("Quyết định khen thưởng", () => {
  test("cán bộ tỉnh lập, sắp xếp, ban hành, tải về và in danh sách kèm theo", async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 }); // the first sign-in of a cold server is slow

    // The list: the seeded decision, search without diacritics, empty result.
    await page.goto("/quyet-dinh");
    await expect(page.getByRole("heading", { level: 1, name: "Quyết định khen thưởng" })).toBeVisible();
    await expect(page.getByRole("link", { name: /112-QĐ\/TU/ })).toBeVisible();
    await page.getByLabel("Tìm quyết định").fill("112-qd");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/q=112-qd/);
    await expect(page.getByRole("link", { name: /112-QĐ\/TU/ })).toBeVisible();
    await page.getByLabel("Tìm quyết định").fill("khong co quyet dinh nao nhu the");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(
      page.getByText("Không tìm thấy quyết định nào khớp với “khong co quyet dinh nao nhu the”."),
    ).toBeVisible();

    // Create.
    await page.getByRole("link", { name: "Xóa tìm kiếm" }).click();
    await page.getByRole("link", { name: "Tạo quyết định" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tạo quyết định khen thưởng" })).toBeVisible();
    const preview = page.getByTestId("number-preview");
    await expect(page.getByLabel("Ngày quyết định")).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);

    // State style first (its register is the calendar year), then the Party one we keep. The number is
    // only a hint on a draft: the next free one of the register, taken when the decision is issued.
    await page.getByLabel("Ngày quyết định").fill("05/06/2026");
    await page.getByLabel("Cơ quan ban hành").selectOption({ label: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" });
    await expect(preview).toHaveText(/^Số: \d+\/QĐ-UBND$/);
    await page.getByLabel("Cơ quan ban hành").selectOption({ label: "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY THÁI NGUYÊN" });
    await expect(preview).toHaveText(/^Số \d+-QĐ\/TU$/);
    await expect(page.getByLabel("Số dự kiến")).toHaveValue("");
    const suggested = Number((await preview.innerText()).match(/\d+/)![0]);
    expect(suggested).toBeGreaterThan(112); // 112 is taken by the seeded decision of this term

    // Submitting with nothing picked and no signer keeps what was typed and says what is missing.
    const title = "Về việc khen thưởng tập thể, cá nhân điển hình trong phong trào thi đua “Dân vận khéo” năm 2026";
    await page.getByLabel("Trích yếu").fill(title);
    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(formAlert(page).first()).toContainText("Thông tin chưa hợp lệ");
    await expect(page.getByText("Vui lòng nhập họ tên người ký.")).toBeVisible();
    await expect(page.getByText("Vui lòng chọn ít nhất một tập thể hoặc cá nhân được khen thưởng.")).toBeVisible();
    await expect(page.getByLabel("Trích yếu")).toHaveValue(title);

    await page.getByLabel("Người ký", { exact: true }).fill("Nguyễn Văn An");
    await page.getByLabel("Chức vụ người ký").fill("Phó Bí thư Thường trực");

    // Pick two collectives from the filtered list.
    const results = page.locator("li:has(input[type=checkbox])");
    await page.getByLabel("Loại").selectOption({ label: "Tập thể" });
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText("Tập thể ·");
    const names: string[] = [];
    for (const i of [0, 1]) {
      const row = results.nth(i);
      names.push((await row.locator("label > span").first().innerText()).trim());
      await row.getByRole("checkbox").check();
    }
    // An individual found by typing the name without diacritics.
    await page.getByLabel("Loại").selectOption({ label: "Cá nhân" });
    await expect(results.first()).toContainText("Cá nhân ·");
    const person = (await results.first().locator("label > span").first().innerText()).trim();
    await page.getByLabel("Tìm mô hình").fill(fold(person));
    await page.getByLabel("Tìm mô hình").press("Enter");
    const personRow = results.filter({ hasText: person }).first();
    await expect(personRow).toBeVisible();
    await personRow.getByRole("checkbox").check();

    await expect(page.getByRole("heading", { name: "Đã chọn (3)" })).toBeVisible();
    const chosenCollectives = page.getByRole("list", { name: /Đã chọn \(3\) — Tập thể/ }).getByRole("listitem");
    await expect(chosenCollectives).toHaveCount(2);
    await expect(chosenCollectives.nth(0)).toContainText(names[0]);
    // Move the second collective up with the keyboard.
    await page.getByRole("button", { name: `Đưa ${names[1]} lên trên` }).focus();
    await page.keyboard.press("Enter");
    await expect(chosenCollectives.nth(0)).toContainText(names[1]);
    await expect(chosenCollectives.nth(1)).toContainText(names[0]);
    await expect(page.getByRole("list", { name: /Đã chọn \(3\) — Cá nhân/ }).getByRole("listitem")).toContainText(
      person,
    );

    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu dự thảo quyết định." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo (chưa lấy số)");
    const lines = page.getByTestId("honoree-line");
    await expect(lines).toHaveCount(3);
    await expect(lines.nth(0)).toContainText(names[1]);
    await expect(lines.nth(1)).toContainText(names[0]);
    await expect(lines.nth(2)).toContainText(person);

    // Reorder on the draft, then correct the individual's address (the model stays as it is).
    await page.getByRole("button", { name: `Đưa ${names[0]} lên trên` }).click();
    await expect(lines.nth(0)).toContainText(names[0]);
    await expect(lines.nth(1)).toContainText(names[1]);
    // A typed position applied with Enter moves the line once: the blur after the move asked a second time
    // with the old version and showed "changed elsewhere" beside the move.
    for (const [name, other] of [
      [names[1], names[0]],
      [names[0], names[1]],
    ]) {
      const box = page.getByRole("textbox", { name: `Vị trí của ${name} (1–2), gõ số rồi Enter` });
      await box.fill("1");
      await box.press("Enter");
      await expect(lines.nth(0)).toContainText(name);
      await expect(lines.nth(1)).toContainText(other);
      await page.waitForLoadState("networkidle");
      await expect(page.getByText("đã được thay đổi ở nơi khác")).toHaveCount(0);
    }
    // The individual's correction removes the position and the Ông/Bà title (the model stays as it is).
    await page.getByRole("button", { name: `Sửa ${person}` }).click();
    await page.getByLabel("Danh xưng").selectOption({ label: "— Không in —" });
    await page.getByLabel("Chức vụ", { exact: true }).fill("");
    await page.getByLabel("Địa chỉ", { exact: true }).fill("thôn Khuổi Lừa, xã Tân Lập, tỉnh Thái Nguyên");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(lines.nth(2)).toContainText("thôn Khuổi Lừa, xã Tân Lập, tỉnh Thái Nguyên");
    await expect(page.getByRole("textbox", { name: "Dạng liệt kê (dùng trong báo cáo)" })).toHaveValue(
      new RegExp(
        `^Tập thể: ${names[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, .*Cá nhân: ${person}, thôn Khuổi Lừa, xã Tân Lập, tỉnh Thái Nguyên\\.$`,
      ),
    );

    // The draft's fields are edited in the browser: a planned number and another signer.
    await page.getByRole("link", { name: "Sửa thông tin" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sửa thông tin dự thảo" })).toBeVisible();
    await expect(page.getByLabel("Người ký", { exact: true })).toHaveValue("Nguyễn Văn An");
    await page.getByLabel("Số dự kiến").fill(String(suggested + 5));
    await page.getByLabel("Người ký", { exact: true }).fill("Hà Văn Toàn");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(page).toHaveURL(/\/quyet-dinh\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Dự thảo (số dự kiến ${suggested + 5})`);
    await expect(page.getByText("Hà Văn Toàn")).toBeVisible();
    const number = suggested + 5;
    const numberText = `${number}-QĐ/TU`;

    // A draft downloads with the "DỰ THẢO" mark and without its number.
    const draftPdf = await download(page, "Tải PDF");
    expect(draftPdf.download.suggestedFilename()).toBe("Dự thảo danh sách khen thưởng.pdf");
    const draftText = (
      await extractText(await getDocumentProxy(new Uint8Array(draftPdf.bytes)), { mergePages: true })
    ).text.normalize("NFC");
    expect(draftText).toContain("DỰ THẢO");
    expect(draftText).not.toContain(numberText);

    // "Ban hành" comes before the honoree lines in the tab order (a 40-line list had ~250 tab stops before it).
    const issueFirst = await page
      .getByRole("button", { name: "Ban hành" })
      .evaluate((b) => !!(b.compareDocumentPosition(document.querySelector("[data-testid=honoree-line]")!) & 4));
    expect(issueFirst, "nút Ban hành đứng trước danh sách trong thứ tự Tab").toBe(true);
    // Issue, after confirming.
    await page.getByRole("button", { name: "Ban hành" }).click();
    const issueDialog = page.getByRole("dialog", { name: "Ban hành quyết định?" });
    await expect(issueDialog).toBeVisible();
    await issueDialog.getByRole("button", { name: "Hủy" }).click();
    await expect(issueDialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Dự thảo (số dự kiến ${number})`);
    await page.getByRole("button", { name: "Ban hành" }).click();
    await issueDialog.getByRole("button", { name: "Ban hành" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Số ${numberText}`);
    await expect(page.getByText("Quyết định đã ban hành: danh sách bị khóa.")).toBeVisible();
    await expect(page.getByRole("button", { name: `Sửa ${person}` })).toHaveCount(0);
    // Keyboard and screen-reader users are told, where focus lands (it fell to <body> once the button was gone).
    const issued = page.getByRole("status").filter({ hasText: "Đã ban hành quyết định." });
    await expect(issued).toBeVisible();
    expect(
      await page.evaluate(() => document.activeElement?.textContent?.trim()),
      "tiêu điểm ở thông báo đã ban hành",
    ).toBe("Đã ban hành quyết định.");

    // Downloads.
    const fileBase = `Danh sách khen thưởng ${number}-QĐ-TU`;
    const pdf = await download(page, "Tải PDF");
    expect(pdf.download.suggestedFilename()).toBe(`${fileBase}.pdf`);
    expect(pdf.bytes.length).toBeGreaterThan(1000);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
    // Table cells wrap long names over lines; compare with whitespace collapsed.
    const pdfText = text.normalize("NFC").replace(/\s+/g, " ");
    expect(pdfText).toContain(person);
    expect(pdfText).toContain(`Số ${numberText}`);
    expect(pdfText).not.toContain("DỰ THẢO");
    // The date line: a zero only before days 1–9 and months 1–2.
    expect(pdfText).toContain("Thái Nguyên, ngày 05 tháng 6 năm 2026");

    const docx = await download(page, "Tải Word");
    expect(docx.download.suggestedFilename()).toBe(`${fileBase}.docx`);
    const docxXml = await zipText(docx.bytes);
    expect(docxXml).toContain(xmlEscape(person));
    expect(docxXml).toContain(xmlEscape(names[1]));

    const xlsx = await download(page, "Tải Excel");
    expect(xlsx.download.suggestedFilename()).toBe(`${fileBase}.xlsx`);
    const xlsxXml = await zipText(xlsx.bytes);
    expect(xlsxXml).toContain(xmlEscape(person));
    expect(xlsxXml).toContain(xmlEscape(names[0]));

    // Print view.
    await page.getByRole("link", { name: "Bản in" }).click();
    await expect(page).toHaveURL(/\/quyet-dinh\/\d+\/in$/);
    await expect(page.getByRole("heading", { level: 1, name: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH" })).toBeVisible();
    // The typeface is Tinos served from public/ (the files the PDF embeds), not whatever the machine has.
    const tinos = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.family.replace(/"/g, "") === "Tinos")
        .map((f) => `${f.weight} ${f.style} ${f.status}`);
    });
    expect(tinos).toEqual(expect.arrayContaining(["400 normal loaded", "700 normal loaded"]));
    const served = await page.request.get("/fonts/tinos/Tinos-Regular.ttf");
    expect(served.status()).toBe(200);
    // Party documents cite a date with hyphens.
    await expect(
      page.getByText(`(Kèm theo Quyết định số ${number}-QĐ/TU, ngày 05-6-2026 của Ban Thường vụ Tỉnh ủy)`, {
        exact: true,
      }),
    ).toBeVisible();
    await expect(page.getByTestId("draft-mark")).toHaveCount(0);
    await expect(page.getByText(`Số ${numberText}`, { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "I. TẬP THỂ" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "II. CÁ NHÂN" })).toBeVisible();
    await expect(page.getByRole("cell", { name: person, exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: "In", exact: true })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("button", { name: "In", exact: true })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH" })).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // Reopen needs a reason and a confirmation.
    await page.getByRole("link", { name: "← Quay lại quyết định" }).click();
    await page.getByRole("button", { name: "Mở lại để sửa" }).click();
    const reopenDialog = page.getByRole("dialog", { name: "Mở lại quyết định để sửa?" });
    await reopenDialog.getByRole("button", { name: "Mở lại" }).click();
    await expect(reopenDialog.getByText("Vui lòng nhập lý do mở lại quyết định (ít nhất 10 ký tự).")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Số ${numberText}`);
    await reopenDialog.getByLabel("Lý do mở lại").fill("Bổ sung chức vụ của cá nhân theo đề nghị của xã");
    await reopenDialog.getByRole("button", { name: "Mở lại" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Số ${numberText} (dự thảo)`);
    await expect(page.getByRole("button", { name: `Sửa ${person}` })).toBeVisible();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Đã mở lại quyết định để sửa.");
    // The reopening's yes does not close the next dialog: "Ban hành" asks again.
    await page.getByRole("button", { name: "Ban hành" }).click();
    await expect(page.getByRole("dialog", { name: "Ban hành quyết định?" })).toBeVisible();
    await page.getByRole("dialog", { name: "Ban hành quyết định?" }).getByRole("button", { name: "Hủy" }).click();
    // A reopened decision was published under its number: it can be corrected, not deleted.
    await expect(page.getByRole("button", { name: "Xóa dự thảo" })).toHaveCount(0);

    // The new decision is in the list, found by its title without diacritics.
    await page.goto(`/quyet-dinh?q=${encodeURIComponent("nam 2026")}`);
    await expect(page.getByRole("link", { name: new RegExp(`${number}-QĐ/TU`) })).toBeVisible();
  });

  test("cán bộ tỉnh chọn 40 tập thể bằng tên đơn vị, ban hành và tải PDF không còn “DỰ THẢO”", async ({ page }) => {
    test.setTimeout(240_000);
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/quyet-dinh/moi");
    await page.getByLabel("Ngày quyết định").fill("25/06/2026");
    await page.getByLabel("Cơ quan ban hành").selectOption({ label: "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY THÁI NGUYÊN" });
    await page.getByLabel("Người ký", { exact: true }).fill("Hà Văn Toàn");
    await page.getByLabel("Chức vụ người ký").fill("Phó Bí thư Thường trực");
    await page
      .getByLabel("Trích yếu")
      .fill("Về việc khen thưởng 40 tập thể điển hình trong phong trào thi đua “Dân vận khéo”");

    const results = page.getByTestId("candidate");
    const selectedRows = page.getByTestId("selected-row");
    await page.getByLabel("Loại").selectOption({ label: "Tập thể" });
    // A unit name no model title contains: found by the owner unit's name, without diacritics.
    await page.getByLabel("Tìm mô hình").fill("tram y te");
    await page.getByLabel("Tìm mô hình").press("Enter");
    await expect(results.first()).toContainText("Trạm Y tế");
    for (const name of await results.locator("label > span:first-child").allInnerTexts())
      expect(name).toMatch(/^Trạm Y tế /);

    // Two pages of party cells, a whole page at a time, in the order of the list.
    await page.getByLabel("Tìm mô hình").fill("chi bo thon");
    await page.getByLabel("Tìm mô hình").press("Enter");
    await expect(results.first()).toContainText("Chi bộ");
    const picked: string[] = [];
    for (const pageNo of [1, 2]) {
      await expect(page.getByText(new RegExp(`^Trang ${pageNo}/\\d+$`))).toBeVisible();
      await expect(results).toHaveCount(20);
      const names = await results.locator("label > span:first-child").allInnerTexts();
      picked.push(...names.map((n) => n.trim()));
      await page.getByLabel("Chọn tất cả 20 mục trong trang này").check();
      await expect(page.getByTestId("selected-heading")).toHaveText(`Đã chọn (${pageNo * 20})`);
      if (pageNo === 1) await page.getByRole("button", { name: "Trang sau" }).click();
    }
    await expect(selectedRows).toHaveCount(40);
    await expect(selectedRows.first()).toContainText(picked[0]);
    await expect(selectedRows.nth(39)).toContainText(picked[39]);
    // Move the 30th to the top by typing its position.
    const pos = page.getByRole("textbox", {
      name: new RegExp(`^Vị trí của ${picked[29].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(1–40\\)`),
    });
    await pos.fill("1");
    await pos.press("Enter");
    await expect(selectedRows.first()).toContainText(picked[29]);
    await expect(selectedRows.nth(1)).toContainText(picked[0]);

    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu dự thảo quyết định." })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo (chưa lấy số)");
    await expect(page.getByTestId("honoree-line")).toHaveCount(40);
    await expect(page.getByTestId("honoree-line").first()).toContainText(picked[29]);

    const draftPdf = await download(page, "Tải PDF");
    const draftPages = (
      await extractText(await getDocumentProxy(new Uint8Array(draftPdf.bytes)), { mergePages: false })
    ).text;
    expect(draftPages.length).toBeGreaterThan(1);
    for (const p of draftPages) expect(p.normalize("NFC")).toContain("DỰ THẢO");

    await page.getByRole("button", { name: "Ban hành" }).click();
    await page.getByRole("dialog", { name: "Ban hành quyết định?" }).getByRole("button", { name: "Ban hành" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Số \d+-QĐ\/TU$/);
    const numberText = (await page.getByRole("heading", { level: 1 }).innerText()).replace(/^Số /, "");
    const pdf = await download(page, "Tải PDF");
    const pdfText = (await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true })).text
      .normalize("NFC")
      .replace(/\s+/g, " ");
    expect(pdfText).not.toContain("DỰ THẢO");
    expect(pdfText).toContain(`Số ${numberText}`);
    expect(pdfText).toContain("Thái Nguyên, ngày 25 tháng 6 năm 2026");
    for (const name of picked) expect(pdfText).toContain(name);

    // The browser's print of the print view numbers pages from page 2, like the PDF.
    await page.getByRole("link", { name: "Bản in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const printed = await page.pdf({ format: "A4", preferCSSPageSize: true });
    await page.emulateMedia({ media: "screen" });
    const printedPages = (
      await extractText(await getDocumentProxy(new Uint8Array(printed)), { mergePages: false })
    ).text.map((t) => t.replace(/\s+/g, " ").trim());
    expect(printedPages.length).toBeGreaterThan(1);
    expect(printedPages[0]).not.toMatch(/^1 /);
    expect(printedPages[0]).not.toMatch(/ 1$/);
    for (let i = 1; i < printedPages.length; i++)
      expect(printedPages[i], `trang ${i + 1}`).toMatch(new RegExp(`(^${i + 1} )|( ${i + 1}$)`));
  });

  test("phiên hết hạn khi đang lập quyết định: đăng nhập lại thì quay về, còn nội dung và danh sách đã chọn", async ({
    page,
  }) => {
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/quyet-dinh/moi");
    await page.getByLabel("Ngày quyết định").fill("05/06/2026");
    await page.getByLabel("Cơ quan ban hành").selectOption({ label: "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY THÁI NGUYÊN" });
    const title = "Về việc khen thưởng khi phiên đăng nhập hết hạn giữa chừng";
    await page.getByLabel("Trích yếu").fill(title);
    await page.getByLabel("Người ký", { exact: true }).fill("Hà Văn Toàn");
    await page.getByLabel("Chức vụ người ký").fill("Phó Bí thư Thường trực");
    const results = page.locator("li:has(input[type=checkbox])");
    await page.getByLabel("Loại").selectOption({ label: "Tập thể" });
    await expect(results.first()).toBeVisible();
    const names: string[] = [];
    for (const i of [0, 1]) {
      names.push((await results.nth(i).locator("label > span").first().innerText()).trim());
      await results.nth(i).getByRole("checkbox").check();
    }
    const chosen = page.getByRole("list", { name: /Đã chọn \(2\) — Tập thể/ }).getByRole("listitem");
    await expect(chosen).toHaveCount(2);

    await page.context().clearCookies();
    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await signInAgain(page, "tinh", /\/quyet-dinh\/moi$/, "/quyet-dinh/moi");
    await expect(
      page.getByRole("status").filter({ hasText: "Đã khôi phục nội dung bạn nhập lần trước" }),
    ).toBeVisible();
    await expect(page.getByLabel("Trích yếu")).toHaveValue(title);
    await expect(page.getByLabel("Người ký", { exact: true })).toHaveValue("Hà Văn Toàn");
    await expect(page.getByLabel("Ngày quyết định")).toHaveValue("05/06/2026");
    await expect(page.getByLabel("Cơ quan ban hành")).toHaveValue(/\d+/);
    await expect(chosen).toHaveCount(2);
    await expect(chosen.nth(0)).toContainText(names[0]);

    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu dự thảo quyết định." })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByTestId("honoree-line")).toHaveCount(2);
    await expect(page.getByText(title)).toBeVisible();
    // Saved: a new decision starts empty.
    await page.goto("/quyet-dinh/moi");
    await expect(page.getByLabel("Trích yếu")).toHaveValue("");
    await expect(page.getByText("Đã khôi phục nội dung")).toHaveCount(0);
  });

  test("dự thảo: cơ quan ban hành theo ngày quyết định, xóa dự thảo có xác nhận", async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/quyet-dinh/moi");
    const issuer = page.getByLabel("Cơ quan ban hành");
    // Before 1/7/2025 today's Thái Nguyên bodies did not exist: they are not offered for such a date.
    await page.getByLabel("Ngày quyết định").fill("05/06/2025");
    await expect(issuer.locator("option", { hasText: "TỈNH ỦY THÁI NGUYÊN" })).toHaveCount(0);
    await page.getByLabel("Ngày quyết định").fill("05/06/2026");
    await expect(issuer.locator("option", { hasText: "TỈNH ỦY THÁI NGUYÊN" }).first()).toBeAttached();
    await issuer.selectOption({ label: "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY THÁI NGUYÊN" });
    await page.getByLabel("Người ký", { exact: true }).fill("Hà Văn Toàn");
    await page.getByLabel("Chức vụ người ký").fill("Phó Bí thư Thường trực");
    await page.getByLabel("Trích yếu").fill("Dự thảo sẽ bị xóa");
    await page.getByLabel("Loại").selectOption({ label: "Tập thể" });
    await page.getByTestId("candidate").first().getByRole("checkbox").check();
    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo (chưa lấy số)");
    const url = page.url().replace(/\?.*$/, "");

    // The draft's pages (lines, picker to add more, field editor) fit a 360 px phone.
    await page.setViewportSize({ width: 360, height: 780 });
    for (const path of [url, `${url}/sua`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // The draft's print view says "DỰ THẢO" and leaves the number blank.
    await page.goto(`${url}/in`);
    await expect(page.getByTestId("draft-mark")).toHaveText("DỰ THẢO");
    await expect(page.getByText(/^Số\s+-QĐ\/TU$/)).toBeVisible();
    await page.goto(url);

    await page.getByRole("button", { name: "Xóa dự thảo" }).click();
    const dialog = page.getByRole("dialog", { name: "Xóa dự thảo quyết định?" });
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo (chưa lấy số)");
    await page.getByRole("button", { name: "Xóa dự thảo" }).click();
    await dialog.getByRole("button", { name: "Xóa dự thảo" }).click();
    await expect(page).toHaveURL(/\/quyet-dinh\?da-xoa=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Đã xóa dự thảo." })).toBeVisible();
    expect((await page.request.get(url)).status()).toBe(404);
  });

  test("quyết định ngày 05/6/2025 do Ban Thường vụ Tỉnh ủy Bắc Kạn ban hành, in tên và nơi ban hành của Bắc Kạn", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/quyet-dinh/moi");
    const issuer = page.getByLabel("Cơ quan ban hành");
    await page.getByLabel("Ngày quyết định").fill("05/06/2025");
    // Offered by the decision date: the absorbed province's bodies, not today's.
    await expect(issuer.locator("option", { hasText: "TỈNH ỦY BẮC KẠN" }).first()).toBeAttached();
    await expect(issuer.locator("option", { hasText: "TỈNH ỦY THÁI NGUYÊN" })).toHaveCount(0);
    await issuer.selectOption({ label: "BAN THƯỜNG VỤ TỈNH ỦY – TỈNH ỦY BẮC KẠN" });
    await expect(page.getByTestId("number-preview")).toHaveText(/^Số \d+-QĐ\/TU$/);
    await page.getByLabel("Người ký", { exact: true }).fill("Hoàng Duy Chinh");
    await page.getByLabel("Chức vụ người ký").fill("Phó Bí thư Thường trực");
    await page.getByLabel("Trích yếu").fill("Về việc khen thưởng điển hình “Dân vận khéo” giai đoạn 2021–2025");
    // A model of the 2021–2025 campaign, registered under a district abolished since.
    await page.getByLabel("Loại").selectOption({ label: "Tập thể" });
    await page.getByLabel("Tìm mô hình").fill("huyen cho don");
    await page.getByLabel("Tìm mô hình").press("Enter");
    const row = page.getByTestId("candidate").filter({ hasText: "huyện Chợ Đồn" }).first();
    await expect(row).toBeVisible();
    const name = (await row.locator("label > span:first-child").innerText()).trim();
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo (chưa lấy số)");
    await page.getByRole("button", { name: "Ban hành" }).click();
    await page.getByRole("dialog", { name: "Ban hành quyết định?" }).getByRole("button", { name: "Ban hành" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Số \d+-QĐ\/TU$/);

    const pdf = await download(page, "Tải PDF");
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true })).text
      .normalize("NFC")
      .replace(/\s+/g, " ");
    expect(text).toContain("TỈNH ỦY BẮC KẠN");
    expect(text).toContain("Bắc Kạn, ngày 05 tháng 6 năm 2025");
    expect(text).not.toContain("Thái Nguyên, ngày");
    expect(text).toContain(name);
    expect(text).toContain("huyện Chợ Đồn");
  });

  test("mẫu Nhà nước: cơ quan ban hành được kiểm tra lại khi đổi ngày; bản in không ngắt tên tỉnh, có gạch dưới tiêu ngữ", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/quyet-dinh/moi");
    const issuer = page.getByLabel("Cơ quan ban hành");
    const date = page.getByLabel("Ngày quyết định");
    // Saving without an issuer asks for one (not "not in your scope").
    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByText("Vui lòng chọn cơ quan ban hành.")).toBeVisible();
    await expect(page.getByText("không thuộc phạm vi bạn quản lý")).toHaveCount(0);

    await date.fill("05/06/2025");
    await issuer.selectOption({ label: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" });
    await expect(page.getByText("Vui lòng chọn cơ quan ban hành.")).toHaveCount(0);
    await expect(issuer).not.toHaveAttribute("aria-invalid", "true");
    // A later date: Bắc Kạn's People's Committee no longer issues; said at once, on the field.
    await date.fill("05/06/2026");
    const outOfOffice =
      "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN không ban hành văn bản vào ngày 05/06/2026. Hãy chọn cơ quan ban hành của thời điểm đó.";
    await expect(page.getByText(outOfOffice)).toBeVisible();
    await expect(issuer).toHaveAttribute("aria-invalid", "true");
    // A date before any body of the province: says there is none, rather than an empty list.
    await date.fill("05/06/2019");
    await expect(
      page.getByText(/^Không có cơ quan ban hành nào trong phạm vi của bạn hoạt động vào ngày 05\/06\/2019/),
    ).toBeVisible();
    await date.fill("05/06/2025");
    await expect(page.getByText(outOfOffice)).toHaveCount(0);
    await expect(issuer).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("number-preview")).toHaveText(/^Số: \d+\/QĐ-UBND$/);

    await page.getByLabel("Người ký", { exact: true }).fill("Nguyễn Văn An");
    await page.getByLabel("Chức vụ người ký").fill("Chủ tịch");
    await page.getByLabel("Trích yếu").fill("Về việc tặng Bằng khen cho tập thể điển hình “Dân vận khéo”");
    await page.getByLabel("Loại").selectOption({ label: "Tập thể" });
    await page.getByTestId("candidate").first().getByRole("checkbox").check();
    await page.getByRole("button", { name: "Lưu dự thảo" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dự thảo (chưa lấy số)");
    const url = page.url().replace(/\?.*$/, "");

    await page.goto(`${url}/in`);
    await expect(page.getByRole("heading", { level: 1, name: "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH" })).toBeVisible();
    for (const media of ["screen", "print"] as const) {
      await page.emulateMedia({ media });
      // Printed, the page is the A4 text width (210 − 30 − 15 mm ≈ 624 px), which media queries see too.
      if (media === "print") await page.setViewportSize({ width: 624, height: 900 });
      const header = await page.evaluate(async () => {
        await document.fonts.ready;
        // Line boxes of the element's text (its text nodes' rectangles, not the boxes of inline elements).
        const lineCount = (el: Element) => {
          const tops = new Set<number>();
          const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const r = document.createRange();
            r.selectNodeContents(n);
            for (const x of r.getClientRects()) tops.add(Math.round(x.top));
          }
          return tops.size;
        };
        const rule = document.querySelector("[data-testid=motto-rule]") as HTMLElement;
        const text = document.createRange();
        text.selectNodeContents(rule);
        return {
          issuer: [...document.querySelectorAll(".annex-issuer .annex-line")].map((el) => [
            el.textContent,
            lineCount(el),
          ]),
          motto: [...document.querySelectorAll(".annex-motto > p")].map((el) => [el.textContent, lineCount(el)]),
          rule: getComputedStyle(rule).borderBottomStyle,
          ruleWidth: Math.round(rule.getBoundingClientRect().width - text.getBoundingClientRect().width),
        };
      });
      expect(header.issuer, media).toEqual([
        ["ỦY BAN NHÂN DÂN", 1],
        ["TỈNH BẮC KẠN", 1],
      ]);
      expect(header.motto.slice(0, 2), media).toEqual([
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1],
        ["Độc lập - Tự do - Hạnh phúc", 1],
      ]);
      // Nghị định 30/2020: a solid line under the motto, as long as the motto.
      expect(header.rule, media).toBe("solid");
      expect(Math.abs(header.ruleWidth), media).toBeLessThanOrEqual(1);
    }
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(url);
    await page.getByRole("button", { name: "Xóa dự thảo" }).click();
    await page
      .getByRole("dialog", { name: "Xóa dự thảo quyết định?" })
      .getByRole("button", { name: "Xóa dự thảo" })
      .click();
    await expect(page).toHaveURL(/\/quyet-dinh\?da-xoa=1$/);
  });

  test("các trang quyết định vừa màn hình 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    for (const path of ["/quyet-dinh", "/quyet-dinh/moi", "/quyet-dinh/1", "/quyet-dinh/1/in"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("mạng chậm: Enter trong biểu mẫu trước khi trang chạy xong không gửi đi, không đưa nội dung lên địa chỉ", async ({
    page,
  }) => {
    // The decision form is sent by script (no action): before the page runs, a press of Enter in it was a plain
    // GET to /quyet-dinh/moi?title=…, the typed summary and signer in the address bar and the server's log.
    await login(page, "tinh");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await delayScripts(page);
    await page.goto("/quyet-dinh/moi", { waitUntil: "commit" });
    const submit = page.getByRole("button", { name: "Lưu dự thảo" });
    await expect(submit).toBeDisabled();
    await page.getByLabel("Trích yếu").fill("Khen thưởng mô hình Dân vận khéo");
    await page.getByLabel("Người ký", { exact: true }).fill("Nguyễn Văn An");
    await page.getByLabel("Người ký", { exact: true }).press("Enter");
    await expect(submit).toBeEnabled();
    expect(new URL(page.url()).search).toBe("");
    await expect(page.getByLabel("Người ký", { exact: true })).toHaveValue("Nguyễn Văn An");
    await page.unrouteAll({ behavior: "ignoreErrors" });
  });

  test("cán bộ đơn vị không thấy mục quyết định (404)", async ({ page }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 }); // the first sign-in of a cold server is slow
    await expect(page.getByRole("link", { name: "Quyết định khen thưởng" })).toHaveCount(0);
    for (const path of ["/quyet-dinh", "/quyet-dinh/moi", "/quyet-dinh/1", "/quyet-dinh/1/in"]) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text()).toContain("Không tìm thấy trang");
    }
    const file = await page.request.get("/api/quyet-dinh/1/tai-ve?dinh-dang=pdf");
    expect(file.status()).toBe(404);
  });
});
