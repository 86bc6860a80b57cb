/** Test-only: tiny but well-formed files of each accepted type, and a ZIP builder for DOCX. */
import sharp from "sharp";

export const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);
export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
export const WEBP = new Uint8Array([...Buffer.from("RIFF"), 0x1a, 0, 0, 0, ...Buffer.from("WEBPVP8 "), 0, 0, 0, 0]);
export const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"));
export const TEXT = new Uint8Array(Buffer.from("Đây là một tệp văn bản, không phải ảnh.\n"));

/** A ZIP (method "stored") with the given entries; CRCs are zero, which the sniffer does not check. */
export function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const n = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += local.length + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export const DOCX = zip({
  "[Content_Types].xml": "<Types/>",
  "word/document.xml": "<w:document><w:body><w:p><w:r><w:t>Biên bản</w:t></w:r></w:p></w:body></w:document>",
});

export function file(bytes: Uint8Array, name: string): File {
  return new File([Buffer.from(bytes)], name);
}

/**
 * A photo as phones write it: `width`×`height` pixels stored sideways with EXIF orientation 6 ("turn 90°
 * clockwise to show"), so upright it is `height` wide and `width` tall. Noise, so JPEG cannot shrink it
 * (3000×2000 is about 4 MB).
 */
export function phonePhoto(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
