// One layout for all UI text: every message catalogue is lib/i18n/<domain>.ts, exporting one catalogue
// const (lib/i18n/vi.ts, the shared vocabulary, also holds the label records of the enums). A constant
// object of Vietnamese texts anywhere else in app/, components/ or lib/ is a new catalogue in the wrong
// place and fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const VIETNAMESE = /[À-ỹĐđ]/;

/** Files that hold Vietnamese words that are data, not UI text (and why). */
const NOT_UI_TEXT: Record<string, string> = {
  "lib/import/values.ts": "the cell vocabulary the spreadsheet import parses (Xã/Huyện/Tỉnh, Tập thể/Cá nhân)",
  "lib/actions/registry.ts": "form values the permission matrix submits (test input, not shown to anyone)",
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" || d.name.startsWith(".") ? [] : walk(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) && !/^test-/.test(d.name) ? [p] : [];
  });
}

/** Top-level `const NAME = { … }` objects with at least three Vietnamese string values. */
export function catalogues(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^(?:export )?const (\w+)(?::[^=\n]+)? = \{\n([\s\S]*?)\n\}/gm)) {
    const texts = [...m[2].matchAll(/(["`])((?:(?!\1)[^\n\\])*)\1/g)].filter((s) => VIETNAMESE.test(s[2]));
    if (texts.length >= 3) found.push(m[1]);
  }
  return found;
}

const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");

describe("message catalogue layout", () => {
  it("finds a catalogue (the detector works)", () => {
    expect(catalogues(fs.readFileSync(path.join(root, "lib/i18n/models.ts"), "utf8"))).toEqual(["mvi"]);
    expect(
      catalogues('export const X = {\n  a: "Không tìm thấy.",\n  b: `Tệp “${n}” rỗng.`,\n  c: "Đã lưu.",\n};\n'),
    ).toEqual(["X"]);
  });

  it("has no catalogue outside lib/i18n", () => {
    const outside = ["app", "components", "lib"]
      .flatMap((d) => walk(path.join(root, d)))
      .map(rel)
      .filter((f) => !f.startsWith("lib/i18n/") && !f.startsWith("lib/demo/") && !(f in NOT_UI_TEXT))
      .flatMap((f) => catalogues(fs.readFileSync(path.join(root, f), "utf8")).map((name) => `${f}: ${name}`));
    expect(outside, "move these texts to lib/i18n/<domain>.ts").toEqual([]);
  });

  it("gives each domain file of lib/i18n one exported catalogue", () => {
    const many = walk(path.join(root, "lib/i18n"))
      .map(rel)
      // vi.ts: the shared vocabulary and enum labels; levels.ts: the era-dependent level words (date and labels).
      .filter((f) => f !== "lib/i18n/vi.ts" && f !== "lib/i18n/levels.ts")
      .map(
        (f) =>
          [
            f,
            [...fs.readFileSync(path.join(root, f), "utf8").matchAll(/^export const (\w+)/gm)].map((m) => m[1]),
          ] as const,
      )
      .filter(([, names]) => names.length !== 1)
      .map(([f, names]) => `${f}: ${names.join(", ") || "none"}`);
    expect(many).toEqual([]);
  });
});
