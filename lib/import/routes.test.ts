import "@/lib/import/exceljs-utf8-fix";
import { beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { createModel } from "@/tests/fixtures";
import { createWorld, type World } from "@/lib/models/test-world";
import { setUpImportTests } from "./test-helpers";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

setUpImportTests();
let w: World;
beforeAll(async () => {
  w = await createWorld();
});

async function call(mod: string, url: string, actor: Actor | null) {
  session.actor = actor;
  const { GET } = (await import(mod)) as { GET: (r: Request) => Promise<Response> };
  return GET(new Request(url));
}

describe("template and export routes", () => {
  it("template: administrator and province officer get the XLSX; other roles 403; signed out 401; unknown kind 404", async () => {
    const mod = "@/app/api/nhap-du-lieu/mau/route";
    const url = "http://localhost/api/nhap-du-lieu/mau?loai=mo-hinh";
    for (const a of [w.admin, w.provinceOfficer]) {
      const r = await call(mod, url, a);
      expect(r.status).toBe(200);
      expect(r.headers.get("Content-Disposition")).toContain("mau-mo-hinh.xlsx");
    }
    for (const a of [w.cadre, w.communeReviewer, w.districtReviewer])
      expect((await call(mod, url, a)).status).toBe(403);
    expect((await call(mod, url, null)).status).toBe(401);
    expect((await call(mod, "http://localhost/api/nhap-du-lieu/mau?loai=khac", w.admin)).status).toBe(404);
  });

  it("export: the province officer's file leaves out another province's models; other roles 403", async () => {
    const mine = await createModel(prisma, {
      ownerUnitId: w.tree.grassrootsDirect.id,
      campaignId: w.campaign.id,
      state: "RECOGNIZED",
    });
    const foreign = await createModel(prisma, { ownerUnitId: w.tree.otherGrassroots.id, state: "RECOGNIZED" });
    const mod = "@/app/api/nhap-du-lieu/xuat/route";
    const url = "http://localhost/api/nhap-du-lieu/xuat?loai=mo-hinh";
    const r = await call(mod, url, w.provinceOfficer);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await r.arrayBuffer());
    const codes = wb.getWorksheet("Mô hình")!.getColumn(1).values.slice(2);
    expect(codes).toContain(mine.code);
    expect(codes).not.toContain(foreign.code);
    const all = await call(mod, url, w.admin);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(await all.arrayBuffer());
    expect(wb2.getWorksheet("Mô hình")!.getColumn(1).values).toContain(foreign.code);
    expect((await call(mod, url, w.districtReviewer)).status).toBe(403);
    expect((await call(mod, url, null)).status).toBe(401);
  });

  it("units and accounts: template and export for the administrator only; every other role 403", async () => {
    for (const slug of ["don-vi", "tai-khoan"]) {
      for (const mod of ["@/app/api/nhap-du-lieu/mau/route", "@/app/api/nhap-du-lieu/xuat/route"]) {
        const url = `http://localhost/api/nhap-du-lieu/${mod.includes("mau") ? "mau" : "xuat"}?loai=${slug}`;
        const r = await call(mod, url, w.admin);
        expect(r.status, `${slug} ${mod}`).toBe(200);
        expect(r.headers.get("Content-Disposition")).toContain(`${slug}.xlsx`);
        for (const a of [w.provinceOfficer, w.districtReviewer, w.communeReviewer, w.cadre])
          expect((await call(mod, url, a)).status, `${slug} ${a.role}`).toBe(403);
        expect((await call(mod, url, null)).status).toBe(401);
      }
    }
  });

  it("past decisions: template and export for the administrator and province officer only", async () => {
    for (const mod of ["@/app/api/nhap-du-lieu/mau/route", "@/app/api/nhap-du-lieu/xuat/route"]) {
      const url = `http://localhost/api/nhap-du-lieu/${mod.includes("mau") ? "mau" : "xuat"}?loai=quyet-dinh`;
      for (const a of [w.admin, w.provinceOfficer]) {
        const r = await call(mod, url, a);
        expect(r.status).toBe(200);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(await r.arrayBuffer());
        expect(wb.getWorksheet("Quyết định")!.getRow(1).getCell(1).value).toBe("Cơ quan ban hành");
      }
      for (const a of [w.cadre, w.communeReviewer, w.districtReviewer])
        expect((await call(mod, url, a)).status).toBe(403);
    }
  });
});
