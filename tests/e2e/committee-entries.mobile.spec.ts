// Journey (360 px, keyboard only): a commune committee registers a model on behalf of a hamlet without an
// account, with a 4 MB phone photo, and records a past model as a historic entry (ADR 0052); the
// administrator reads the province's issued decision (issue 12). Labels, Tab order, Vietnamese errors
// announced and tied to their fields, nothing wider than the screen, no axe violation.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, formAlert, login, test } from "./fixtures";

async function noSideScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "trang không bị tràn ngang ở 360 px").toBeLessThanOrEqual(360);
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Tab from `start` through the form, returning each focused control's id (buttons by their text). */
async function tabOrder(page: Page, start: Locator, steps: number): Promise<string[]> {
  await start.focus();
  const seen: string[] = [];
  for (let i = 0; i < steps; i++) {
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.id || `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`;
      }),
    );
    await page.keyboard.press("Tab");
  }
  return seen;
}

/** The focused control is marked invalid and its description reads `message`. */
async function focusedFieldSays(page: Page, message: string | RegExp) {
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-invalid", "true");
  const ids = (await focused.getAttribute("aria-describedby"))!.split(" ");
  const text = (await Promise.all(ids.map((id) => page.locator(`#${id}`).textContent()))).join(" ");
  expect(text).toMatch(message);
}

/** Moves a focused select down until its chosen option is not `avoid` (the keyboard's way to choose). */
async function chooseByKeyboard(page: Page, select: Locator, avoid?: RegExp) {
  await select.focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("ArrowDown");
    const label = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "");
    if ((await select.inputValue()) !== "" && !(avoid && avoid.test(label))) return label;
  }
  throw new Error("no option to choose");
}

/** A real JPEG about the size a phone takes (noise does not compress), drawn by the browser itself. */
async function phonePhoto(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(async () => {
    const canvas = document.createElement("canvas");
    canvas.width = 2560;
    canvas.height = 1920;
    const ctx = canvas.getContext("2d")!;
    const img = ctx.createImageData(canvas.width, canvas.height);
    let x = 7;
    for (let i = 0; i < img.data.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      img.data[i] = i % 4 === 3 ? 255 : (x >> 16) & 255;
    }
    ctx.putImageData(img, 0, 0);
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), "image/jpeg", 0.92));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = "";
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(b64, "base64");
}

async function signIn(page: Page, username: string) {
  await page.context().clearCookies();
  await login(page, username);
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
}

test.describe("Ban của xã đăng ký thay và ghi nhận bổ sung, chỉ bằng bàn phím (360 px)", () => {
  test("đăng ký thay cho thôn chưa có tài khoản, kèm ảnh 4 MB; không có “Yêu cầu bổ sung” và nói vì sao", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    // Every unit of the demo has an account: the administrator adds a hamlet that has none.
    const hamlet = `Thôn Khuổi Lừa ${Date.now().toString(36)}`;
    await signIn(page, "quantri");
    await page.goto("/quan-tri/don-vi");
    await page.getByLabel("Tên đơn vị").fill(hamlet);
    await page.getByLabel("Cấp", { exact: true }).selectOption("GRASSROOTS");
    await page.getByLabel("Loại", { exact: true }).selectOption("HAMLET");
    await page.getByLabel("Mã đơn vị cấp trên").fill("X-02020");
    await page.getByLabel("Hiệu lực từ").fill("01/07/2025");
    await page.getByRole("button", { name: "Lập đơn vị" }).click();
    // The form says "Đã lập đơn vị." and goes on to the new unit's page at once (the message may be gone
    // before it is read): the unit's own page is the proof.
    await expect(page).toHaveURL(/\/quan-tri\/don-vi\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: hamlet })).toBeVisible();

    await signIn(page, "xa");
    await page.goto("/tham-dinh/dang-ky-thay");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký mô hình thay cho đơn vị");
    await noSideScroll(page);
    await noAxeViolations(page);

    // Tab order follows the page: the unit search, then every field top to bottom, the files, the button.
    expect(await tabOrder(page, page.getByLabel("Tìm đơn vị (tên không dấu hoặc mã)"), 17)).toEqual([
      "tim-don-vi",
      "button:Tìm",
      "dang-ky-thay-ownerUnitId",
      "dang-ky-thay-kind",
      "dang-ky-thay-title",
      "dang-ky-thay-fieldId",
      "dang-ky-thay-campaignId",
      "dang-ky-thay-personHonorific",
      "dang-ky-thay-personName",
      "dang-ky-thay-personPosition",
      "dang-ky-thay-address",
      "dang-ky-thay-goals",
      "dang-ky-thay-methods",
      "dang-ky-thay-startDate",
      "dang-ky-thay-expectedResults",
      "files",
      "button:Đăng ký và gửi",
    ]);
    await expect(page.getByLabel("Tên mô hình")).toHaveAttribute("aria-required", "true");
    await expect(page.getByLabel("Tên mô hình (bắt buộc)", { exact: true })).toBeVisible();

    // Sent empty with Enter on the button: the message is announced and focus lands on the first field to fix.
    await page.getByRole("button", { name: "Đăng ký và gửi" }).focus();
    await page.keyboard.press("Enter");
    await expect(formAlert(page)).toHaveText("Thông tin chưa hợp lệ. Vui lòng kiểm tra các mục được đánh dấu.");
    await focusedFieldSays(page, /đơn vị/i);
    await noSideScroll(page);

    // Filled by keyboard only: the unit found by its name typed without diacritics (a GET search).
    await page.getByLabel("Tìm đơn vị (tên không dấu hoặc mã)").focus();
    await page.keyboard.type(hamlet.replace("Khuổi Lừa", "khuoi lua"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/donvi=/);
    const unitSelect = page.getByLabel("Đơn vị (bắt buộc)", { exact: true });
    await expect(unitSelect.locator("option:checked")).toHaveText(new RegExp(`^${hamlet} — Xã Chợ Đồn`));
    const title = `Thôn vận động hiến đất làm đường ${Date.now().toString(36)}`;
    await page.getByLabel("Tên mô hình").focus();
    await page.keyboard.type(title);
    await chooseByKeyboard(page, page.getByLabel("Lĩnh vực"));
    const campaign = page.getByLabel("Đợt thi đua");
    if ((await campaign.inputValue()) === "") await chooseByKeyboard(page, campaign);
    for (const [label, text] of [
      ["Mục tiêu", "Mở rộng đường liên thôn để bà con đi lại thuận tiện, nhất là mùa mưa."],
      ["Cách làm, phương pháp vận động", "Chi bộ họp dân, cán bộ đến từng hộ vận động, người có uy tín làm trước."],
      ["Ngày bắt đầu", "15/01/2026"],
      ["Kết quả dự kiến", "Hai cây số đường bê tông rộng bốn mét, ba mươi hộ hiến đất."],
    ] as const) {
      await page.getByLabel(label, { exact: false }).first().focus();
      await page.keyboard.type(text);
    }
    const photo = await phonePhoto(page);
    expect(photo.length).toBeGreaterThan(4_000_000);
    expect(photo.length).toBeLessThan(10 * 1024 * 1024);
    await page.getByLabel("Tệp minh chứng").focus();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    await chooser.setFiles({ name: "Ảnh họp thôn.jpg", mimeType: "image/jpeg", buffer: photo });
    await expect(page.getByRole("list", { name: "Xem trước ảnh đã chọn" })).toContainText("Ảnh họp thôn.jpg");
    await noSideScroll(page);
    await page.getByRole("button", { name: "Đăng ký và gửi" }).focus();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=thay$/, { timeout: 60_000 });
    const id = /\/mo-hinh\/(\d+)/.exec(page.url())![1];
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("Ảnh họp thôn.jpg", { exact: true })).toBeVisible();
    await noSideScroll(page);

    // The committee holds it; nobody could answer a revision request, so it is not offered, and the panel says why.
    await page.goto(`/tham-dinh/${id}`);
    const panel = page.locator("section[aria-labelledby=tham-dinh-panel]");
    await expect(panel.getByRole("button", { name: "Công nhận", exact: true })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Yêu cầu bổ sung", exact: true })).toHaveCount(0);
    await expect(panel).toContainText(`Đơn vị “${hamlet}” chưa có tài khoản cán bộ đơn vị`);
    await noSideScroll(page);
  });

  test("ghi nhận bổ sung mô hình của đợt đã kết thúc: lỗi ngày được đọc, rồi lưu", async ({ page }) => {
    await signIn(page, "xa");
    await page.goto("/tham-dinh/ghi-nhan-bo-sung");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ghi nhận bổ sung mô hình của đợt đã kết thúc");
    await noSideScroll(page);
    await noAxeViolations(page);
    expect(await tabOrder(page, page.getByLabel("Kết quả xét công nhận"), 8)).toEqual([
      "ghi-nhan-bo-sung-outcome",
      "ghi-nhan-bo-sung-outcomeDate",
      "ghi-nhan-bo-sung-reference",
      "ghi-nhan-bo-sung-goals",
      "ghi-nhan-bo-sung-results",
      "files",
      "button:Ghi nhận",
      // Past the form: the page's footer or nothing, never back into the form.
      expect.not.stringMatching(/^ghi-nhan-bo-sung-/),
    ]);

    await chooseByKeyboard(page, page.getByLabel("Đơn vị (bắt buộc)", { exact: true }), /Nà Lẹng/);
    await page.getByLabel("Tên mô hình").focus();
    await page.keyboard.type(`Chi bộ vận động làm nhà văn hoá năm 2024 ${Date.now().toString(36)}`);
    await chooseByKeyboard(page, page.getByLabel("Lĩnh vực"));
    // The demo's 2021–2025 period, which the dates below fall in (other journeys may have closed a campaign too).
    const campaign = page.getByLabel("Đợt thi đua");
    if (!/2021–2025/.test(await campaign.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? "")))
      await chooseByKeyboard(page, campaign, /^(?!.*2021–2025)/);
    await chooseByKeyboard(page, page.getByLabel("Kết quả xét công nhận"));
    // A date that is not a date: the error is in Vietnamese, on the field, and the field has the focus.
    await page.getByLabel("Ngày xét công nhận").focus();
    await page.keyboard.type("31/02/2024");
    await page.getByRole("button", { name: "Ghi nhận" }).focus();
    await page.keyboard.press("Enter");
    await expect(formAlert(page)).toBeVisible();
    await expect(page.getByLabel("Ngày xét công nhận")).toBeFocused();
    await focusedFieldSays(page, "Vui lòng nhập ngày xét công nhận (ngày/tháng/năm).");
    await noSideScroll(page);

    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("20/12/2024");
    await page.getByRole("button", { name: "Ghi nhận" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/mo-hinh\/\d+\?tb=bo-sung$/, { timeout: 30_000 });
    await expect(page.getByText("Ghi nhận bổ sung").first()).toBeVisible();
  });
});

test("quản trị viên xem quyết định đã ban hành, bản in và PDF, nhưng không lập hay mở lại (360 px)", async ({
  page,
}) => {
  await signIn(page, "quantri");
  await page.goto("/quyet-dinh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quyết định khen thưởng");
  await expect(page.getByRole("link", { name: "Tạo quyết định" })).toHaveCount(0);
  await noSideScroll(page);
  await page.getByRole("list", { name: "Danh sách quyết định khen thưởng" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/quyet-dinh\/\d+$/);
  const id = /\/quyet-dinh\/(\d+)/.exec(page.url())![1];
  await expect(page.getByText("Bạn chỉ xem quyết định này", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mở lại để sửa" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sửa thông tin" })).toHaveCount(0);
  await noSideScroll(page);
  const pdf = await page.request.get(`/api/quyet-dinh/${id}/tai-ve?dinh-dang=pdf`);
  expect([pdf.status(), pdf.headers()["content-type"]]).toEqual([200, "application/pdf"]);
  await page.getByRole("link", { name: "Bản in" }).click();
  await expect(page).toHaveURL(new RegExp(`/quyet-dinh/${id}/in$`));
  await expect(page.getByText("DANH SÁCH", { exact: false }).first()).toBeVisible();
  expect((await page.request.get("/quyet-dinh/moi")).status()).toBe(404);
});
