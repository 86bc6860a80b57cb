// A province officer edits a campaign's scoring criteria and closes it: a line left out is removed (it was
// once kept behind "Đã lưu."), a refused save does not stand under the last save's "Đã lưu.", and closing
// asks first.
import { expect, login, signInAgain, test } from "./fixtures";

test("đợt thi đua: bỏ một tiêu chí thì tiêu chí mất; lần lưu bị từ chối không còn 'Đã lưu.'; đóng đợt hỏi lại trước", async ({
  page,
}) => {
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/dot-thi-dua");
  const create = page.locator("form").filter({ has: page.locator("#tao-dot-form-code") });
  await create.getByLabel(/^Mã đợt/).fill(`E2E-${Date.now().toString(36)}`);
  await create.getByLabel(/^Tên đợt/).fill("Đợt thử tiêu chí chấm điểm");
  await create.getByLabel(/^Ngày bắt đầu/).fill("01/01/2027");
  await create.getByLabel(/^Ngày kết thúc/).fill("31/12/2027");
  await create.getByRole("button", { name: "Tạo đợt thi đua" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo đợt thi đua." })).toBeVisible();
  await expect(page).toHaveURL(/\/dot-thi-dua\/\d+$/);

  const edit = page.locator("form").filter({ has: page.locator("#sua-dot-form-criteria") });
  const criteria = edit.getByLabel(/^Tiêu chí chấm điểm/);
  await expect(criteria).toHaveValue("HQ | Hiệu quả | 40\nST | Sáng tạo | 30\nNR | Khả năng nhân rộng | 30");
  await criteria.fill("HQ | Hiệu quả | 50\nST | Sáng tạo | 50");
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.reload();
  await expect(criteria).toHaveValue("HQ | Hiệu quả | 50\nST | Sáng tạo | 50");
  // Said once: the reload does not say "Đã lưu." again.
  await expect(page.getByText("Đã lưu.", { exact: true })).toHaveCount(0);

  // A refused save: its own message, and the earlier "Đã lưu." is gone.
  await criteria.fill("HQ | Hiệu quả | abc");
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(edit.getByRole("alert")).toHaveText("Vui lòng kiểm tra các trường được đánh dấu.");
  await expect(page.getByText("Đã lưu.", { exact: true })).toHaveCount(0);

  // Opening and closing ask first; Hủy changes nothing.
  await page.getByRole("button", { name: "Mở đợt" }).click();
  const dialog = page.getByRole("dialog", { name: "Mở đợt thi đua?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Đóng đợt" })).toHaveCount(0);
  await page.getByRole("button", { name: "Mở đợt" }).click();
  await dialog.getByRole("button", { name: "Mở đợt" }).click();
  await expect(page.getByRole("button", { name: "Đóng đợt" })).toBeVisible();
  await page.getByRole("button", { name: "Đóng đợt" }).click();
  const close = page.getByRole("dialog", { name: "Đóng đợt thi đua?" });
  await expect(close).toContainText("không đăng ký được mô hình mới");
  await close.getByRole("button", { name: "Đóng đợt" }).click();
  await expect(page.getByRole("button", { name: "Mở lại đợt" })).toBeVisible();
  // The step by its name, where focus lands; not "Đã lưu." (the edit form may hold unsaved text).
  await expect(page.getByRole("status").filter({ hasText: "Đã đóng đợt thi đua." })).toBeFocused();
});

test("đợt thi đua: phiên hết hạn khi đang sửa thì nội dung còn; đăng nhập lại, quay về, lưu được; tạo đợt cũng vậy", async ({
  page,
}) => {
  await login(page, "tinh");
  await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
  await page.goto("/dot-thi-dua");
  const create = page.locator("form").filter({ has: page.locator("#tao-dot-form-code") });
  // A campaign of a past year: the shared e2e database must not offer it to the next journeys' new models,
  // nor list it first on the dashboard (campaigns are listed newest first).
  const code = `E2E-H-${Date.now().toString(36)}`;
  await create.getByLabel(/^Mã đợt/).fill(code);
  await create.getByLabel(/^Tên đợt/).fill("Đợt tạo khi phiên hết hạn");
  await create.getByLabel(/^Ngày bắt đầu/).fill("01/01/2019");
  await create.getByLabel(/^Ngày kết thúc/).fill("31/12/2019");
  await page.context().clearCookies();
  await create.getByRole("button", { name: "Tạo đợt thi đua" }).click();
  await signInAgain(page, "tinh", /\/dot-thi-dua$/);
  await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục nội dung bạn nhập lần trước" })).toBeVisible();
  await expect(create.getByLabel(/^Mã đợt/)).toHaveValue(code);
  await expect(create.getByLabel(/^Ngày kết thúc/)).toHaveValue("31/12/2019");
  await create.getByRole("button", { name: "Tạo đợt thi đua" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo đợt thi đua." })).toBeVisible();
  const campaignUrl = new URL(page.url()).pathname;
  // Created: the creation form starts empty again.
  await page.goto("/dot-thi-dua");
  await expect(create.getByLabel(/^Mã đợt/)).toHaveValue("");
  await expect(page.getByText("Đã khôi phục nội dung")).toHaveCount(0);

  await page.goto(campaignUrl);
  const edit = page.locator("form").filter({ has: page.locator("#sua-dot-form-criteria") });
  const criteria = edit.getByLabel(/^Tiêu chí chấm điểm/);
  await edit.getByLabel(/^Tên đợt/).fill("Đợt đổi tên khi phiên hết hạn");
  await criteria.fill("HQ | Hiệu quả | 60\nST | Sáng tạo | 40");
  await page.context().clearCookies();
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await signInAgain(page, "tinh", new RegExp(`${campaignUrl}$`));
  await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục nội dung bạn nhập lần trước" })).toBeVisible();
  await expect(edit.getByLabel(/^Tên đợt/)).toHaveValue("Đợt đổi tên khi phiên hết hạn");
  await expect(criteria).toHaveValue("HQ | Hiệu quả | 60\nST | Sáng tạo | 40");
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đợt đổi tên khi phiên hết hạn");
  // Saved: nothing is offered back on the next visit.
  await page.goto(campaignUrl);
  await expect(criteria).toHaveValue("HQ | Hiệu quả | 60\nST | Sáng tạo | 40");
  await expect(page.getByText("Đã khôi phục nội dung")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Nội dung bạn đã nhập trên bản cũ" })).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("dvk-nhap:")))).toEqual([]);

  // Closed at the end (opened first: a planned campaign is offered to new models), so the next journeys in the
  // shared database still find one campaign to register with; each step says what it did.
  await page.getByRole("button", { name: "Mở đợt" }).click();
  await page.getByRole("dialog", { name: "Mở đợt thi đua?" }).getByRole("button", { name: "Mở đợt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã mở đợt thi đua." })).toBeVisible();
  await page.getByRole("button", { name: "Đóng đợt" }).click();
  await page.getByRole("dialog", { name: "Đóng đợt thi đua?" }).getByRole("button", { name: "Đóng đợt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã đóng đợt thi đua." })).toBeVisible();
});
