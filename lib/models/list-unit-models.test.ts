import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createCampaign, createModel } from "@/tests/fixtures";
import { listUnitModels } from "./list-unit-models";
import { createWorld, modelOf, type World } from "./test-world";

let w: World;
let ids: Record<string, number>;
beforeAll(async () => {
  w = await createWorld();
  const other = await createCampaign(prisma, { ownerUnitId: w.tree.province.id, name: "Đợt 2" });
  const at = (d: string) => ({ start: new Date(`${d}T01:00:00Z`), end: new Date(`${d}T02:00:00Z`) });
  ids = {
    road: (
      await modelOf(w, "RECOGNIZED", { title: "Dân vận khéo trong vận động hiến đất làm đường", ...at("2026-01-10") })
    ).id,
    school: (
      await modelOf(w, "DRAFT", {
        title: "Đưa trẻ trở lại trường ở thôn Nà Lẹng",
        fieldId: w.fields[1].id,
        ...at("2026-02-10"),
      })
    ).id,
    person: (
      await modelOf(w, "SUBMITTED", {
        kind: "INDIVIDUAL",
        title: "Bà Mai vận động xóa nhà tạm",
        personName: "Hoàng Thị Đào",
        ...at("2026-03-10"),
      })
    ).id,
    other: (
      await modelOf(w, "DRAFT", { title: "Mô hình của đợt thi đua thứ hai", campaignId: other.id, ...at("2026-04-10") })
    ).id,
  };
  // Another unit's model with the same words must never show.
  await createModel(prisma, { ownerUnitId: w.tree.grassroots.id, title: "Dân vận khéo ở đơn vị khác", state: "DRAFT" });
  for (let i = 0; i < 21; i++)
    await modelOf(w, "DRAFT", { title: `Mô hình phân trang số ${i}`, ...at(`2025-0${1 + (i % 9)}-1${i % 10}`) });
});

describe("listUnitModels", () => {
  it("lists only the cadre's unit's models, newest first, 20 a page, with the total", async () => {
    const p1 = await listUnitModels(w.cadre, {});
    const p2 = await listUnitModels(w.cadre, { page: "2" });
    if (!p1.ok || !p2.ok) throw new Error("failed");
    expect(p1.total).toBe(25);
    expect(p1.items).toHaveLength(20);
    expect(p2.items).toHaveLength(5);
    expect(p1.pageCount).toBe(2);
    expect(p1.items.slice(0, 4).map((i) => i.id)).toEqual([ids.other, ids.person, ids.school, ids.road]);
    const all = [...p1.items, ...p2.items];
    expect(new Set(all.map((i) => i.id)).size).toBe(25);
    const dates = all.map((i) => i.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(all.every((i) => !i.title.includes("đơn vị khác"))).toBe(true);
  });

  it("finds titles without diacritics: 'dan van' finds 'Dân vận', 'DAN VAN KHEO' too", async () => {
    for (const q of ["dan van", "DAN VAN KHEO", "Dân vận"]) {
      const res = await listUnitModels(w.cadre, { q });
      if (!res.ok) throw new Error("failed");
      expect(
        res.items.map((i) => i.id),
        q,
      ).toEqual([ids.road]);
    }
  });

  it("finds by person name and by registration number, and treats % as text", async () => {
    const byName = await listUnitModels(w.cadre, { q: "hoang thi dao" });
    const road = await prisma.model.findUniqueOrThrow({ where: { id: ids.road } });
    const byCode = await listUnitModels(w.cadre, { q: road.code });
    const percent = await listUnitModels(w.cadre, { q: "%" });
    expect(byName.ok && byName.items.map((i) => i.id)).toEqual([ids.person]);
    expect(byCode.ok && byCode.items.map((i) => i.id)).toEqual([ids.road]);
    expect(percent.ok && percent.total).toBe(0);
  });

  it("filters by campaign, field, kind and state (and ignores junk filter values)", async () => {
    const camp = await listUnitModels(w.cadre, { campaignId: String(w.campaign.id), q: "mo hinh cua dot" });
    const field = await listUnitModels(w.cadre, { fieldId: String(w.fields[1].id) });
    const kind = await listUnitModels(w.cadre, { kind: "INDIVIDUAL" });
    const state = await listUnitModels(w.cadre, { state: "RECOGNIZED" });
    const junk = await listUnitModels(w.cadre, { state: "HACKED", page: "-3", fieldId: "x" } as never);
    expect(camp.ok && camp.total).toBe(0);
    expect(field.ok && field.items.map((i) => i.id)).toEqual([ids.school]);
    expect(kind.ok && kind.items.map((i) => i.id)).toEqual([ids.person]);
    expect(state.ok && state.items.map((i) => i.id)).toEqual([ids.road]);
    expect(junk.ok && junk.total).toBe(25);
  });

  it("shows another unit's cadre none of these, and refuses reviewers and the administrator (they have their own lists)", async () => {
    const other = await listUnitModels(w.otherUnitCadre, {});
    expect(other.ok && other.items.every((i) => !Object.values(ids).includes(i.id))).toBe(true);
    for (const who of ["communeReviewer", "provinceOfficer", "admin"] as const) {
      expect(await listUnitModels(w[who], {})).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});

describe("listUnitModels: search by words", () => {
  it("finds all words in any order, across title, code, unit name and address, best title match first", async () => {
    const meal = (await modelOf(w, "DRAFT", { title: "Bữa cơm chờ đón con em đi học xa" })).id;
    const addressOnly = (
      await modelOf(w, "DRAFT", { title: "Chờ đón bà con", ownerAddress: "thôn Bữa Cơm, xã Tân Lập" })
    ).id;
    for (const q of ["bua com cho don", "  cho   don, bua-com!! ", "ĐÓN CHỜ CƠM BỮA"]) {
      const res = await listUnitModels(w.cadre, { q });
      if (!res.ok) throw new Error("failed");
      expect(
        res.items.map((i) => i.id),
        q,
      ).toEqual([meal, addressOnly]);
    }
    // A word that is nowhere: nothing, even if the others match.
    const none = await listUnitModels(w.cadre, { q: "bua com cho don xe" });
    expect(none.ok && none.total).toBe(0);
    // Unit name (as named today) and the code, mixed with a title word.
    const meals = await prisma.model.findUniqueOrThrow({ where: { id: meal } });
    const byCodeAndWord = await listUnitModels(w.cadre, { q: `${meals.code} bua` });
    expect(byCodeAndWord.ok && byCodeAndWord.items.map((i) => i.id)).toEqual([meal]);
    const unitWord = w.tree.grassrootsDirect.name.split(" ").pop()!;
    const byUnit = await listUnitModels(w.cadre, { q: `${unitWord} bua com` });
    expect(byUnit.ok && byUnit.items.map((i) => i.id).sort()).toEqual([meal, addressOnly].sort());
  });
});
