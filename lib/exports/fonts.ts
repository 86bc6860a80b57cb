import path from "node:path";

/** Tinos: metric-compatible with Times New Roman, full Vietnamese coverage, shipped as npm package TTFs. */
const ROOT = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");

export const TINOS = {
  regular: path.join(ROOT, "400Regular", "Tinos_400Regular.ttf"),
  bold: path.join(ROOT, "700Bold", "Tinos_700Bold.ttf"),
  italic: path.join(ROOT, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
  boldItalic: path.join(ROOT, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
} as const;

/** Millimetres → PDF points (1 pt = 1/72 in). */
export const mm = (v: number) => (v * 72) / 25.4;
/** Millimetres → Word twips (1/20 pt). */
export const twip = (v: number) => Math.round(mm(v) * 20);

/** Nghị định 30/2020/NĐ-CP margins used for both formats: top/bottom 20 mm, left 30 mm, right 15 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
