import { describe, expect, it } from "vitest";
import { campaignYears } from "./period-years";

const campaign = { id: 1, name: "Giai đoạn 2021–2025", startYear: 2021, endYear: 2025 };

describe("the dashboard's year select (campaignYears)", () => {
  it("a campaign: its span, newest first, whatever the data", () => {
    expect(campaignYears(campaign, 2026, 2024)).toEqual([2025, 2024, 2023, 2022, 2021]);
  });

  it("no campaign: from the first year with a registered model to this year, not ten empty years", () => {
    expect(campaignYears(undefined, 2026, 2023)).toEqual([2026, 2025, 2024, 2023]);
    expect(campaignYears(undefined, 2026, 2026)).toEqual([2026]);
  });

  it("no campaign: at most the last ten years; this year alone when nothing is registered yet", () => {
    expect(campaignYears(undefined, 2026, 2001)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
    expect(campaignYears(undefined, 2026, null)).toEqual([2026]);
    // A first submission dated after this year (a clock off) still lists this year, not an empty select.
    expect(campaignYears(undefined, 2026, 2027)).toEqual([2026]);
  });
});
