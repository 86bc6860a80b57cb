import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDecision } from "@/lib/decisions/create-decision";
import { downloadDecision } from "@/lib/decisions/download-decision";
import { getDecision } from "@/lib/decisions/get-decision";
import { issueDecision } from "@/lib/decisions/issue-decision";
import { updateDecision } from "@/lib/decisions/update-decision";
import { createDecisionWorld, decisionInput, recognizedModel, type DecisionWorld } from "@/lib/decisions/test-world";
import { formatDocumentDate, formatPartyCitedDate } from "@/lib/format";
import { createModel, createUnit } from "@/tests/fixtures";
import { sampleDecision as bigDecision } from "@/bench/sample";
import { buildHonoreeListDocument, inlineHonoreeList, type HonoreeListDocument } from "./honoree-list";
import { renderHonoreeListDocx } from "./render-docx";
import { renderHonoreeListPdf } from "./render-pdf";
import { renderHonoreeListXlsx } from "./render-xlsx";
import { exportPool } from "./render-pool";

// The downloads render in the export pool: one worker thread, nobody waiting (the 503 test below fills it).
process.env.EXPORT_WORKERS = "1";
process.env.EXPORT_QUEUE = "0";
afterAll(() => exportPool().close());

let w: DecisionWorld;
let decisionId: number;
let doc: HonoreeListDocument;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

beforeAll(async () => {
  w = await createDecisionWorld();
  const ids: number[] = [];
  // Individuals first on purpose: the list must still put collectives first.
  for (let i = 0; i < 8; i++) ids.push((await recognizedModel(w, "INDIVIDUAL")).id);
  for (let i = 0; i < 39; i++) {
    const m = await recognizedModel(w, "COLLECTIVE");
    // Distinct, recognisable names (the factory copies the same owner unit for every model).
    await prisma.model.update({ where: { id: m.id }, data: { ownerUnitName: `Chi bộ thôn Nà Lẹng ${i + 1}` } });
    ids.push(m.id);
  }
  const r = await createDecision(w.provinceOfficer, decisionInput(w, ids));
  if (!r.ok) throw new Error(r.message);
  decisionId = r.id;
  const issued = await issueDecision(w.provinceOfficer, { id: r.id, version: r.version });
  if (!issued.ok) throw new Error(issued.message);
  const got = await getDecision(w.provinceOfficer, r.id);
  if (!got.ok) throw new Error(got.message);
  doc = buildHonoreeListDocument(got.decision);
}, 120_000);

describe("buildHonoreeListDocument", () => {
  it("holds the Party header, numbering per section and the inline form", () => {
    expect(doc.issuerLines.map((l) => l.text)).toEqual(["TỈNH ỦY MINH SƠN", "BAN THƯỜNG VỤ TỈNH ỦY"]);
    expect(doc.issuerStar).toBe(true);
    expect(doc.numberLine).toBe("Số 112-QĐ/TU");
    expect(doc.mottoLines).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM"]);
    expect(doc.placeDate).toBe("Minh Sơn, ngày 16 tháng 12 năm 2025");
    // Party documents cite dates with hyphens (Hướng dẫn 36-HD/VPTW: "…, ngày 01-10-1997").
    expect(doc.annexOf).toBe("(Kèm theo Quyết định số 112-QĐ/TU, ngày 16-12-2025 của Ban Thường vụ Tỉnh ủy)");
    expect(doc.draft).toBe(false);
    expect(doc.collectives.map((l) => l.no)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(doc.individuals.map((l) => l.no)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    expect(doc.collectives[0].displayName).toBe("Chi bộ thôn Nà Lẹng 1");
    expect(doc.individuals[0].displayName).toMatch(/^(Ông|Bà) \S/);
    const inline = inlineHonoreeList(doc);
    expect(
      inline.startsWith(`Tập thể: Chi bộ thôn Nà Lẹng 1, ${doc.collectives[0].address}; Chi bộ thôn Nà Lẹng 2, `),
    ).toBe(true);
    // Individuals keep their position in the inline form.
    const p0 = doc.individuals[0];
    expect(p0.position).not.toBe("");
    expect(inline).toContain(`. Cá nhân: ${p0.displayName}, ${p0.position}, ${p0.address}; `);
    const p7 = doc.individuals[7];
    expect(inline.endsWith(`${p7.displayName}, ${p7.position}, ${p7.address}.`)).toBe(true);
  });

  it("prints the State motto, 'Số:' and zero-padded day and month", () => {
    const state = buildHonoreeListDocument({
      status: "ISSUED",
      numberText: "56/QĐ-UBND",
      decisionDate: new Date("2026-01-05T00:00:00Z"),
      signerName: "Nguyễn Văn An",
      signerTitle: "CHỦ TỊCH",
      awardForm: "BANG_KHEN",
      issuer: {
        name: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
        parentName: null,
        style: "STATE",
        place: "Thái Nguyên",
        numberSuffix: "QĐ-UBND",
      },
      honorees: [],
    });
    expect(state.mottoLines).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expect(state.numberLine).toBe("Số: 56/QĐ-UBND");
    expect(state.issuerStar).toBe(false);
    expect(state.placeDate).toBe("Thái Nguyên, ngày 05 tháng 01 năm 2026");
    expect(state.annexOf).toBe(
      "(Kèm theo Quyết định số 56/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Thái Nguyên)",
    );
    expect(state.signer).toEqual({ title: "CHỦ TỊCH", name: "Nguyễn Văn An" });
  });

  it("writes dates with a zero only before days 1–9 and the months 1 and 2", () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(formatDocumentDate(d("2025-06-25"))).toBe("ngày 25 tháng 6 năm 2025");
    expect(formatDocumentDate(d("2025-02-05"))).toBe("ngày 05 tháng 02 năm 2025");
    expect(formatDocumentDate(d("2025-01-31"))).toBe("ngày 31 tháng 01 năm 2025");
    expect(formatDocumentDate(d("2025-10-01"))).toBe("ngày 01 tháng 10 năm 2025");
    expect(formatDocumentDate(d("2025-03-09"))).toBe("ngày 09 tháng 3 năm 2025");
    expect(formatPartyCitedDate(d("1997-10-01"))).toBe("01-10-1997");
    expect(formatPartyCitedDate(d("2025-06-05"))).toBe("05-6-2025");
    const june = buildHonoreeListDocument({ ...sampleDecision(), decisionDate: d("2025-06-25") });
    expect(june.placeDate).toBe("Minh Sơn, ngày 25 tháng 6 năm 2025");
    expect(june.annexOf).toBe("(Kèm theo Quyết định số 7-QĐ/TU, ngày 25-6-2025 của Ban Thường vụ Tỉnh ủy)");
  });

  it("prints honoree lines as the official list: a collective alone, a person without position, the inline form", () => {
    const lines = buildHonoreeListDocument({
      ...sampleDecision(),
      honorees: [
        {
          kind: "COLLECTIVE",
          sortOrder: 1,
          honorific: null,
          name: "Hội Chữ thập đỏ tỉnh",
          position: null,
          address: "",
          modelTitle: "Ngân hàng máu sống",
        },
        {
          kind: "COLLECTIVE",
          sortOrder: 2,
          honorific: null,
          name: "Chi bộ thôn Nà Lẹng",
          position: null,
          address: "xã Tân Lập, huyện Minh Sơn",
          modelTitle: "Đường làng",
        },
        {
          kind: "INDIVIDUAL",
          sortOrder: 1,
          honorific: "FEMALE",
          name: "Hoàng Thị Mai",
          position: "Chi hội trưởng Chi hội Phụ nữ",
          address: "thôn Khuổi Lừa, xã Tân Lập",
          modelTitle: "Nuôi heo đất",
        },
        {
          kind: "INDIVIDUAL",
          sortOrder: 2,
          honorific: null,
          name: "Lò Văn Páo",
          position: null,
          address: "bản Pác Nặm",
          modelTitle: "Giữ rừng",
        },
      ],
    });
    expect(lines.collectives.map((l) => [l.displayName, l.unitAddress])).toEqual([
      ["Hội Chữ thập đỏ tỉnh", ""],
      ["Chi bộ thôn Nà Lẹng", "xã Tân Lập, huyện Minh Sơn"],
    ]);
    expect(lines.individuals.map((l) => [l.displayName, l.unitAddress])).toEqual([
      ["Bà Hoàng Thị Mai", "Chi hội trưởng Chi hội Phụ nữ, thôn Khuổi Lừa, xã Tân Lập"],
      ["Lò Văn Páo", "bản Pác Nặm"],
    ]);
    expect(inlineHonoreeList(lines)).toBe(
      "Tập thể: Hội Chữ thập đỏ tỉnh; Chi bộ thôn Nà Lẹng, xã Tân Lập, huyện Minh Sơn. " +
        "Cá nhân: Bà Hoàng Thị Mai, Chi hội trưởng Chi hội Phụ nữ, thôn Khuổi Lừa, xã Tân Lập; Lò Văn Páo, bản Pác Nặm.",
    );
  });
});

function sampleDecision() {
  return {
    status: "ISSUED" as const,
    numberText: "7-QĐ/TU",
    decisionDate: new Date("2026-03-10T00:00:00Z"),
    signerName: "Hà Văn Toàn",
    signerTitle: "Phó Bí thư Thường trực",
    awardForm: "BANG_KHEN" as const,
    issuer: {
      name: "BAN THƯỜNG VỤ TỈNH ỦY",
      parentName: "TỈNH ỦY MINH SƠN",
      style: "PARTY" as const,
      place: "Minh Sơn",
      numberSuffix: "QĐ/TU",
    },
    honorees: [
      {
        kind: "COLLECTIVE" as const,
        sortOrder: 1,
        honorific: null,
        name: "Chi bộ thôn Nà Lẹng",
        position: null,
        address: "xã Tân Lập",
        modelTitle: "Đường làng",
      },
    ],
  };
}

async function pdfPages(buf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: false });
  return text.map(squash);
}

async function docxTexts(buf: Buffer): Promise<{ body: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(buf);
  const textsOf = (xml: string) =>
    [...xml.normalize("NFC").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  const body = textsOf(await zip.file("word/document.xml")!.async("string"));
  const headerFiles = Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f));
  return {
    body,
    headers: await Promise.all(headerFiles.map(async (f) => textsOf(await zip.file(f)!.async("string")))),
  };
}

describe("a draft", () => {
  it("prints and exports with “DỰ THẢO” on every page and no number as if issued", async () => {
    const ids = [];
    for (let i = 0; i < 30; i++) ids.push((await recognizedModel(w, "COLLECTIVE")).id);
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, ids, { number: 500, decisionDate: "2026-02-05" }),
    );
    if (!r.ok) throw new Error(r.message);
    const got = await getDecision(w.provinceOfficer, r.id);
    if (!got.ok) throw new Error();
    const draft = buildHonoreeListDocument(got.decision);
    expect(draft).toMatchObject({
      draft: true,
      draftMark: "DỰ THẢO",
      numberText: "",
      fileBaseName: "Dự thảo danh sách khen thưởng",
    });
    expect(squash(draft.numberLine)).toBe("Số -QĐ/TU");
    expect(draft.annexOf).not.toMatch(/\d+-QĐ/);
    expect(draft.placeDate).toBe("Minh Sơn, ngày 05 tháng 02 năm 2026");

    const pages = await pdfPages(await renderHonoreeListPdf(draft));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain("DỰ THẢO");
    expect(pages.join(" ")).not.toContain("500-QĐ/TU");

    const { body, headers } = await docxTexts(await renderHonoreeListDocx(draft));
    expect(headers.filter((h) => h.includes("DỰ THẢO"))).toHaveLength(2);
    expect(body).not.toContain("500-QĐ/TU");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderHonoreeListXlsx(draft)) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].name).toBe("Dự thảo danh sách khen thưởng");
    // Below the title block and the table header: the number column stays empty on a draft.
    const firstLine = wb.worksheets[0].getColumn(1).values.indexOf(1);
    expect(wb.worksheets[0].getRow(firstLine).getCell(4).value).toBe(draft.collectives[0].name);
    expect(wb.worksheets[0].getRow(firstLine).getCell(8).value ?? "").toBe("");
    expect(wb.worksheets[0].headerFooter.oddHeader).toContain("DỰ THẢO");

    const res = await downloadDecision(w.provinceOfficer, String(r.id), "pdf");
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("Dự thảo danh sách khen thưởng.pdf"));

    // Issued, the same list prints its number and no mark.
    const issued = await issueDecision(w.provinceOfficer, { id: r.id, version: r.version });
    if (!issued.ok) throw new Error(issued.message);
    const after = await getDecision(w.provinceOfficer, r.id);
    if (!after.ok) throw new Error();
    const final = await pdfPages(await renderHonoreeListPdf(buildHonoreeListDocument(after.decision)));
    expect(final.join(" ")).not.toContain("DỰ THẢO");
    expect(final[0]).toContain("Số 500-QĐ/TU");
  }, 60_000);

  it("lets a correction remove the position and the Ông/Bà title of a line, and keep a collective without address", async () => {
    const person = await recognizedModel(w, "INDIVIDUAL");
    const unit = await recognizedModel(w, "COLLECTIVE");
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [person.id, unit.id], { number: "", decisionDate: "2026-02-06" }),
    );
    if (!r.ok) throw new Error(r.message);
    const got = await getDecision(w.provinceOfficer, r.id);
    if (!got.ok) throw new Error();
    const [c, p] = got.decision.honorees;
    const u = await updateDecision(w.provinceOfficer, {
      id: r.id,
      version: r.version,
      honorees: [
        { id: p.id, position: null, honorific: null },
        { id: c.id, name: "Hội Chữ thập đỏ tỉnh", address: "" },
      ],
    });
    expect(u).toMatchObject({ ok: true });
    const again = await getDecision(w.provinceOfficer, r.id);
    if (!again.ok) throw new Error();
    const d = buildHonoreeListDocument(again.decision);
    expect(d.individuals[0]).toMatchObject({ displayName: p.name, position: "", unitAddress: p.address });
    expect(d.collectives[0]).toMatchObject({ displayName: "Hội Chữ thập đỏ tỉnh", unitAddress: "" });
    expect(inlineHonoreeList(d)).toBe(`Tập thể: Hội Chữ thập đỏ tỉnh. Cá nhân: ${p.name}, ${p.address}.`);
  });
});

describe("history prints as it was", () => {
  it("a recognized model of an abolished district prints its old address", async () => {
    const district = await createUnit(prisma, {
      parentId: w.tree.province.id,
      name: "Huyện Chợ Đồn",
      kind: "DISTRICT",
      validFrom: new Date("2000-01-01T00:00:00Z"),
    });
    const commune = await createUnit(prisma, {
      parentId: district.id,
      name: "Xã Nam Cường",
      kind: "COMMUNE",
      validFrom: new Date("2000-01-01T00:00:00Z"),
    });
    const cell = await createUnit(prisma, {
      parentId: commune.id,
      name: "Chi bộ thôn Nà Pài",
      validFrom: new Date("2000-01-01T00:00:00Z"),
    });
    const model = await createModel(prisma, {
      ownerUnitId: cell.id,
      state: "RECOGNIZED",
      start: new Date("2024-03-01T02:00:00Z"),
      end: new Date("2024-11-30T09:00:00Z"),
    });
    expect(model.ownerAddress).toContain("xã Nam Cường, huyện Chợ Đồn");
    // 1/7/2025: the district is abolished, the commune merged into a new one directly under the province.
    const successor = await createUnit(prisma, { parentId: w.tree.province.id, name: "Xã Chợ Đồn", kind: "COMMUNE" });
    const end = new Date("2025-06-30T00:00:00Z");
    await prisma.unit.update({ where: { id: district.id }, data: { validTo: end, successorId: successor.id } });
    await prisma.unit.update({ where: { id: commune.id }, data: { validTo: end, successorId: successor.id } });
    await prisma.unit.update({ where: { id: cell.id }, data: { parentId: successor.id } });

    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [model.id], { number: "", decisionDate: "2026-02-07" }),
    );
    if (!r.ok) throw new Error(r.message);
    const got = await getDecision(w.provinceOfficer, r.id);
    if (!got.ok) throw new Error();
    const d = buildHonoreeListDocument(got.decision);
    expect(d.collectives[0]).toMatchObject({ displayName: "Chi bộ thôn Nà Pài", unitAddress: model.ownerAddress });
    const pdf = (await pdfPages(await renderHonoreeListPdf(d))).join(" ");
    expect(pdf).toContain(squash(`1 Chi bộ thôn Nà Pài ${model.ownerAddress}`));
    expect((await docxTexts(await renderHonoreeListDocx(d))).body).toContain(`\n${model.ownerAddress}\n`);
  }, 60_000);

  it("a decision dated before the merger prints the absorbed province's issuer and place", async () => {
    const r = await createDecision(
      w.provinceOfficer,
      decisionInput(w, [(await recognizedModel(w)).id], {
        issuerId: w.absorbedIssuer.id,
        number: "",
        decisionDate: "2025-06-05",
      }),
    );
    if (!r.ok) throw new Error(r.message);
    const issued = await issueDecision(w.provinceOfficer, { id: r.id, version: r.version });
    if (!issued.ok) throw new Error(issued.message);
    expect(issued.numberText).toBe("1-QĐ/TU");
    const got = await getDecision(w.provinceOfficer, r.id);
    if (!got.ok) throw new Error();
    const d = buildHonoreeListDocument(got.decision);
    expect(d.issuerLines.map((l) => l.text)).toEqual(["TỈNH ỦY BẮC SƠN", "BAN THƯỜNG VỤ TỈNH ỦY"]);
    expect(d.placeDate).toBe("Bắc Sơn, ngày 05 tháng 6 năm 2025");
    const first = (await pdfPages(await renderHonoreeListPdf(d)))[0];
    expect(first).toContain("TỈNH ỦY BẮC SƠN");
    expect(first).toContain("Bắc Sơn, ngày 05 tháng 6 năm 2025");
    expect(first).not.toContain("Minh Sơn, ngày");
  }, 60_000);
});

describe("the signer block", () => {
  it("reads the same in the PDF, the Word file and the print view", async () => {
    const d = buildHonoreeListDocument(sampleDecision());
    expect(d.signer).toEqual({ title: "PHÓ BÍ THƯ THƯỜNG TRỰC", name: "Hà Văn Toàn" });
    const pdf = (await pdfPages(await renderHonoreeListPdf(d))).join(" ");
    expect(pdf).toMatch(/PHÓ BÍ THƯ THƯỜNG TRỰC Hà Văn Toàn$/);
    const { body } = await docxTexts(await renderHonoreeListDocx(d));
    expect(body.endsWith("PHÓ BÍ THƯ THƯỜNG TRỰC\nHà Văn Toàn")).toBe(true);
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { createElement } = await import("react");
    const { HonoreeAnnex } = await import("@/components/decisions/honoree-annex");
    const html = renderToStaticMarkup(createElement(HonoreeAnnex, { doc: d }));
    expect(html).toContain('<footer class="annex-sign"><p class="font-bold">PHÓ BÍ THƯ THƯỜNG TRỰC</p>');
    expect(html).toContain('<p class="font-bold">Hà Văn Toàn</p></footer>');
  });
});

describe("PDF", () => {
  it("has the header, both sections numbered, exact honoree lines and page numbers from page 2", async () => {
    const pdf = await renderHonoreeListPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(squash((await pdfPages(pdf)).join(" "))).not.toContain("DỰ THẢO");
    const proxy = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(proxy, { mergePages: false });
    expect(totalPages).toBeGreaterThan(2);
    const pages = text.map(squash);
    const all = pages.join(" ");
    for (const s of [
      "TỈNH ỦY MINH SƠN",
      "BAN THƯỜNG VỤ TỈNH ỦY",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 112-QĐ/TU",
      "Minh Sơn, ngày 16 tháng 12 năm 2025",
      "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH",
      doc.annexOf,
    ]) {
      expect(pages[0]).toContain(s);
    }
    expect(all.indexOf("I. TẬP THỂ")).toBeGreaterThan(0);
    expect(all.indexOf("II. CÁ NHÂN")).toBeGreaterThan(all.indexOf("I. TẬP THỂ"));
    let at = all.indexOf("I. TẬP THỂ");
    for (const l of doc.collectives) {
      const line = squash(`${l.no} ${l.displayName} ${l.unitAddress} ${l.modelTitle}`);
      const found = all.indexOf(line, at);
      expect(found, line).toBeGreaterThan(at);
      at = found;
    }
    expect(all.indexOf("II. CÁ NHÂN")).toBeGreaterThan(at);
    for (const l of doc.individuals) {
      const line = squash(`${l.no} ${l.displayName} ${l.unitAddress} ${l.modelTitle}`);
      const found = all.indexOf(line, at);
      expect(found, line).toBeGreaterThan(at);
      at = found;
    }
    expect(all.indexOf("Hà Văn Toàn")).toBeGreaterThan(at);
    // Header row repeated on every page of the table; the page number (drawn last) only from page 2.
    for (let i = 1; i < totalPages; i++) {
      expect(
        pages[i].startsWith("STT Tên tập thể, cá nhân Đơn vị – địa chỉ Mô hình") ||
          pages[i].includes("II. CÁ NHÂN STT") ||
          i === totalPages - 1,
      ).toBe(true);
      expect(pages[i].endsWith(` ${i + 1}`), `page ${i + 1}`).toBe(true);
    }
    expect(pages[0].endsWith(" 1")).toBe(false);
    expect(pages[1].startsWith("STT Tên tập thể, cá nhân Đơn vị – địa chỉ Mô hình")).toBe(true);
  }, 60_000);
});

describe("DOCX", () => {
  it("is A4 Times New Roman with the header, names in order, a repeated header row and a different first page", async () => {
    const zip = await JSZip.loadAsync(await renderHonoreeListDocx(doc));
    const xml = (await zip.file("word/document.xml")!.async("string")).normalize("NFC");
    const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
    for (const s of [
      "TỈNH ỦY MINH SƠN",
      "BAN THƯỜNG VỤ TỈNH ỦY",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 112-QĐ/TU",
      "Minh Sơn, ngày 16 tháng 12 năm 2025",
      doc.annexOf,
      "I. TẬP THỂ",
      "II. CÁ NHÂN",
    ]) {
      expect(texts).toContain(s);
    }
    let at = texts.indexOf("I. TẬP THỂ");
    for (const l of [...doc.collectives, ...doc.individuals]) {
      const found = texts.indexOf(`\n${l.displayName}\n`, at);
      expect(found, l.displayName).toBeGreaterThan(at);
      at = found;
    }
    expect(texts.indexOf("II. CÁ NHÂN")).toBeLessThan(texts.indexOf(`\n${doc.individuals[0].displayName}\n`));
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    expect(xml).toContain("<w:titlePg/>");
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:ascii="Times New Roman"');
    // The default header carries the page number field; the first-page header is empty.
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(headers.filter((h) => h.includes("PAGE"))).toHaveLength(1);
  });
});

describe("XLSX", () => {
  /** Rows of the title block as text, empty rows kept (the cells of a merged block read as their first cell). */
  const texts = (ws: ExcelJS.Worksheet, to: number) =>
    Array.from({ length: to }, (_, i) =>
      (ws.getRow(i + 1).values as unknown[])
        .filter((v) => v != null && v !== "")
        .filter((v, j, all) => all.indexOf(v) === j)
        .join(" | "),
    );

  it("opens with the official title block, then the sections and one row per honoree with the mail-merge columns", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderHonoreeListXlsx(doc)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Danh sách khen thưởng");
    expect(texts(ws, 11)).toEqual([
      "TỈNH ỦY MINH SƠN | ĐẢNG CỘNG SẢN VIỆT NAM",
      "BAN THƯỜNG VỤ TỈNH ỦY",
      "*",
      "Số 112-QĐ/TU | Minh Sơn, ngày 16 tháng 12 năm 2025",
      "",
      "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH",
      doc.subtitle,
      "(Kèm theo Quyết định số 112-QĐ/TU, ngày 16-12-2025 của Ban Thường vụ Tỉnh ủy)",
      "",
      "STT | Loại | Danh xưng | Tên | Chức vụ | Địa chỉ | Mô hình | Số quyết định | Ngày quyết định",
      "I. TẬP THỂ",
    ]);
    // The blocks are merged across the sheet as the print view lays them out.
    expect(ws.getCell("A6").isMerged && ws.getCell("I6").master.address).toBe("A6");
    expect(ws.getCell("D1").master.address).toBe("A1");
    expect(ws.getCell("I1").master.address).toBe("E1");
    // Header, "I. TẬP THỂ", 39 collectives, "II. CÁ NHÂN", 8 individuals: STT restarts at 1 in each section.
    expect(ws.rowCount).toBe(10 + 1 + 39 + 1 + 8);
    for (const [row, heading] of [
      [11, "I. TẬP THỂ"],
      [51, "II. CÁ NHÂN"],
    ] as const) {
      expect(ws.getCell(`A${row}`).value).toBe(heading);
      expect(ws.getCell(`I${row}`).master.address).toBe(`A${row}`);
      expect(ws.getCell(`A${row}`).font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    }
    const stt = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => ws.getCell(`A${from + i}`).value);
    expect(stt(12, 50)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(stt(52, 59)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    expect(ws.getRow(52).getCell(4).value).toBe(doc.individuals[0].name);
    const c = doc.collectives[0];
    const first = ws.getRow(12).values as unknown[];
    expect(first.slice(0, 9)).toEqual([
      undefined,
      1,
      "Tập thể",
      undefined,
      c.name,
      undefined,
      c.address,
      c.modelTitle,
      "112-QĐ/TU",
    ]);
    // A real date cell at the Vietnamese calendar day (midnight UTC = a whole Excel serial), shown dd/mm/yyyy.
    const dateCell = ws.getRow(12).getCell(9);
    expect(dateCell.type).toBe(ExcelJS.ValueType.Date);
    expect((dateCell.value as Date).toISOString()).toBe("2025-12-16T00:00:00.000Z");
    expect(dateCell.numFmt).toBe("dd/mm/yyyy");
    const p = doc.individuals[7];
    const last = ws.getRow(59).values as unknown[];
    expect(last.slice(1, 8)).toEqual([
      8,
      "Cá nhân",
      p.honorific,
      p.name,
      p.position || undefined,
      p.address,
      p.modelTitle,
    ]);
    expect((ws.getRow(59).getCell(9).value as Date).toISOString()).toBe("2025-12-16T00:00:00.000Z");
    const names = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ws.getRow(from + i).getCell(4).value);
    expect(names(12, 39)).toEqual(doc.collectives.map((l) => l.name));
    expect(names(52, 8)).toEqual(doc.individuals.map((l) => l.name));

    // Times New Roman throughout, 13 pt as the Word file, the title 14 pt; honoree and date cells included.
    for (const a of ["A10", "D12", "I12", "C12", "D59", "I59"]) {
      expect(ws.getCell(a).font, a).toMatchObject({ name: "Times New Roman", size: 13 });
    }
    expect(ws.getCell("A10").font.bold).toBe(true);
    expect(ws.getCell("D12").font.bold).toBeFalsy();
    expect(ws.getCell("A6").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    // A thin grid on the header, the section rows and every honoree cell (empty ones too); none above the table.
    const thin = { style: "thin", color: { argb: "FF000000" } };
    const grid = { top: thin, left: thin, bottom: thin, right: thin };
    for (const a of ["A10", "I10", "A11", "I11", "D12", "C12", "I12", "A51", "D59", "I59"]) {
      expect(ws.getCell(a).border, a).toEqual(grid);
    }
    for (const a of ["A1", "E4", "A6", "A8", "A9"]) expect(ws.getCell(a).border ?? {}, a).toEqual({});
    // Page numbers on every printed page, in the sheet's typeface.
    expect(ws.headerFooter.oddFooter).toBe('&C&"Times New Roman,Regular"&13Trang &P/&N');

    // A4 landscape, one page wide, the table header repeated on every printed page.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "10:10",
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 10 });
    // Word's mail merge picks the table by name: the records sheet, a header row and one row per honoree (47
    // here: 39 collectives and 8 individuals), no title block, no section row.
    expect(wb.worksheets.map((x) => x.name)).toEqual(["Danh sách khen thưởng", "Dữ liệu trộn thư"]);
    expect(wb.definedNames.model).toEqual([{ name: "DanhSach", ranges: ["'Dữ liệu trộn thư'!$A$1:$I$48"] }]);
    const records = wb.getWorksheet("Dữ liệu trộn thư")!;
    expect(records.rowCount).toBe(48);
    expect((records.getRow(1).values as unknown[]).slice(1)).toEqual([
      "STT",
      "Loại",
      "Danh xưng",
      "Tên",
      "Chức vụ",
      "Địa chỉ",
      "Mô hình",
      "Số quyết định",
      "Ngày quyết định",
    ]);
    records.eachRow((r, n) => {
      if (n === 1) return;
      expect(r.getCell(2).value, `row ${n}`).toMatch(/^(Tập thể|Cá nhân)$/);
      expect(r.getCell(9).value, `row ${n}`).toBeInstanceOf(Date);
    });
    // The same records, in the annex's order.
    const annexRecords = ws
      .getRows(11, 49)!
      .filter((r) => typeof r.getCell(1).value === "number")
      .map((r) => [r.getCell(1).value, r.getCell(4).value]);
    expect(annexRecords).toHaveLength(47);
    const mergeRecords = records.getRows(2, 47)!.map((r) => [r.getCell(1).value, r.getCell(4).value]);
    expect(mergeRecords).toEqual(annexRecords);
  });

  it("has a section row exactly where the print view has a section heading, numbered from 1", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { createElement } = await import("react");
    const { HonoreeAnnex } = await import("@/components/decisions/honoree-annex");
    const honoree = (kind: "COLLECTIVE" | "INDIVIDUAL", sortOrder: number) => ({
      kind,
      sortOrder,
      honorific: kind === "INDIVIDUAL" ? ("FEMALE" as const) : null,
      name: `${kind === "COLLECTIVE" ? "Chi bộ thôn" : "Hoàng Thị"} ${sortOrder}`,
      position: null,
      address: "xã Tân Lập",
      modelTitle: "Đường quê",
    });
    const cases = {
      both: [honoree("INDIVIDUAL", 1), honoree("COLLECTIVE", 2), honoree("INDIVIDUAL", 3)],
      collectives: [honoree("COLLECTIVE", 1), honoree("COLLECTIVE", 2)],
      individuals: [honoree("INDIVIDUAL", 1), honoree("INDIVIDUAL", 2)],
    };
    const expected = {
      both: ["I. TẬP THỂ", 1, "II. CÁ NHÂN", 1, 2],
      collectives: ["I. TẬP THỂ", 1, 2],
      individuals: ["II. CÁ NHÂN", 1, 2],
    };
    const got = await getDecision(w.provinceOfficer, decisionId);
    if (!got.ok) throw new Error(got.message);
    for (const [name, honorees] of Object.entries(cases) as [keyof typeof cases, (typeof cases)["both"]][]) {
      const d = buildHonoreeListDocument({ ...got.decision, honorees });
      const html = renderToStaticMarkup(createElement(HonoreeAnnex, { doc: d }));
      const printed = [...html.matchAll(/<h2 class="annex-section-title">([^<]*)<\/h2>/g)].map((m) => m[1]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await renderHonoreeListXlsx(d)) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      const column = (ws.getColumn(1).values as unknown[]).slice(11);
      expect(column, name).toEqual(expected[name]);
      expect(
        column.filter((v) => typeof v === "string"),
        name,
      ).toEqual(printed);
      const records = column.filter((v) => typeof v === "number").length;
      expect(wb.definedNames.model, name).toEqual([
        { name: "DanhSach", ranges: [`'Dữ liệu trộn thư'!$A$1:$I$${1 + records}`] },
      ]);
      expect((wb.getWorksheet("Dữ liệu trộn thư")!.getColumn(1).values as unknown[]).slice(2), name).toEqual(
        column.filter((v) => typeof v === "number"),
      );
    }
  });

  it("writes the State header and a day that does not shift with the time zone", async () => {
    const state = buildHonoreeListDocument({
      status: "ISSUED",
      numberText: "56/QĐ-UBND",
      decisionDate: new Date("2026-01-05T00:00:00Z"),
      signerName: "Nguyễn Văn A",
      signerTitle: "Chủ tịch",
      awardForm: "BANG_KHEN",
      issuer: {
        name: "ỦY BAN NHÂN DÂN TỈNH MINH SƠN",
        parentName: null,
        style: "STATE",
        place: "Minh Sơn",
        numberSuffix: "QĐ-UBND",
      },
      honorees: [
        {
          kind: "COLLECTIVE",
          sortOrder: 1,
          honorific: null,
          name: "Chi bộ thôn Nà Lẹng",
          position: null,
          address: "xã Tân Lập",
          modelTitle: "Đường quê",
        },
      ],
    });
    // Rendered where the clock is Vietnam's (UTC+7), as on a server in Hà Nội: the day must still be the 5th.
    const tz = process.env.TZ;
    process.env.TZ = "Asia/Ho_Chi_Minh";
    let file: Buffer;
    try {
      expect(new Date(2026, 0, 5).getTimezoneOffset()).toBe(-420);
      file = await renderHonoreeListXlsx(state);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(texts(ws, 9)).toEqual([
      "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TỈNH MINH SƠN | Độc lập - Tự do - Hạnh phúc",
      "",
      "Số: 56/QĐ-UBND | Minh Sơn, ngày 05 tháng 01 năm 2026",
      "",
      "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH",
      state.subtitle,
      "(Kèm theo Quyết định số 56/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Minh Sơn)",
      "",
    ]);
    expect(ws.getRow(10).getCell(1).value).toBe("STT");
    // One collective: its section and nothing else, as the print view.
    expect(ws.getRow(11).getCell(1).value).toBe("I. TẬP THỂ");
    expect(ws.rowCount).toBe(12);
    expect(ws.getRow(12).getCell(1).value).toBe(1);
    expect((ws.getRow(12).getCell(9).value as Date).toISOString()).toBe("2026-01-05T00:00:00.000Z");
  });
});

describe("downloadDecision (GET /api/quyet-dinh/[id]/tai-ve)", () => {
  it("serves each format with its type and an RFC 5987 Vietnamese file name", async () => {
    for (const [fmt, type] of [
      ["pdf", "application/pdf"],
      ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ] as const) {
      const res = await downloadDecision(w.provinceOfficer, String(decisionId), fmt);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="Danh sach khen thuong 112-QD-TU.${fmt}"; filename*=UTF-8''${encodeURIComponent(`Danh sách khen thưởng 112-QĐ-TU.${fmt}`)}`,
      );
      // Rendered in the worker thread, and still the whole list: opened and read back.
      const file = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(file.length);
      const lines = [...doc.collectives, ...doc.individuals];
      if (fmt === "pdf") {
        const text = (await pdfPages(file)).join(" ");
        for (const l of [doc.numberLine, lines[0].displayName, lines.at(-1)!.displayName]) expect(text).toContain(l);
      } else if (fmt === "docx") {
        const { body } = await docxTexts(file);
        for (const l of lines) expect(body).toContain(l.displayName);
      } else {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(file as unknown as ArrayBuffer);
        // A section row reads as its heading in every column it is merged across.
        const names = wb.worksheets[0].getColumn(4).values.slice(11);
        expect(names).toEqual([
          doc.collectivesHeading,
          ...doc.collectives.map((l) => l.name),
          doc.individualsHeading,
          ...doc.individuals.map((l) => l.name),
        ]);
      }
    }
  }, 60_000);

  it("answers 503 with a Vietnamese 'busy, try again' while the export pool is full", async () => {
    // One 1,000-line PDF holds the only thread; the queue takes nobody (EXPORT_QUEUE=0 above).
    const hog = exportPool().render({
      kind: "honoree-list",
      format: "pdf",
      doc: buildHonoreeListDocument(bigDecision(1000)),
    });
    const res = await downloadDecision(w.provinceOfficer, String(decisionId), "pdf");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("10");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("Hệ thống đang bận tạo tệp cho người dùng khác. Vui lòng thử lại sau ít phút.");
    expect((await hog).subarray(0, 5).toString()).toBe("%PDF-");
    // Free again: the same request now gets its file.
    expect((await downloadDecision(w.provinceOfficer, String(decisionId), "pdf")).status).toBe(200);
  }, 120_000);

  it("drops the render when the request is abandoned", async () => {
    const ac = new AbortController();
    const pending = downloadDecision(w.provinceOfficer, String(decisionId), "pdf", ac.signal);
    ac.abort();
    expect((await pending).status).toBe(499);
    expect(exportPool().pending).toBe(0);
  });

  it("is 401 signed out, 404 out of scope or without the section, 400 for an unknown format", async () => {
    expect((await downloadDecision(null, String(decisionId), "pdf")).status).toBe(401);
    for (const who of [w.otherProvinceOfficer, w.cadre, w.districtReviewer]) {
      const res = await downloadDecision(who, String(decisionId), "pdf");
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("");
    }
    // The administrator reads every issued decision (view:decision:all, issue 12).
    expect((await downloadDecision(w.admin, String(decisionId), "pdf")).status).toBe(200);
    expect((await downloadDecision(w.provinceOfficer, "99999", "pdf")).status).toBe(404);
    expect((await downloadDecision(w.provinceOfficer, "1 OR 1=1", "pdf")).status).toBe(404);
    expect((await downloadDecision(w.provinceOfficer, String(decisionId), "exe")).status).toBe(400);
  });
});
