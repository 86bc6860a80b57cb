import { describe, expect, it } from "vitest";
import { cloneModel, createWorld, modelOf } from "@/lib/models/test-world";
import { searchHonoreeCandidates } from "./search-honoree-candidates";

describe("searchHonoreeCandidates at scale", () => {
  // Failed before the search stayed in SQL: 40,001 matching ids were sent back as query parameters (P2029).
  it("a broad word over 40,000 recognized models answers a page", async () => {
    const w = await createWorld();
    const m = await modelOf(w, "RECOGNIZED", { title: "Chi bộ thôn đoàn kết giữ đường" });
    await cloneModel(m, 40_000);
    const r = await searchHonoreeCandidates(w.provinceOfficer, { q: "thon", typicalOnly: false });
    if (!r.ok) throw new Error(r.message);
    expect([r.items.length, r.total]).toEqual([20, 40_001]);
  }, 120_000);
});
