import { describe, expect, it } from "vitest";
import { renderNotification } from "@/lib/notifications/render-notification";
import { actorRoleName, levelPhrase, levelTitle, roleName } from "./levels";
import { roleLabels, typicalAtLevel, unitKindLabels, unitLevelLabels } from "./vi";

const police = { level: "DISTRICT", kind: "DISTRICT_EQUIVALENT", name: "Đảng ủy Công an tỉnh Thái Nguyên" } as const;
const trafficPolice = {
  level: "COMMUNE",
  kind: "COMMUNE_EQUIVALENT",
  name: "Đảng bộ Phòng Cảnh sát giao thông",
} as const;
const oldDistrict = { level: "DISTRICT", kind: "DISTRICT", name: "Huyện Chợ Đồn" } as const;
const commune = { level: "COMMUNE", kind: "COMMUNE", name: "Xã Chợ Đồn" } as const;
const specialZone = { level: "COMMUNE", kind: "COMMUNE_EQUIVALENT", name: "Đặc khu Phú Quốc" } as const;
const TODAY = new Date("2026-12-02T03:00:00Z");
const BEFORE = new Date("2024-05-10T03:00:00Z");

// Each expectation below read differently before issue 13's "words after the 2025 reorganisation": the
// role labels were fixed per role ("Cán bộ thẩm định cấp huyện") and levels per enum ("Cấp huyện", "Cấp xã").
describe("levels and roles named by what they are on the date", () => {
  it("a reviewer at the provincial police's party committee today is not 'cấp huyện' (districts are gone)", () => {
    expect(roleName("DISTRICT_REVIEWER", police, TODAY)).toBe("Cán bộ thẩm định cấp trực thuộc tỉnh");
    expect(roleLabels.DISTRICT_REVIEWER).toBe("Cán bộ thẩm định cấp trực thuộc tỉnh");
    expect(
      actorRoleName({
        role: "DISTRICT_REVIEWER",
        unitLevel: "DISTRICT",
        unitKind: "DISTRICT_EQUIVALENT",
        unitName: police.name,
      }),
    ).not.toMatch(/cấp huyện|cấp xã/);
  });

  it("a police department's party committee (commune level) is not 'cấp xã'", () => {
    expect(roleName("COMMUNE_REVIEWER", trafficPolice, TODAY)).toBe("Cán bộ thẩm định tương đương cấp xã");
    expect(typicalAtLevel(trafficPolice, TODAY)).toBe("Điển hình tương đương cấp xã");
    expect(roleName("COMMUNE_REVIEWER", commune, TODAY)).toBe("Cán bộ thẩm định cấp xã");
    expect(roleName("COMMUNE_REVIEWER", specialZone, TODAY)).toBe("Cán bộ thẩm định cấp xã");
  });

  it("history reads as it was: a district and an equivalent before 1/7/2025", () => {
    expect(levelTitle(oldDistrict, BEFORE)).toBe("Cấp huyện");
    expect(typicalAtLevel(oldDistrict, BEFORE)).toBe("Điển hình cấp huyện");
    expect(levelPhrase(police, BEFORE)).toBe("tương đương cấp huyện");
    expect(levelPhrase(police, new Date("2025-06-30T16:59:00Z"))).toBe("tương đương cấp huyện");
    expect(levelPhrase(police, "2025-07-01")).toBe("cấp trực thuộc tỉnh");
    expect(levelPhrase({ level: "DISTRICT" }, BEFORE)).toBe("cấp huyện");
    expect(levelPhrase({ level: "DISTRICT" }, TODAY)).toBe("cấp trực thuộc tỉnh");
  });

  it("where neither the unit nor the period is known, the words fit both", () => {
    expect(unitLevelLabels.DISTRICT).toBe("Cấp huyện, trực thuộc tỉnh");
    expect(typicalAtLevel("DISTRICT")).toBe("Điển hình cấp huyện, trực thuộc tỉnh");
    expect(unitLevelLabels.COMMUNE).toBe("Cấp xã");
    expect(unitLevelLabels.PROVINCE).toBe("Cấp tỉnh");
    expect(unitKindLabels.DISTRICT_EQUIVALENT).toBe("Đảng bộ trực thuộc tỉnh (đến 30/6/2025: tương đương cấp huyện)");
  });

  it("a notification names its level as it was when it was written, by its committee when known", () => {
    const params = { title: "Đường làng", level: "DISTRICT" };
    expect(renderNotification("model.recognized", params, TODAY)).toBe(
      "Mô hình “Đường làng” đã được công nhận cấp trực thuộc tỉnh.",
    );
    expect(renderNotification("model.recognized", params, BEFORE)).toBe(
      "Mô hình “Đường làng” đã được công nhận cấp huyện.",
    );
    expect(
      renderNotification(
        "model.typical",
        { title: "Đường làng", level: "COMMUNE", levelUnit: { kind: trafficPolice.kind, name: trafficPolice.name } },
        TODAY,
      ),
    ).toBe("Mô hình “Đường làng” đã được công nhận điển hình tương đương cấp xã.");
  });
});
