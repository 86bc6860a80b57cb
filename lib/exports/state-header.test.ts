import JSZip from "jszip";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { buildHonoreeListDocument, headerLines } from "./honoree-list";
import { renderHonoreeListDocx } from "./render-docx";
import { renderHonoreeListPdf } from "./render-pdf";

/**
 * The header of a State-style annex (Nghị định 30/2020): the issuing body's name breaks before its place,
 * never inside it ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC KẠN", not "… TỈNH BẮC" / "KẠN"), and a solid line runs
 * under the motto — in the print view, the PDF and the Word file alike.
 */
const doc = buildHonoreeListDocument({
  status: "ISSUED",
  numberText: "56/QĐ-UBND",
  decisionDate: new Date("2025-06-05T00:00:00Z"),
  signerName: "Nguyễn Văn An",
  signerTitle: "Chủ tịch",
  awardForm: "BANG_KHEN",
  issuer: {
    name: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
    parentName: null,
    style: "STATE",
    place: "Bắc Kạn",
    numberSuffix: "QĐ-UBND",
  },
  honorees: [
    {
      kind: "COLLECTIVE",
      sortOrder: 1,
      honorific: null,
      name: "Chi bộ thôn Nà Lẹng",
      position: null,
      address: "xã Tân Lập, huyện Chợ Đồn",
      modelTitle: "Hiến đất làm đường",
    },
  ],
});

describe("State annex header", () => {
  it("breaks a long issuing body's name before its place and keeps short ones whole", () => {
    expect(headerLines("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"]);
    expect(headerLines("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH")).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"]);
    expect(headerLines("ỦY BAN NHÂN DÂN THỊ XÃ PHÚ THỌ")).toEqual(["ỦY BAN NHÂN DÂN", "THỊ XÃ PHÚ THỌ"]);
    expect(headerLines("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY")).toEqual(["BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY"]);
    expect(headerLines("BAN THƯỜNG VỤ TỈNH ỦY")).toEqual(["BAN THƯỜNG VỤ TỈNH ỦY"]);
    expect(headerLines("ỦY BAN NHÂN DÂN XÃ CHỢ ĐỒN")).toEqual(["ỦY BAN NHÂN DÂN", "XÃ CHỢ ĐỒN"]);
    expect(doc.issuerLines).toEqual([
      { text: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", bold: true, lines: ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN"] },
    ]);
  });

  it("print view: one block per header line and a solid rule under the motto", async () => {
    // Imported as exports.test.ts does: lib/ does not import components/ statically (lint rule).
    const { HonoreeAnnex } = await import("@/components/decisions/honoree-annex");
    const html = renderToStaticMarkup(createElement(HonoreeAnnex, { doc }));
    expect(html).toContain(
      '<p class="font-bold"><span class="annex-line">ỦY BAN NHÂN DÂN</span><span class="annex-line">TỈNH BẮC KẠN</span></p>',
    );
    expect(html).toContain(
      '<span class="annex-motto-rule" data-testid="motto-rule">Độc lập - Tự do - Hạnh phúc</span>',
    );
    expect(html).toContain('data-style="STATE"');
  });

  it("PDF: the place stays on one line, under the body's title", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await renderHonoreeListPdf(doc)));
    const { items } = await (await pdf.getPage(1)).getTextContent();
    const lines = items
      .flatMap((i) => ("str" in i && i.str.trim() ? [{ text: i.str.trim(), y: i.transform[5] as number }] : []))
      .slice(0, 8);
    const body = lines.find((l) => l.text === "ỦY BAN NHÂN DÂN");
    const place = lines.find((l) => l.text === "TỈNH BẮC KẠN");
    expect(body, JSON.stringify(lines)).toBeDefined();
    expect(place, JSON.stringify(lines)).toBeDefined();
    expect(place!.y).toBeLessThan(body!.y);
    expect(lines.map((l) => l.text)).not.toContain("KẠN");
  });

  it("Word: the body's title and its place are lines of their own; the motto is underlined", async () => {
    const zip = await JSZip.loadAsync(await renderHonoreeListDocx(doc));
    const xml = (await zip.file("word/document.xml")!.async("string")).normalize("NFC");
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const texts = paragraphs.map(textOf);
    expect(texts).toContain("ỦY BAN NHÂN DÂN");
    expect(texts).toContain("TỈNH BẮC KẠN");
    expect(texts).not.toContain("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN");
    const motto = paragraphs.find((p) => textOf(p) === "Độc lập - Tự do - Hạnh phúc");
    expect(motto).toMatch(/<w:u /);
  });
});
