import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createModel, createUnit } from "@/tests/fixtures";
import { searchReplicationOrigins } from "./search-replication-origins";
import { createWorld, modelOf, type World } from "./test-world";

let w: World;
let ids: Record<string, number>;
beforeAll(async () => {
  w = await createWorld();
  // A pre-2025 province merged into today's province: its recognized models still count.
  const oldProvince = await createUnit(prisma, {
    name: "Tỉnh Bắc Hà cũ",
    validFrom: new Date("2008-01-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
    successorId: w.tree.province.id,
  });
  const oldCommune = await createUnit(prisma, {
    parentId: oldProvince.id,
    level: "COMMUNE",
    validFrom: new Date("2008-01-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
  });
  const oldCell = await createUnit(prisma, {
    parentId: oldCommune.id,
    validFrom: new Date("2008-01-01T00:00:00Z"),
    validTo: new Date("2025-06-30T00:00:00Z"),
  });
  ids = {
    recognized: (await modelOf(w, "RECOGNIZED", { title: "Dân vận khéo trong làm đường giao thông" })).id,
    typical: (await modelOf(w, "RECOGNIZED", { title: "Dân vận khéo giữ gìn an ninh thôn bản", typical: true })).id,
    proposed: (await modelOf(w, "PROPOSED", { title: "Dân vận khéo xây nhà văn hóa" })).id,
    draft: (await modelOf(w, "DRAFT", { title: "Dân vận khéo bản nháp" })).id,
    submitted: (await modelOf(w, "SUBMITTED", { title: "Dân vận khéo đang chờ" })).id,
    otherUnit: (
      await createModel(prisma, {
        ownerUnitId: w.tree.grassroots.id,
        state: "RECOGNIZED",
        title: "Dân vận khéo của Công an tỉnh",
      })
    ).id,
    merged: (
      await createModel(prisma, {
        ownerUnitId: oldCell.id,
        registeredWithUnitId: oldCommune.id,
        state: "RECOGNIZED",
        title: "Dân vận khéo của tỉnh cũ",
      })
    ).id,
    foreign: (
      await createModel(prisma, {
        ownerUnitId: w.tree.otherGrassroots.id,
        state: "RECOGNIZED",
        title: "Dân vận khéo tỉnh bạn",
      })
    ).id,
  };
});

describe("searchReplicationOrigins", () => {
  it("offers recognized models of the province (any unit, incl. merged provinces), typical first, matched without diacritics", async () => {
    const res = await searchReplicationOrigins(w.cadre, { q: "dan van kheo" });
    if (!res.ok) throw new Error(res.message);
    const got = res.items.map((i) => i.id);
    expect(new Set(got)).toEqual(new Set([ids.recognized, ids.typical, ids.proposed, ids.otherUnit, ids.merged]));
    expect(got[0]).toBe(ids.typical);
    expect(res.items[0]).toMatchObject({ recognizedLevel: "COMMUNE", typicalLevel: "COMMUNE" });
  });

  it("narrows by title and leaves out the model being edited", async () => {
    const res = await searchReplicationOrigins(w.cadre, { q: "GIAO THONG" });
    expect(res.ok && res.items.map((i) => i.id)).toEqual([ids.recognized]);
    const excluded = await searchReplicationOrigins(w.cadre, { q: "giao thong", excludeId: String(ids.recognized) });
    expect(excluded.ok && excluded.items).toEqual([]);
  });

  it("is for registering cadres only", async () => {
    for (const who of ["communeReviewer", "provinceOfficer", "admin"] as const) {
      expect(await searchReplicationOrigins(w[who], { q: "dan van" })).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});
