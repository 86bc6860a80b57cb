import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createModel, createUnit } from "@/tests/fixtures";
import { reviewStep } from "@/lib/review/review-step";
import { modelScopeWhere } from "@/lib/permissions";
import { listScopeWhere, listScopedModels, RANKED_MAX } from "./list-scoped-models";
import { cloneModel, createWorld, modelOf, type World } from "./test-world";

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

describe("listScopedModels (reviewers, province officers, administrators)", () => {
  it("searches by words for every role that sees the list, within its scope only", async () => {
    const meal = await modelOf(w, "SUBMITTED", { title: "Bữa cơm chờ đón con em" });
    const elsewhere = await createModel(prisma, { title: "Bữa cơm chờ đón ở tỉnh khác", state: "SUBMITTED" });
    for (const actor of [w.communeReviewer, w.provinceOfficer, w.admin]) {
      const r = await listScopedModels(actor, { q: "cho don bua com" });
      if (!r.ok) throw new Error(r.message);
      expect(r.rows.map((m) => m.id)).toContain(meal.id);
      if (actor !== w.admin) expect(r.rows.map((m) => m.id)).not.toContain(elsewhere.id);
    }
    const none = await listScopedModels(w.provinceOfficer, { q: "cho don bua com xe" });
    expect(none.ok && none.total).toBe(0);
    expect(await listScopedModels(w.cadre, { q: "bua" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a committee finds a model it proposed upward", async () => {
    const m = await modelOf(w, "RECOGNIZED", { title: "Dân vận khéo giữ rừng đầu nguồn" });
    const r = await reviewStep(w.communeReviewer, { modelId: m.id, version: m.version, action: "PROPOSE" });
    expect(r.ok).toBe(true);
    const found = await listScopedModels(w.communeReviewer, { q: "giu rung dau nguon" });
    expect(found.ok && found.rows.map((x) => [x.id, x.state])).toEqual([[m.id, "PROPOSED"]]);
  });

  it("finds a model by code, person and its unit's name of today after a rename", async () => {
    const unit = await createUnit(prisma, { parentId: w.tree.communeDirect.id, name: "Chi bộ thôn Bản Chang" });
    const m = await modelOf(w, "SUBMITTED", {
      ownerUnitId: unit.id,
      ownerUnitName: unit.name,
      kind: "INDIVIDUAL",
      personName: "Hoàng Thị Mai",
      title: "Gương mẫu giữ gìn bản sắc",
    });
    const ids = async (q: string) => {
      const r = await listScopedModels(w.provinceOfficer, { q });
      if (!r.ok) throw new Error(r.message);
      return r.rows.map((x) => x.id);
    };
    expect(await ids(m.code)).toEqual([m.id]);
    expect(await ids("hoang thi mai")).toEqual([m.id]);
    expect(await ids("ban chang guong")).toEqual([m.id]);
    await prisma.unit.update({ where: { id: unit.id }, data: { name: "Chi bộ thôn Nặm Lìn" } });
    expect(await ids("nam lin guong mau")).toEqual([m.id]);
    // The name it was registered under still finds it (history prints as it was).
    expect(await ids("ban chang")).toEqual([m.id]);
  });

  it("pages newest first by cursor, keeps the filter, and caps the count past 1,000", async () => {
    const m = await modelOf(w, "NEEDS_REVISION", { title: "Tuyến đường hoa nông thôn mới" });
    await cloneModel(m, 1_040);
    const input = { q: "duong hoa nong thon", status: "NEEDS_REVISION" as const };
    const p1 = await listScopedModels(w.provinceOfficer, input);
    if (!p1.ok) throw new Error(p1.message);
    expect([p1.rows.length, p1.total, p1.totalCapped, p1.before]).toEqual([20, 1_000, true, null]);
    expect(p1.rows[0].id).toBe(m.id);
    const p2 = await listScopedModels(w.provinceOfficer, { ...input, after: p1.after! });
    if (!p2.ok) throw new Error(p2.message);
    expect(p2.rows.map((r) => r.title)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Tuyến đường hoa nông thôn mới ${20 + i}`),
    );
    const back = await listScopedModels(w.provinceOfficer, { ...input, before: p2.before! });
    expect(back.ok && [back.rows.map((r) => r.id), back.before]).toEqual([p1.rows.map((r) => r.id), null]);
    // An unchanged model of another state never shows between the pages of this filter.
    expect(p2.rows.every((r) => r.state === "NEEDS_REVISION")).toBe(true);
  }, 120_000);

  it(`a search with at most ${RANKED_MAX} matches lists the best first (words in the title), paged by position`, async () => {
    // Newest first would put the two models that only mention it in their address before the one about it.
    const about = await modelOf(w, "SUBMITTED", { title: "Xây dựng nhà văn hóa thôn Khuổi Nầy" });
    const mentions = [];
    for (let i = 0; i < 2; i++)
      mentions.push(
        await modelOf(w, "SUBMITTED", {
          title: `Tuyến đường tự quản số ${i + 1}`,
          ownerAddress: "cạnh nhà văn hóa thôn Khuổi Nầy, xã Tân Lập",
        }),
      );
    const r = await listScopedModels(w.provinceOfficer, { q: "nha van hoa khuoi nay" });
    if (!r.ok) throw new Error(r.message);
    expect(r.rows.map((m) => m.id)).toEqual([about.id, mentions[1].id, mentions[0].id]);
    expect([r.total, r.totalCapped, r.after, r.before]).toEqual([3, false, null, null]);

    // 45 matches: three pages by position, each model once, and back again.
    const many = await modelOf(w, "SUBMITTED", { title: "Sân chơi thiếu nhi Bản Pục", ownerAddress: "bản Pục" });
    await cloneModel(many, 44);
    const q = "san choi ban puc";
    const pages = [await listScopedModels(w.provinceOfficer, { q })];
    for (let i = 0; i < 2; i++) {
      const last = pages[pages.length - 1];
      if (!last.ok) throw new Error(last.message);
      pages.push(await listScopedModels(w.provinceOfficer, { q, after: last.after! }));
    }
    const seen = pages.flatMap((p) => (p.ok ? p.rows.map((m) => m.id) : []));
    expect(pages.map((p) => p.ok && [p.rows.length, p.total, p.after, p.before])).toEqual([
      [20, 45, "r20", null],
      [20, 45, "r40", "r0"],
      [5, 45, null, "r20"],
    ]);
    expect(new Set(seen).size).toBe(45);
    const back = await listScopedModels(w.provinceOfficer, { q, before: "r20" });
    expect(back.ok && back.rows.map((m) => m.id)).toEqual(pages[1].ok && pages[1].rows.map((m) => m.id));
    // A position past the end (fewer matches than when the link was made) shows the last page.
    const past = await listScopedModels(w.provinceOfficer, { q, after: "r9000" });
    expect(past.ok && past.rows.length).toBe(5);
  }, 60_000);

  it("drops the owner-unit filter only when the actor's unit is the one top of the tree", async () => {
    // The world has another province: the filter stays.
    expect(await listScopeWhere(w.provinceOfficer)).toEqual(modelScopeWhere(w.provinceOfficer));
    const rolledBack = new Error("rollback");
    await expect(
      prisma.$transaction(async (tx) => {
        // Every other top placed under the province (the lineage triggers recompute the subtrees).
        await tx.unit.updateMany({
          where: { parentId: null, successorId: null, id: { not: w.tree.province.id } },
          data: { parentId: w.tree.province.id },
        });
        expect(await listScopeWhere(w.provinceOfficer, tx)).toEqual({});
        expect(await listScopeWhere(w.districtReviewer, tx)).toEqual(modelScopeWhere(w.districtReviewer));
        // What the shortcut relies on: then no unit lies outside the province officer's scope.
        expect(await tx.unit.count({ where: { NOT: { lineage: { has: w.tree.province.id } } } })).toBe(0);
        expect(await tx.unit.count()).toBeGreaterThan(1);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });
});
