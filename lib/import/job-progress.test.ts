import { describe, expect, it } from "vitest";
import { jobProgress } from "./job-progress";

describe("jobProgress", () => {
  it("shows the rows read while the total is unknown, never a total of 0", () => {
    expect(jobProgress({ status: "PREVIEWING", totalRows: 0, processedRows: 6000 })).toEqual({
      pct: null,
      label: "Đã đọc 6.000 dòng",
    });
  });
  it("shows done / total once the total is known (apply), and 100 % when finished", () => {
    expect(jobProgress({ status: "APPLYING", totalRows: 10000, processedRows: 5000 })).toEqual({
      pct: 50,
      label: "5.000 / 10.000 dòng",
    });
    expect(jobProgress({ status: "PREVIEWED", totalRows: 3, processedRows: 3 })).toEqual({
      pct: 100,
      label: "3 / 3 dòng",
    });
  });
});
