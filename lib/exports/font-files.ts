/**
 * The fonts of printed documents, one list for both readers: the print view loads them from `public/`
 * (`@font-face` below, same origin, no font service at build or run time) and the PDF renderer embeds the
 * same files from disk (lib/exports/fonts.ts). Tinos: metric-compatible with Times New Roman, full
 * Vietnamese coverage; SIL Open Font License 1.1 (public/fonts/tinos/OFL.txt). Client-safe: no Node imports.
 */
export const TINOS_DIR = "/fonts/tinos";

export const TINOS_FACES = {
  regular: { file: "Tinos-Regular.ttf", weight: 400, style: "normal" },
  bold: { file: "Tinos-Bold.ttf", weight: 700, style: "normal" },
  italic: { file: "Tinos-Italic.ttf", weight: 400, style: "italic" },
  boldItalic: { file: "Tinos-BoldItalic.ttf", weight: 700, style: "italic" },
} as const;

export type TinosFace = keyof typeof TINOS_FACES;

/** `@font-face` rules naming the files served from public/fonts/tinos. */
export function tinosFontFaces(): string {
  return Object.values(TINOS_FACES)
    .map(
      (f) =>
        `@font-face { font-family: "Tinos"; src: url("${TINOS_DIR}/${f.file}") format("truetype"); font-weight: ${f.weight}; font-style: ${f.style}; font-display: swap; }`,
    )
    .join("\n");
}
