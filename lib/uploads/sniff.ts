/**
 * File types recognised by their first bytes, never by the name or the browser's Content-Type.
 * A tiny sniffer for the five evidence formats instead of a dependency: JPEG, PNG, WebP, PDF, and
 * DOCX (a ZIP whose central directory lists word/document.xml).
 */

export type FileKind = "jpeg" | "png" | "webp" | "pdf" | "docx";

/** Accepted kinds of evidence file (their names in messages: lib/i18n/uploads.ts `kinds`). */
export const FILE_KINDS: Record<FileKind, { mime: string; extensions: readonly string[] }> = {
  jpeg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mime: "image/png", extensions: ["png"] },
  webp: { mime: "image/webp", extensions: ["webp"] },
  pdf: { mime: "application/pdf", extensions: ["pdf"] },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
  },
};

export function kindForExtension(ext: string): FileKind | null {
  const e = ext.toLowerCase();
  for (const [kind, info] of Object.entries(FILE_KINDS)) if (info.extensions.includes(e)) return kind as FileKind;
  return null;
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export type Sniffed = { kind: FileKind; docxHasMacros?: boolean } | { kind: "zip" } | null;

export function sniff(b: Uint8Array): Sniffed {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: "jpeg" };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: "png" };
  if (startsWith(b, ascii("RIFF")) && startsWith(b, ascii("WEBP"), 8)) return { kind: "webp" };
  if (startsWith(b, ascii("%PDF-"))) return { kind: "pdf" };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(b);
    if (names?.includes("word/document.xml")) {
      return { kind: "docx", docxHasMacros: names.some((n) => n.toLowerCase() === "word/vbaproject.bin") };
    }
    return { kind: "zip" };
  }
  return null;
}

/** Entry names from a ZIP's central directory (found through the end-of-central-directory record), or null if malformed. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  if (b.length < 22) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    const size = view.getUint32(i + 12, true);
    const offset = view.getUint32(i + 16, true);
    if (offset + size > i) return null;
    const names: string[] = [];
    const decoder = new TextDecoder();
    let p = offset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > i || view.getUint32(p, true) !== 0x02014b50) return null;
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      if (p + 46 + nameLength > i) return null;
      names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLength)));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}
