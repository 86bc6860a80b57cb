import { describe, expect, it } from "vitest";
import { asciiFallback, contentDisposition, encodeRfc5987 } from "./content-disposition";
import { sniff } from "./sniff";
import { DOCX, JPEG, PDF, PNG, TEXT, WEBP, zip } from "./test-files";

describe("sniff", () => {
  it.each([
    ["jpeg", JPEG],
    ["png", PNG],
    ["webp", WEBP],
    ["pdf", PDF],
    ["docx", DOCX],
  ] as const)("recognises %s by its bytes", (kind, bytes) => {
    expect(sniff(bytes)?.kind).toBe(kind);
  });

  it("tells a plain ZIP, a macro-enabled Word file and text apart", () => {
    expect(sniff(zip({ "a.txt": "x" }))).toEqual({ kind: "zip" });
    expect(sniff(zip({ "word/document.xml": "<w/>", "word/vbaProject.bin": "x" }))).toEqual({
      kind: "docx",
      docxHasMacros: true,
    });
    expect(sniff(TEXT)).toBeNull();
    expect(sniff(new Uint8Array())).toBeNull();
    // A text that merely starts like a ZIP is not a Word file.
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("word/document.xml")]))).toEqual({
      kind: "zip",
    });
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name per RFC 5987", () => {
    expect(contentDisposition("Biên bản họp thôn Nà Lẹng (lần 1).pdf")).toBe(
      `attachment; filename="Bien ban hop thon Na Leng (lan 1).pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20th%C3%B4n%20N%C3%A0%20L%E1%BA%B9ng%20%28l%E1%BA%A7n%201%29.pdf`,
    );
  });

  it("decodes back to the same (NFC) name and never lets quotes or CR/LF into the header", () => {
    const name = "Đường \"mới\" 'xã'\r\nSet-Cookie: x.docx";
    const header = contentDisposition(name, "inline");
    expect(header.startsWith("inline; ")).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
    expect(decodeURIComponent(header.split("filename*=UTF-8''")[1])).toBe(name.normalize("NFC"));
    expect(asciiFallback(name)).toBe("Duong _moi_ 'xa'__Set-Cookie: x.docx");
    expect(encodeRfc5987("a'b(c)*")).toBe("a%27b%28c%29%2A");
  });
});
