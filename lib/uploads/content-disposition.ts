/**
 * `Content-Disposition` with an ASCII fallback and the RFC 5987/6266 UTF-8 name, so "Biên bản họp
 * thôn.pdf" downloads under its Vietnamese name in every browser and degrades to "Bien ban hop thon.pdf".
 */
export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const name = fileName.normalize("NFC");
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

export function asciiFallback(name: string): string {
  const folded = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_")
    .trim();
  return folded || "tep-dinh-kem";
}

/** encodeURIComponent leaves ' ( ) * ! unescaped; attr-char (RFC 5987) allows only ! of those. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
