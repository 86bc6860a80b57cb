import ExcelJS from "exceljs";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createDecision } from "@/lib/decisions/create-decision";
import { downloadDecision } from "@/lib/decisions/download-decision";
import { getDecision } from "@/lib/decisions/get-decision";
import { createDecisionWorld, decisionInput, recognizedModel, type DecisionWorld } from "@/lib/decisions/test-world";
import { buildHonoreeListDocument, inlineHonoreeList, type HonoreeListDocument } from "./honoree-list";
import { renderHonoreeListDocx } from "./render-docx";
import { renderHonoreeListPdf } from "./render-pdf";
import { renderHonoreeListXlsx } from "./render-xlsx";

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
    expect(doc.annexOf).toBe("(Kèm theo Quyết định số 112-QĐ/TU ngày 16/12/2025 của Ban Thường vụ Tỉnh ủy)");
    expect(doc.collectives.map((l) => l.no)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(doc.individuals.map((l) => l.no)).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    expect(doc.collectives[0].displayName).toBe("Chi bộ thôn Nà Lẹng 1");
    expect(doc.individuals[0].displayName).toMatch(/^(Ông|Bà) \S/);
    const inline = inlineHonoreeList(doc);
    expect(inline.startsWith(`Tập thể: Chi bộ thôn Nà Lẹng 1, ${doc.collectives[0].address}; Chi bộ thôn Nà Lẹng 2, `)).toBe(true);
    expect(inline).toContain(`. Cá nhân: ${doc.individuals[0].displayName}, ${doc.individuals[0].address}; `);
    expect(inline.endsWith(`${doc.individuals[7].displayName}, ${doc.individuals[7].address}.`)).toBe(true);
  });

  it("prints the State motto, 'Số:' and zero-padded day and month", () => {
    const state = buildHonoreeListDocument({
      numberText: "56/QĐ-UBND",
      decisionDate: new Date("2026-01-05T00:00:00Z"),
      signerName: "Nguyễn Văn An",
      signerTitle: "CHỦ TỊCH",
      awardForm: "BANG_KHEN",
      issuer: { name: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", parentName: null, style: "STATE", place: "Thái Nguyên" },
      honorees: [],
    });
    expect(state.mottoLines).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expect(state.numberLine).toBe("Số: 56/QĐ-UBND");
    expect(state.issuerStar).toBe(false);
    expect(state.placeDate).toBe("Thái Nguyên, ngày 05 tháng 01 năm 2026");
    expect(state.annexOf).toBe("(Kèm theo Quyết định số 56/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Thái Nguyên)");
  });
});

describe("PDF", () => {
  it("has the header, both sections numbered, exact honoree lines and page numbers from page 2", async () => {
    const pdf = await renderHonoreeListPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const proxy = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(proxy, { mergePages: false });
    expect(totalPages).toBeGreaterThan(2);
    const pages = text.map(squash);
    const all = pages.join(" ");
    for (const s of ["TỈNH ỦY MINH SƠN", "BAN THƯỜNG VỤ TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 112-QĐ/TU", "Minh Sơn, ngày 16 tháng 12 năm 2025", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐIỂN HÌNH", doc.annexOf]) {
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
      expect(pages[i].startsWith("STT Tên tập thể, cá nhân Đơn vị – địa chỉ Mô hình") || pages[i].includes("II. CÁ NHÂN STT") || i === totalPages - 1).toBe(true);
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
    for (const s of ["TỈNH ỦY MINH SƠN", "BAN THƯỜNG VỤ TỈNH ỦY", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 112-QĐ/TU", "Minh Sơn, ngày 16 tháng 12 năm 2025", doc.annexOf, "I. TẬP THỂ", "II. CÁ NHÂN"]) {
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
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    expect(headers.filter((h) => h.includes("PAGE"))).toHaveLength(1);
  });
});

describe("XLSX", () => {
  it("has one row per honoree with the mail-merge columns", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderHonoreeListXlsx(doc)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Danh sách khen thưởng");
    expect(ws.rowCount).toBe(48);
    expect(ws.getRow(1).values).toEqual([undefined, "STT", "Loại", "Danh xưng", "Tên", "Chức vụ", "Địa chỉ", "Mô hình", "Số quyết định", "Ngày quyết định"]);
    const c = doc.collectives[0];
    expect(ws.getRow(2).values).toEqual([undefined, 1, "Tập thể", undefined, c.name, undefined, c.address, c.modelTitle, "112-QĐ/TU", "16/12/2025"]);
    const p = doc.individuals[7];
    const last = ws.getRow(48).values as unknown[];
    expect(last.slice(1, 8)).toEqual([47, "Cá nhân", p.honorific, p.name, p.position || undefined, p.address, p.modelTitle]);
    const names = Array.from({ length: 47 }, (_, i) => ws.getRow(i + 2).getCell(4).value);
    expect(names).toEqual([...doc.collectives, ...doc.individuals].map((l) => l.name));
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
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  }, 60_000);

  it("is 401 signed out, 404 out of scope or without the section, 400 for an unknown format", async () => {
    expect((await downloadDecision(null, String(decisionId), "pdf")).status).toBe(401);
    for (const who of [w.otherProvinceOfficer, w.cadre, w.districtReviewer, w.admin]) {
      const res = await downloadDecision(who, String(decisionId), "pdf");
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("");
    }
    expect((await downloadDecision(w.provinceOfficer, "99999", "pdf")).status).toBe(404);
    expect((await downloadDecision(w.provinceOfficer, "1 OR 1=1", "pdf")).status).toBe(404);
    expect((await downloadDecision(w.provinceOfficer, String(decisionId), "exe")).status).toBe(400);
  });
});
