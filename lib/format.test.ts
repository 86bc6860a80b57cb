import { describe, expect, it } from "vitest";
import { compareVi, formatDocumentDay } from "./format";

describe("formatDocumentDay", () => {
  it("dates an instant by its calendar day in Vietnam (UTC+7), in the document style", () => {
    // 21:50 UTC on 2 December is 04:50 on 3 December in Hà Nội.
    expect(formatDocumentDay(new Date("2026-12-02T21:50:00Z"))).toBe("ngày 03 tháng 12 năm 2026");
    expect(formatDocumentDay(new Date("2026-12-02T16:59:59Z"))).toBe("ngày 02 tháng 12 năm 2026");
    // A zero before days 1–9 and the months 1 and 2 only.
    expect(formatDocumentDay(new Date("2025-02-04T17:00:00Z"))).toBe("ngày 05 tháng 02 năm 2025");
    expect(formatDocumentDay(new Date("2025-06-25T03:00:00Z"))).toBe("ngày 25 tháng 6 năm 2025");
  });
});

describe("compareVi", () => {
  it("orders names as a Vietnamese reader does: Ă and Â after A, Đ after D, not by code point", () => {
    const names = ["Đông Hòa", "Ân Thi", "Bình Minh", "Ăn Ba", "Dương Kinh", "An Phú", "Ea Kar"];
    expect([...names].sort(compareVi)).toEqual([
      "An Phú",
      "Ăn Ba",
      "Ân Thi",
      "Bình Minh",
      "Dương Kinh",
      "Đông Hòa",
      "Ea Kar",
    ]);
    expect(compareVi("Hòa", "Hòa")).toBe(0);
  });
});
