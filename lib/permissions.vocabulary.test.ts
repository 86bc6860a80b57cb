/**
 * The permission vocabulary is true: every permission is checked by some code outside lib/permissions.ts
 * (a use case, the navigation, a page); a permission nobody checks is removed instead.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "./permissions";

const root = path.resolve(__dirname, "..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" || d.name.startsWith(".") ? [] : sources(p);
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

// The registry names permissions as documentation; it does not check them.
const NOT_A_CHECK = new Set(["lib/permissions.ts", "lib/actions/registry.ts"]);
const files = ["app", "components", "lib"]
  .flatMap((d) => sources(path.join(root, d)))
  .map((f) => [path.relative(root, f).split(path.sep).join("/"), fs.readFileSync(f, "utf8")] as const)
  .filter(([f]) => !NOT_A_CHECK.has(f));

describe("permission vocabulary", () => {
  it.each(PERMISSIONS.map((p) => [p]))("%s is checked somewhere", (permission) => {
    const users = files.filter(([, src]) => src.includes(`"${permission}"`)).map(([f]) => f);
    expect(users, `${permission} is granted but never checked: use it or remove it`).not.toEqual([]);
  });
});
