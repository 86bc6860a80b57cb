// The print view's fonts are static files of the project: served from public/ and embedded by the PDF
// renderer from the same files, with their licence, and no font service anywhere in the code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import PDFDocument from "pdfkit";
import { TINOS_DIR, TINOS_FACES, tinosFontFaces } from "./font-files";
import { TINOS } from "./fonts";

const root = path.resolve(__dirname, "../..");
const publicDir = path.join(root, "public");

describe("print fonts", () => {
  it("the PDF renderer reads the TrueType files public/ serves", () => {
    for (const [face, file] of Object.entries(TINOS)) {
      expect(path.relative(publicDir, file), face).toBe(
        path.join(...TINOS_DIR.split("/").filter(Boolean), TINOS_FACES[face as keyof typeof TINOS_FACES].file),
      );
      const bytes = fs.readFileSync(file);
      expect(bytes.readUInt32BE(0), `${face}: sfnt version 1.0`).toBe(0x00010000);
    }
  });

  it("every @font-face of the print view names a file in public/", () => {
    const urls = [...tinosFontFaces().matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(urls).toHaveLength(Object.keys(TINOS_FACES).length);
    for (const url of urls) expect(fs.existsSync(path.join(publicDir, url)), url).toBe(true);
  });

  it("ships the licence with the fonts", () => {
    const licence = fs.readFileSync(path.join(publicDir, TINOS_DIR, "OFL.txt"), "utf8");
    expect(licence).toContain("SIL Open Font License, Version 1.1");
    expect(licence).toContain("Tinos");
  });

  it("pdfkit embeds them with Vietnamese glyphs", async () => {
    const doc = new PDFDocument({ size: "A4", font: TINOS.regular, compress: false });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => doc.on("end", r));
    doc.registerFont("B", TINOS.bold);
    doc.font("B").text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập, Tự do, Hạnh phúc");
    doc.end();
    await done;
    const pdf = Buffer.concat(chunks).toString("latin1");
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Bold/);
  });

  it("no code loads fonts from a font service (Google Fonts) at build or run time", () => {
    const service = [
      ["fonts", "googleapis", "com"].join("."),
      ["fonts", "gstatic", "com"].join("."),
      "next/font/" + "google",
    ];
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) {
          if (d.name !== "generated" && !d.name.startsWith(".")) walk(p);
        } else if (/\.(ts|tsx|css|mjs)$/.test(d.name)) {
          const text = fs.readFileSync(p, "utf8");
          for (const s of service) if (text.includes(s)) hits.push(`${path.relative(root, p)}: ${s}`);
        }
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(path.join(root, dir));
    expect(hits).toEqual([]);
  });
});
