import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, formAlert, login, signInAgain, test } from "./fixtures";

// Issue 13 (registration and review half): evidence files of real size, reviewers told what waits.

const MB = 1024 * 1024;
const sha = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");

/**
 * A real JPEG photo of `size` bytes: a noise picture the browser encodes (so it decodes and draws), then
 * COM segments (JPEG comments, ≤ 65 533 bytes each) right after SOI until the size is reached.
 */
async function jpegOf(page: Page, size: number): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const c = document.createElement("canvas");
    c.width = 800;
    c.height = 600;
    const ctx = c.getContext("2d")!;
    const img = ctx.createImageData(c.width, c.height);
    let seed = 7;
    for (let i = 0; i < img.data.length; i++)
      img.data[i] = i % 4 === 3 ? 255 : (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    ctx.putImageData(img, 0, 0);
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), "image/jpeg", 0.9));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = "";
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  const encoded = Buffer.from(base64, "base64");
  const parts: Buffer[] = [encoded.subarray(0, 2)];
  let total = encoded.length;
  while (total < size) {
    const payload = Math.min(65533, size - total - 4);
    if (payload < 1) break;
    const seg = Buffer.alloc(4 + payload, 0x20);
    seg[0] = 0xff;
    seg[1] = 0xfe;
    seg.writeUInt16BE(payload + 2, 2);
    parts.push(seg);
    total += seg.length;
  }
  parts.push(encoded.subarray(2));
  return Buffer.concat(parts);
}

/** A valid one-page PDF of about `size` bytes: the bulk is an (unreferenced) binary stream object. */
function pdfOf(size: number): Buffer {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    chunks.push(buf);
    length += buf.length;
  };
  push("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  const content = "BT /F1 18 Tf 72 720 Td (Bien ban hop thon Na Leng) Tj ET";
  const filler = crypto.randomBytes(Math.max(0, size - 1200));
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  objects.forEach((body, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n${body}\nendobj\n`);
  });
  offsets.push(length);
  push(`6 0 obj\n<< /Length ${filler.length} >>\nstream\n`);
  push(filler);
  push("\nendstream\nendobj\n");
  const xref = length;
  push(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`);
  for (const o of offsets) push(`${String(o).padStart(10, "0")} 00000 n \n`);
  push(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

async function fillNewModel(page: Page, title: string) {
  await page.goto("/mo-hinh/moi");
  await page.getByLabel("Tên mô hình").fill(title);
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Kinh tế" });
  const campaign = page.getByLabel("Đợt thi đua");
  if ((await campaign.inputValue()) === "") await campaign.selectOption({ index: 1 });
  await expect(page.getByLabel("Đăng ký với cấp")).not.toHaveValue("");
  await page.getByLabel("Mục tiêu").fill("Vận động các hộ trong thôn tự nguyện hiến đất mở rộng đường liên thôn.");
  await page
    .getByLabel("Cách làm, phương pháp vận động")
    .fill("Chi bộ họp bàn, đảng viên gương mẫu hiến đất trước, đến từng hộ.");
  await page.getByLabel("Kết quả dự kiến").fill("Mở rộng 2,5 km đường bê tông, 45 hộ hiến đất, không có khiếu nại.");
  await page.getByLabel("Ngày bắt đầu").fill("15/01/2026");
}

/** The evidence files listed on a model's page, downloaded with the session's cookies. */
async function download(page: Page, fileName: string): Promise<Buffer> {
  const link = page.locator(`a[href^="/api/tep/"]`).filter({ hasText: fileName }).first();
  const href = (await link.getAttribute("href"))!.replace(/\?.*$/, "");
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  return Buffer.from(await res.body());
}

test.describe("Tệp minh chứng dung lượng thật", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  });

  test("ảnh JPEG 4 MB và PDF 9 MB lưu được, tải về đúng từng byte", async ({ page }) => {
    test.setTimeout(120_000);
    const photo = await jpegOf(page, 4 * MB);
    const pdf = pdfOf(9 * MB);
    expect(photo.length).toBeGreaterThanOrEqual(4 * MB);
    expect(pdf.length).toBeGreaterThan(8.9 * MB);
    expect(pdf.length).toBeLessThan(10 * MB);

    const title = "Hiến đất làm đường thôn Nà Lẹng (minh chứng dung lượng lớn)";
    await fillNewModel(page, title);
    await page.getByLabel("Tệp minh chứng").setInputFiles([
      { name: "anh-hop-thon.jpg", mimeType: "image/jpeg", buffer: photo },
      { name: "Biên bản họp thôn.pdf", mimeType: "application/pdf", buffer: pdf },
    ]);
    await expect(page.getByRole("img", { name: "anh-hop-thon.jpg" })).toBeVisible();
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();

    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // The square shows a small WebP made from the 800×600 photo (ADR 0069), not the 4 MB original.
    const thumb = page.getByRole("img", { name: "Ảnh minh chứng: anh-hop-thon.jpg" });
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    expect(await thumb.getAttribute("src")).toMatch(/\?thumb=1$/);
    expect(sha(await download(page, "anh-hop-thon.jpg"))).toBe(sha(photo));
    expect(sha(await download(page, "Biên bản họp thôn.pdf"))).toBe(sha(pdf));
  });

  test("tệp 11 MB bị từ chối bằng tiếng Việt, trên trình duyệt và ở máy chủ (không 413/500)", async ({ page }) => {
    test.setTimeout(120_000);
    const big = pdfOf(11 * MB);
    const title = "Mô hình thử tệp quá dung lượng";
    await fillNewModel(page, title);
    const picker = page.getByLabel("Tệp minh chứng");
    await picker.setInputFiles({ name: "qua-lon.pdf", mimeType: "application/pdf", buffer: big });
    await expect(page.getByText("Tệp “qua-lon.pdf” vượt quá dung lượng cho phép (tối đa 10 MB).")).toBeVisible();

    // The browser stops the save before 11 MB travel, and says why.
    let posted = 0;
    page.on("request", (r) => r.method() === "POST" && posted++);
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Có tệp không thể tải lên" })).toBeVisible();
    await expect(picker).toBeFocused();
    await expect(page).toHaveURL(/\/mo-hinh\/moi$/);
    expect(posted).toBe(0);

    // A client that skips that check (an old page, a script) gets the same words from the server.
    const responses: number[] = [];
    page.on("response", (r) => r.request().method() === "POST" && responses.push(r.status()));
    await picker.evaluate((el) => el.removeAttribute("data-upload-problem"));
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(formAlert(page).filter({ hasText: "vượt quá dung lượng cho phép (tối đa 10 MB)" })).toBeVisible({
      timeout: 60_000,
    });
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.every((s) => s < 400)).toBe(true);
  });
});

test.describe("Lưu có tệp bị từ chối: không lưu trùng, không mất đường sửa", () => {
  test("bản nháp mới lưu được nhưng tệp sai định dạng: trang nói đã lưu, không còn mẫu trống để lưu lần hai; đường sửa cũ của hồ sơ đã gửi dẫn về hồ sơ kèm lời giải thích", async ({
    page,
    consoleErrors,
  }) => {
    // Playwright's trace recorder fetches the page's blob: URLs (here the revoked one of the image that did
    // not decode), which our CSP's connect-src refuses; with `--trace off` the page logs no error at all.
    // Dropped at the end, so every other console error still fails the test.
    test.info().setTimeout(120_000);
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
    const title = `Mô hình thử tệp giả ảnh ${Date.now()}`;
    await fillNewModel(page, title);
    // An executable renamed .jpg: the browser lets it through, the server reads its bytes and refuses it.
    const fake = Buffer.concat([Buffer.from("MZ"), crypto.randomBytes(2048)]);
    const picker = page.getByLabel("Tệp minh chứng");
    await picker.setInputFiles({ name: "gia-anh.jpg", mimeType: "image/jpeg", buffer: fake });
    // The browser cannot decode it as an image: said at once, no broken preview.
    await expect(page.getByText("Tệp “gia-anh.jpg” không phải ảnh đọc được")).toBeVisible();
    await expect(page.getByRole("img", { name: "gia-anh.jpg" })).toHaveCount(0);
    // A client that skips that check: the server reads the bytes and refuses the file, the draft is saved.
    await picker.evaluate((el) => el.removeAttribute("data-upload-problem"));
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();

    const saved = formAlert(page).filter({ hasText: "Bản nháp mô hình đã được lưu (không cần nhập lại)" });
    await expect(saved).toBeVisible({ timeout: 60_000 });
    await expect(saved).toContainText("gia-anh.jpg");
    await expect(page.getByRole("button", { name: "Lưu bản nháp" })).toHaveCount(0);
    await page.getByRole("link", { name: "Sửa hồ sơ để đính kèm lại tệp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\/sua$/);
    const id = /\/mo-hinh\/(\d+)/.exec(page.url())![1];
    await expect(page.getByLabel("Tên mô hình")).toHaveValue(title);

    // One model of that title, not two.
    await page.goto(`/mo-hinh?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("list", { name: "Danh sách mô hình" }).getByRole("link", { name: title })).toHaveCount(
      1,
    );

    // The new form starts empty again (the saved draft's local copy was dropped).
    await page.goto("/mo-hinh/moi");
    await expect(page.getByLabel("Tên mô hình")).toHaveValue("");

    // Sent for review, the dossier's old edit link (a bookmark, an old tab) explains instead of "not found".
    await page.goto(`/mo-hinh/${id}`);
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await page
      .getByRole("dialog", { name: "Gửi đăng ký mô hình?" })
      .getByRole("button", { name: "Xác nhận gửi" })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Đã gửi đăng ký mô hình." })).toBeVisible();
    await page.goto(`/mo-hinh/${id}/sua`);
    await expect(page).toHaveURL(new RegExp(`/mo-hinh/${id}\\?tb=khong-sua$`));
    await expect(page.getByRole("status").filter({ hasText: "đang chờ thẩm định nên không sửa được" })).toBeVisible();
    const rest = consoleErrors.filter((e) => !/^Connecting to 'blob:.*"connect-src 'self'"/s.test(e));
    consoleErrors.splice(0, consoleErrors.length, ...rest);
  });
});

test.describe("Gửi khi hồ sơ còn thiếu", () => {
  test("nói thiếu mục nào, có đường sửa hồ sơ, giữ lời nhắn đã gõ", async ({ page }) => {
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
    await fillNewModel(page, `Mô hình còn thiếu mục tiêu ${Date.now()}`);
    await page.getByLabel("Mục tiêu").fill("");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/, { timeout: 60_000 });
    const id = /\/mo-hinh\/(\d+)/.exec(page.url())![1];
    const note = "Kính gửi Ban Dân vận xã, đơn vị xin gửi hồ sơ.";
    await page.getByLabel("Ghi chú gửi cấp thẩm định").fill(note);
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await page
      .getByRole("dialog", { name: "Gửi đăng ký mô hình?" })
      .getByRole("button", { name: "Xác nhận gửi" })
      .click();
    const alert = formAlert(page).filter({ hasText: "Hồ sơ chưa đủ thông tin để gửi đăng ký" });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText("Vui lòng nhập mục tiêu");
    await expect(page.getByLabel("Ghi chú gửi cấp thẩm định")).toHaveValue(note);
    await page.getByRole("link", { name: "Sửa hồ sơ để bổ sung" }).click();
    await expect(page).toHaveURL(new RegExp(`/mo-hinh/${id}/sua$`));
  });
});

test.describe("Lưu chưa được thì không phải chọn lại tệp", () => {
  test("thiếu tên mô hình: báo lỗi, ảnh đã chọn vẫn còn trong ô chọn tệp; nhập tên rồi lưu là có ảnh", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await login(page, "canbo");
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
    const photo = await jpegOf(page, 2 * MB);
    const title = `Mô hình giữ tệp khi lưu lỗi ${Date.now()}`;
    await fillNewModel(page, title);
    await page.getByLabel("Tên mô hình").fill("");
    const picker = page.getByLabel("Tệp minh chứng");
    await picker.setInputFiles({ name: "anh-giu-lai.jpg", mimeType: "image/jpeg", buffer: photo });
    await expect(page.getByRole("img", { name: "anh-giu-lai.jpg" })).toBeVisible();
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page.getByLabel("Tên mô hình")).toHaveAttribute("aria-invalid", "true", { timeout: 60_000 });
    await expect
      .poll(() => picker.evaluate((el: HTMLInputElement) => el.files?.[0]?.name ?? null))
      .toBe("anh-giu-lai.jpg");
    await page.getByLabel("Tên mô hình").fill(title);
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/, { timeout: 60_000 });
    expect(sha(await download(page, "anh-giu-lai.jpg"))).toBe(sha(photo));
  });
});

async function switchTo(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
}

test.describe("Đăng ký, thông báo cho người thẩm định", () => {
  test("hành trình: đăng ký mô hình có ảnh 4 MB, gửi (xác nhận), cấp xã thấy thông báo; mở thông báo là đã đọc", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await switchTo(page, "canbo");
    const photo = await jpegOf(page, 4 * MB);
    const title = `Bữa cơm chờ đón con em đi học xa ${Date.now().toString(36)}`;
    await fillNewModel(page, title);
    await page
      .getByLabel("Tệp minh chứng")
      .setInputFiles({ name: "bua-com.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/, { timeout: 60_000 });
    const id = /\/mo-hinh\/(\d+)/.exec(page.url())![1];

    // Submitting locks kind, campaign and committee: it asks first and names the committee.
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    const confirm = page.getByRole("dialog", { name: "Gửi đăng ký mô hình?" });
    await expect(confirm).toContainText("Hồ sơ sẽ được gửi tới");
    await confirm.getByRole("button", { name: "Chưa gửi" }).click();
    await expect(page.getByText("Bản nháp, chưa gửi").first()).toBeVisible();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await confirm.getByRole("button", { name: "Xác nhận gửi" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã gửi đăng ký mô hình." })).toBeVisible();

    await switchTo(page, "xa");
    const bell = page.getByRole("link", { name: /^Thông báo/ }).first();
    await expect(bell).toContainText(/\d/);
    await bell.click();
    const item = page.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("đã gửi đăng ký mô hình");
    await expect(item).toContainText("Chưa đọc");
    // A full load with an unread notification hydrates without error (its open button is a form).
    await page.reload();
    await expect(item).toContainText("Chưa đọc");
    await item.getByRole("button", { name: "Xem mô hình" }).click();
    await expect(page).toHaveURL(new RegExp(`/tham-dinh/${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.goto("/thong-bao");
    const after = page.getByRole("listitem").filter({ hasText: title });
    await expect(after).toBeVisible();
    await expect(after).not.toContainText("Chưa đọc");

    // The province finds it on the model list by words, in any order, without diacritics.
    await switchTo(page, "tinh");
    await page.goto(`/mo-hinh?q=${encodeURIComponent("don cho, BUA com")}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("phiên hết hạn khi đang nhập: về trang đăng nhập có thông báo, đăng nhập lại thì quay về và còn nội dung", async ({
    page,
  }) => {
    await switchTo(page, "canbo");
    const title = "Mô hình đang nhập dở khi phiên hết hạn";
    await fillNewModel(page, title);
    await page.context().clearCookies();
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await signInAgain(page, "canbo", /\/mo-hinh\/moi$/, "/mo-hinh/moi");
    await expect(
      page.getByRole("status").filter({ hasText: "Đã khôi phục nội dung bạn nhập lần trước" }),
    ).toBeVisible();
    await expect(page.getByLabel("Tên mô hình")).toHaveValue(title);
    await expect(page.getByLabel("Ngày bắt đầu")).toHaveValue("15/01/2026");
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/);
    // Saved: the local copy is gone, a new form starts empty.
    await page.goto("/mo-hinh/moi");
    await expect(page.getByLabel("Tên mô hình")).toHaveValue("");
    await expect(page.getByText("Đã khôi phục nội dung")).toHaveCount(0);
  });

  test("máy dùng chung: nội dung đang nhập không hiện cho người đăng nhập sau, và mất khi đăng xuất", async ({
    page,
  }) => {
    const drafts = () => page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("dvk-nhap:")));
    await switchTo(page, "canbo");
    await fillNewModel(page, "Nội dung riêng của cán bộ đơn vị");
    await expect.poll(drafts).toHaveLength(1);
    // The session ends and someone else signs in on the same browser: the text is not theirs to see.
    await page.context().clearCookies();
    await page.goto("/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill("xa");
    await page.getByLabel("Mật khẩu").fill("DanVan@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
    await expect.poll(drafts).toEqual([]);

    // Signing out leaves nothing typed behind either.
    await switchTo(page, "canbo");
    await fillNewModel(page, "Nội dung chưa lưu trước khi đăng xuất");
    await expect.poll(drafts).toHaveLength(1);
    await page.getByRole("button", { name: "Đăng xuất" }).first().click();
    await expect(page).toHaveURL(/\/dang-nhap/);
    await expect.poll(drafts).toEqual([]);
  });

  test("xoá bản nháp của đơn vị sau khi xác nhận; quay lại danh sách giữ bộ lọc và trang", async ({
    page,
    consoleErrors,
  }) => {
    await switchTo(page, "canbo");
    const title = "Bản nháp sẽ bị xoá";
    await fillNewModel(page, title);
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=tao$/);
    const url = page.url().replace(/\?.*$/, "");
    // Back after the redirect shows the saved draft's page history, not a form that saves a duplicate.
    await page.getByRole("button", { name: "Xoá bản nháp" }).click();
    const dialog = page.getByRole("dialog", { name: "Xoá bản nháp này?" });
    await expect(dialog).toContainText(title);
    await dialog.getByRole("button", { name: "Xoá bản nháp" }).click();
    await expect(page).toHaveURL(/\/mo-hinh\?tb=xoa$/);
    await expect(page.getByRole("status").filter({ hasText: "Đã xoá bản nháp." })).toBeVisible();
    expect((await page.goto(url))!.status()).toBe(404);
    allow404(consoleErrors);

    await page.goto("/mo-hinh?state=DRAFT&kind=COLLECTIVE");
    await page.getByRole("list", { name: "Danh sách mô hình" }).getByRole("link").first().click();
    const back = page.getByRole("link", { name: /Quay lại danh sách/ });
    await expect(back).toHaveAttribute("href", "/mo-hinh?kind=COLLECTIVE&state=DRAFT");
    await back.click();
    await expect(page).toHaveURL(/\/mo-hinh\?kind=COLLECTIVE&state=DRAFT$/);
    await expect(page.getByLabel("Trạng thái")).toHaveValue("DRAFT");
  });
});

/** The browser logs every 404 response as a console error: expected here, anything else still fails. */
function allow404(consoleErrors: string[]) {
  const rest = consoleErrors.filter((e) => !/status of 404 \(Not Found\)/.test(e));
  consoleErrors.splice(0, consoleErrors.length, ...rest);
}

test.describe("Không tìm thấy: HTTP 404 với thanh điều hướng của cổng", () => {
  test("mã không có, mã sai dạng, mô hình ngoài phạm vi và mục không được vào", async ({ page, consoleErrors }) => {
    await switchTo(page, "canbo");
    await page.goto("/mo-hinh");
    const href = await page
      .getByRole("list", { name: "Danh sách mô hình" })
      .getByRole("link")
      .first()
      .getAttribute("href");
    const ownId = /\/mo-hinh\/(\d+)/.exec(href!)![1];
    for (const path of [
      "/mo-hinh/99999999",
      "/mo-hinh/abc",
      "/mo-hinh/99999999/sua",
      "/tham-dinh/1",
      "/tham-dinh/99999999",
    ]) {
      const res = await page.goto(path);
      expect(res!.status(), path).toBe(404);
      await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).first()).toBeAttached();
    }
    // Another committee's reviewer: the cadre's model is out of its scope.
    await switchTo(page, "huyen");
    for (const path of [`/mo-hinh/${ownId}`, `/tham-dinh/${ownId}`]) {
      expect((await page.goto(path))!.status(), path).toBe(404);
    }
    allow404(consoleErrors);
  });
});

test.describe("Bàn phím, kiểm tra dữ liệu, màn hình nhỏ", () => {
  const isBlue = (c: string) => c === "rgb(29, 78, 216)";

  test("vòng focus xanh thấy rõ trên mọi nút, kể cả nút đỏ; không có thông báo kiểm tra tiếng Anh của trình duyệt", async ({
    page,
  }) => {
    await switchTo(page, "xa");
    // A red (primary) button keyboard-focused: the ring is the focus blue, not white.
    await page.goto("/tham-dinh");
    await page.keyboard.press("Tab");
    const red = page.getByRole("button", { name: "Tìm và lọc" });
    await red.focus();
    await expect(red).toHaveCSS("background-color", "rgb(185, 28, 28)");
    await expect(red).toHaveCSS("outline-color", "rgb(29, 78, 216)");
    await expect(red).toHaveCSS("outline-style", "solid");
    for (const path of ["/tham-dinh", "/mo-hinh"]) {
      await page.goto(path);
      // The load event can come before React reveals the streamed page in place of its skeleton (React
      // batches reveals): until then the page's controls are in a hidden template and none takes focus.
      await expect(page.locator("main h1")).toBeVisible();
      // And the queue's row boxes are disabled until the page hydrates (ADR 0070): wait, so they are counted.
      const boxes = page.locator("main input[type=checkbox]");
      if (await boxes.count()) await expect(boxes.first()).toBeEnabled();
      await page.keyboard.press("Tab");
      const rings = await page.evaluate(() => {
        const out: { name: string; style: string; color: string; width: string; shadow: string }[] = [];
        const els = document.querySelectorAll<HTMLElement>(
          "main button:not([disabled]), main a[href], main input:not([type=hidden]), main select, main textarea, main summary",
        );
        for (const el of els) {
          if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
          el.focus();
          if (document.activeElement !== el) continue;
          const cs = getComputedStyle(el);
          out.push({
            name: (el.textContent || el.getAttribute("name") || el.tagName).trim().slice(0, 40),
            style: cs.outlineStyle,
            color: cs.outlineColor,
            width: cs.outlineWidth,
            shadow: cs.boxShadow,
          });
        }
        return out;
      });
      expect(rings.length).toBeGreaterThan(3);
      for (const r of rings) {
        expect(
          r.style === "solid" && isBlue(r.color) && parseFloat(r.width) >= 2,
          `${path}: ${JSON.stringify(r)}`,
        ).toBe(true);
      }
    }

    // No form leaves validation to the browser (its messages are English), and no mm/dd/yyyy picker.
    for (const path of ["/tham-dinh", "/mo-hinh"]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      const native = await page.evaluate(
        () =>
          document.querySelectorAll(
            "form:not([novalidate]) :is([required],[type=number],[type=email],[pattern],[min],[max]), input[type=date]",
          ).length,
      );
      expect(native, path).toBe(0);
    }
    await page.goto("/tham-dinh?state=ALL");
    await page.getByRole("list", { name: /./ }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/tham-dinh\/\d+/);
    await expect(page.locator("main h1")).toBeVisible();
    const notRecognize = page.getByRole("button", { name: "Không công nhận", exact: true });
    if (await notRecognize.count()) {
      await notRecognize.click();
      const dialog = page.getByRole("dialog", { name: "Không công nhận" });
      expect(await dialog.locator("form").evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);
      expect(await dialog.locator("[required], input[type=number]").count()).toBe(0);
    }
    await switchTo(page, "canbo");
    for (const path of ["/mo-hinh/moi"]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      const native = await page.evaluate(
        () =>
          document.querySelectorAll(
            "form:not([novalidate]) :is([required],[type=number],[type=email],[pattern],[min],[max]), input[type=date]",
          ).length,
      );
      expect(native, path).toBe(0);
      await expect(page.getByLabel("Ngày bắt đầu")).toHaveAttribute("placeholder", "dd/mm/yyyy");
    }
  });

  test.describe("điện thoại 360 px", () => {
    test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

    test("Esc đóng danh mục; hồ sơ đầu tiên của hàng chờ nằm trên màn hình đầu; cột đơn vị của bảng tiến độ luôn thấy", async ({
      page,
    }) => {
      await switchTo(page, "xa");
      await page.goto("/tham-dinh?state=ALL");
      const menu = page.getByRole("button", { name: "Danh mục" });
      await menu.click();
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();
      // Tabbing past the menu's last item closes it: the focus never sits on the page hidden under the panel.
      await menu.click();
      const panel = page.locator(`[id="${await menu.getAttribute("aria-controls")}"]`);
      const inPanel = await panel.locator("a, button").count();
      for (let i = 0; i < inPanel; i++) await page.keyboard.press("Tab");
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      await page.keyboard.press("Tab");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(panel).toBeHidden();
      // A tap outside closes it too.
      await menu.click();
      await page.locator("footer").dispatchEvent("pointerdown");
      await expect(menu).toHaveAttribute("aria-expanded", "false");

      const first = page.getByRole("checkbox", { name: /^Chọn mô hình / }).first();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height, "hồ sơ đầu tiên trên màn hình đầu").toBeLessThanOrEqual(780);

      await switchTo(page, "tinh");
      await page.goto("/tham-dinh/tien-do");
      const table = page.getByRole("table").first();
      await table.evaluate((t) => (t.parentElement!.scrollLeft = 2000));
      const firstCell = table.locator("tbody th").first();
      const cellBox = (await firstCell.boundingBox())!;
      expect(cellBox.x, "cột hội đồng vẫn ở mép trái khi cuộn ngang").toBeGreaterThanOrEqual(0);
      expect(cellBox.x).toBeLessThan(40);
    });
  });
});

test.describe("Từ ngữ sau sắp xếp 2025", () => {
  test("vai trò và cấp gọi theo cây tổ chức hôm nay; đơn vị trước 1/7/2025 giữ tên cấp như cũ", async ({ page }) => {
    // Districts were abolished on 1/7/2025: the provincial police's party committee is a committee under the
    // province, not "cấp huyện" (the header read "Cán bộ thẩm định cấp huyện" before).
    await switchTo(page, "huyen");
    await expect(page.getByRole("banner")).toContainText(
      "Cán bộ thẩm định cấp trực thuộc tỉnh · Đảng ủy Công an tỉnh Thái Nguyên",
    );
    await expect(page.getByRole("banner")).not.toContainText("cấp huyện");
    await page.goto("/tai-khoan");
    await expect(page.getByRole("heading", { level: 1 }).locator("xpath=..")).toContainText(
      "Cán bộ thẩm định cấp trực thuộc tỉnh",
    );

    await switchTo(page, "quantri");
    await page.goto("/quan-tri?q=huyen");
    await expect(page.getByRole("listitem").filter({ hasText: "Ma Đức Cường" })).toContainText(
      "Cán bộ thẩm định cấp trực thuộc tỉnh",
    );
    const row = (name: string) =>
      page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
    await page.goto(`/quan-tri/don-vi?q=${encodeURIComponent("Công an tỉnh")}&closed=1`);
    await expect(row("Đảng ủy Công an tỉnh Thái Nguyên")).toContainText("Cấp trực thuộc tỉnh");
    // History as it was: the pre-reform police committee was a district-level equivalent, the district a district.
    await expect(row("Đảng bộ Công an tỉnh Bắc Kạn")).toContainText("Tương đương cấp huyện");
    await page.goto(`/quan-tri/don-vi?q=${encodeURIComponent("Huyện Chợ Đồn")}&closed=1`);
    await expect(row("Huyện Chợ Đồn")).toContainText("Cấp huyện");
  });

  test("hộp thoại đề nghị nêu tên hội đồng nhận; công nhận điển hình nói rõ cấp; mô hình đã công nhận không 'đã chờ' trong Cần xử lý", async ({
    page,
  }) => {
    await switchTo(page, "xa");
    await page.goto("/tham-dinh?state=RECOGNIZED");
    const rows = page
      .getByRole("list", { name: /./ })
      .filter({ has: page.getByRole("checkbox") })
      .getByRole("listitem");
    await expect(rows.first()).toBeVisible();
    // A model already typical at this level is only offered upward; the others both steps.
    const typicalRow = rows.filter({ hasText: "Điển hình cấp xã" }).first();
    if (await typicalRow.count()) await expect(typicalRow).toContainText("Đã công nhận: có thể đề nghị cấp trên");
    const plain = rows.filter({ hasNotText: "Điển hình cấp" }).first();
    await expect(plain).toContainText("Đã công nhận: có thể công nhận điển hình hoặc đề nghị cấp trên");
    await expect(plain).not.toContainText("Đã chờ");
    await plain.getByRole("link").first().click();
    const propose = page.getByRole("button", { name: "Đề nghị cấp trên", exact: true });
    const typical = page.getByRole("button", { name: "Công nhận điển hình", exact: true });
    await expect(propose.or(typical).first()).toBeVisible();
    // Counted before any dialog opens (an open modal hides the page's buttons).
    const [proposable, designatable] = [await propose.count(), await typical.count()];
    expect(proposable + designatable).toBeGreaterThan(0);
    if (proposable) {
      await propose.click();
      const dialog = page.getByRole("dialog", { name: "Đề nghị cấp trên" });
      await expect(dialog).toContainText(/Gửi mô hình lên .+ \(cấp tỉnh\) xem xét, công nhận\./);
      await dialog.getByRole("button", { name: "Hủy" }).click();
    }
    if (designatable) {
      await typical.click();
      await expect(page.getByRole("dialog", { name: "Công nhận điển hình" })).toContainText(
        "Công nhận mô hình là điển hình cấp xã.",
      );
    }
  });
});
