import path from "node:path";
import { TINOS_DIR, TINOS_FACES, type TinosFace } from "./font-files";

/** The TTFs the print view serves from public/ (lib/exports/font-files.ts), as files the PDF renderer embeds. */
const ROOT = path.join(process.cwd(), "public", ...TINOS_DIR.split("/").filter(Boolean));

export const TINOS = Object.fromEntries(
  Object.entries(TINOS_FACES).map(([face, f]) => [face, path.join(ROOT, f.file)]),
) as Record<TinosFace, string>;

/** Millimetres → PDF points (1 pt = 1/72 in). */
export const mm = (v: number) => (v * 72) / 25.4;
/** Millimetres → Word twips (1/20 pt). */
export const twip = (v: number) => Math.round(mm(v) * 20);

/** Nghị định 30/2020/NĐ-CP margins used for both formats: top/bottom 20 mm, left 30 mm, right 15 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
