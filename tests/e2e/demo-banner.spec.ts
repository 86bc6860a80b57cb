// `npm start` on the embedded default is a demo: every page says so (the first-run journey checks the opposite).
import { test, expect, login } from "./fixtures";

test("the demo shows the “Dữ liệu mẫu” banner before and after sign-in", async ({ page }) => {
  await page.goto("/dang-nhap");
  await expect(page.getByRole("note")).toContainText("Dữ liệu mẫu");
  await login(page, "quantri");
  await page.getByRole("link", { name: "Tài khoản của tôi" }).first().click();
  await expect(page.getByRole("heading", { name: "Tài khoản của tôi" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Dữ liệu mẫu");
});
