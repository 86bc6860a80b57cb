// Issue 15: "print/PDF a one-page conference report with the charts, titled with the unit, the period and the
// date it was produced". Chromium's own print-to-PDF (page.pdf, print media, the page's @page size) of each
// scope's dashboard on the demo data, read back with unpdf: one page, the title, the period, today's date in
// Vietnam, a KPI figure as on screen, the charts drawn, nothing screen-only.
import { extractText, getDocumentProxy } from "unpdf";
import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

/** Today in Vietnam as the report's date line writes it ("ngày 03 tháng 12 năm 2026", NĐ 30/2020). */
function todayInVietnam(): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      day: "numeric",
      month: "numeric",
      year: "numeric",
    })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  const day = p.day.padStart(2, "0");
  const month = Number(p.month) <= 2 ? p.month.padStart(2, "0") : String(Number(p.month));
  return `ngày ${day} tháng ${month} năm ${p.year}`;
}

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

async function printed(page: Page) {
  // The four charts are drawn (recharts loads in the browser) before printing.
  await expect(page.locator("[data-chart] .recharts-wrapper > svg.recharts-surface")).toHaveCount(4, {
    timeout: 30_000,
  });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  const first = await doc.getPage(1);
  const [, , w, h] = first.view;
  return { pages: doc.numPages, text: squash(text), landscape: w > h, size: [w, h].map(Math.round) };
}

const scopes = [
  // The province with a campaign chosen: the period line names it.
  { user: "tinh", who: "province", campaign: true },
  // The largest scope there is: the administrator's whole tree, every campaign.
  { user: "quantri", who: "administrator (whole tree)", campaign: false },
  { user: "huyen", who: "district-level committee", campaign: false },
  { user: "xa", who: "commune", campaign: false },
];

for (const s of scopes) {
  test(`${s.who}: the conference report prints on one A4 page with its title, period, date and figures`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await login(page, s.user);
    await expect(page).toHaveURL(/\/$/, { timeout: 45_000 });
    await page.goto("/thong-ke");
    let period = "toàn bộ thời gian";
    if (s.campaign) {
      const option = page.getByLabel("Đợt thi đua").locator("option").nth(1);
      const id = await option.getAttribute("value");
      period = squash((await option.textContent())!);
      await page.goto(`/thong-ke?campaign=${id}`);
    }
    await expect(page.getByRole("heading", { level: 1, name: /Thống kê phong trào/ })).toBeVisible();
    const trail = page.getByRole("navigation", { name: "Đơn vị đang xem" });
    const unit = squash((await trail.locator("[aria-current=page]").textContent())!);
    const registered = squash((await page.locator("[data-figure=registered]").first().textContent())!);
    const recognized = squash((await page.locator("[data-figure=recognized]").first().textContent())!);
    // Labels drawn only by the charts in print (their tables are left out): the first quarter and field.
    await expect(page.locator("[data-chart] .recharts-wrapper > svg.recharts-surface")).toHaveCount(4, {
      timeout: 30_000,
    });
    const tick = async (chart: string) =>
      squash(
        (await page
          .locator(`[data-chart=${chart}] .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label`)
          .first()
          .textContent())!,
      );
    const chartLabels = [await tick("trend"), await tick("fields")];

    const r = await printed(page);
    console.log(`${s.user}: ${r.pages} trang, ${r.size.join("×")} pt`);
    expect(r.pages, `${s.user}: số trang khi in`).toBe(1);
    expect(r.landscape).toBe(true);
    expect(r.size).toEqual([842, 595]); // A4 landscape in PDF points

    expect(r.text).toContain(`BÁO CÁO SỐ LIỆU PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” — ${unit.toUpperCase()}`);
    expect(r.text).toContain(`Kỳ báo cáo: ${period}`);
    expect(r.text).toContain(todayInVietnam());
    expect(r.text).toContain(`Đã đăng ký ${registered}`);
    expect(r.text).toContain(`Được công nhận ${recognized}`);
    // The charts are painted at their print size (an SVG left in Recharts' 0×0 box prints nothing).
    for (const label of chartLabels) expect(r.text, label).toContain(label);
    // The review progress in one line, the ranked units cut to the top ones.
    expect(r.text).toMatch(/\d+\/\d+ ban chỉ đạo đã thẩm định|Không có ban chỉ đạo cấp dưới/);
    // Nothing of the screen: the filter form, buttons, sort arrows, hints, navigation, demo banner, skip link.
    for (const screenOnly of [
      "Xem số liệu",
      "Tải Excel (XLSX)",
      "In báo cáo hội nghị",
      "Bấm tên đơn vị",
      "Bấm vào một con số",
      "Bỏ qua, đến nội dung chính",
      "Dữ liệu mẫu",
      "Số liệu lúc",
      "Đăng xuất",
      "↕",
      "▼",
    ])
      expect(r.text, screenOnly).not.toContain(screenOnly);
  });
}
