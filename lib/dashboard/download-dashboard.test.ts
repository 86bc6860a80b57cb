import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";

const generatedAt = vi.hoisted(() => ({ at: new Date() }));
vi.mock("./get-dashboard", () => ({
  getDashboard: async () => ({
    ok: true,
    dashboard: { unit: { id: 655, name: "Xã Chợ Đồn" }, filter: {}, generatedAt: generatedAt.at },
  }),
}));
vi.mock("./export-dashboard-xlsx", () => ({ renderDashboardXlsx: async () => Buffer.from("xlsx") }));

const { dashboardFileName, downloadDashboard } = await import("./download-dashboard");
const officer = { role: "PROVINCE_OFFICER", unitId: 1, unitLevel: "PROVINCE" } as unknown as Actor;

describe("downloadDashboard: the file's name", () => {
  it("carries the Vietnamese date the file was made, the same day its 'Ngày lập' line shows", async () => {
    // 18:30 UTC on 2 December is 01:30 on 3 December in Vietnam.
    generatedAt.at = new Date("2026-12-02T18:30:00Z");
    const late = await downloadDashboard(officer, new URLSearchParams("unit=655"));
    expect(late.status).toBe(200);
    expect(late.headers.get("Content-Disposition")).toContain('filename="Thong ke Xa Cho Don (03-12-2026).xlsx"');

    generatedAt.at = new Date("2026-12-02T16:59:59Z");
    const early = await downloadDashboard(officer, new URLSearchParams("unit=655"));
    expect(early.headers.get("Content-Disposition")).toContain('filename="Thong ke Xa Cho Don (02-12-2026).xlsx"');
  });
});

describe("dashboardFileName", () => {
  it("names the unit, the period and the day, with the characters a file name cannot hold replaced", () => {
    expect(dashboardFileName("Tỉnh Thái Nguyên", "2026-12-07")).toBe("Thống kê Tỉnh Thái Nguyên (07-12-2026).xlsx");
    expect(dashboardFileName("Tỉnh Thái Nguyên", "2026-12-07", { year: 2025 })).toBe(
      "Thống kê Tỉnh Thái Nguyên năm 2025 (07-12-2026).xlsx",
    );
    expect(dashboardFileName("Xã Na Rì", "2026-12-07", { campaignCode: "DVK-2026", year: 2026, quarter: 3 })).toBe(
      "Thống kê Xã Na Rì đợt DVK-2026 quý 3 năm 2026 (07-12-2026).xlsx",
    );
    expect(dashboardFileName('Tổ "A/B": thôn 1\\2', "2026-12-07")).toBe("Thống kê Tổ -A-B- thôn 1-2 (07-12-2026).xlsx");
  });
});
