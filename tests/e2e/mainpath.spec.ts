import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, formAlert, login, test } from "./fixtures";

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
    for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
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
  await page.getByLabel("Cách làm, phương pháp vận động").fill("Chi bộ họp bàn, đảng viên gương mẫu hiến đất trước, đến từng hộ.");
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
    const thumb = page.getByRole("img", { name: "Ảnh minh chứng: anh-hop-thon.jpg" });
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
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
    await expect(formAlert(page).filter({ hasText: "vượt quá dung lượng cho phép (tối đa 10 MB)" })).toBeVisible({ timeout: 60_000 });
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.every((s) => s < 400)).toBe(true);
  });
});
