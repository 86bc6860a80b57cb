// Administrative unit names: kind from the name prefix, the lower-case form used inside addresses, slugs.
import type { UnitKind } from "@/lib/generated/prisma/client";

const PREFIXES: readonly { prefix: string; kind: UnitKind }[] = [
  { prefix: "Thành phố", kind: "PROVINCIAL_CITY" },
  { prefix: "Thị xã", kind: "TOWN" },
  { prefix: "Thị trấn", kind: "TOWNSHIP" },
  { prefix: "Huyện", kind: "DISTRICT" },
  { prefix: "Quận", kind: "DISTRICT" },
  { prefix: "Phường", kind: "WARD" },
  { prefix: "Xã", kind: "COMMUNE" },
  { prefix: "Đặc khu", kind: "COMMUNE_EQUIVALENT" },
  { prefix: "Tỉnh", kind: "PROVINCE" },
];

/** The prefix ("Huyện", "Thị trấn" …) of an administrative name, if it has a known one. */
export function namePrefix(name: string): string | undefined {
  return PREFIXES.find((p) => name.startsWith(`${p.prefix} `))?.prefix;
}

export function districtKind(name: string): UnitKind {
  const kind = PREFIXES.find((p) => name.startsWith(`${p.prefix} `))?.kind;
  if (kind === "PROVINCIAL_CITY" || kind === "TOWN" || kind === "DISTRICT") return kind;
  throw new Error(`Không nhận ra loại đơn vị cấp huyện: "${name}"`);
}

export function communeKind(name: string): UnitKind {
  const kind = PREFIXES.find((p) => name.startsWith(`${p.prefix} `))?.kind;
  if (kind === "COMMUNE" || kind === "WARD" || kind === "TOWNSHIP" || kind === "COMMUNE_EQUIVALENT") return kind;
  throw new Error(`Không nhận ra loại đơn vị cấp xã: "${name}"`);
}

/** "Xã Tân Lập" → "Tân Lập". */
export function baseName(name: string): string {
  const prefix = namePrefix(name);
  return prefix ? name.slice(prefix.length + 1) : name;
}

/** The form used inside an address line: "Huyện Chợ Đồn" → "huyện Chợ Đồn", "Thị trấn Nà Phặc" → "thị trấn Nà Phặc". */
export function addressForm(name: string): string {
  const prefix = namePrefix(name);
  return prefix ? `${prefix.toLowerCase()} ${name.slice(prefix.length + 1)}` : name;
}

/** Accent-free lower case, the same key as the SQL vn_fold(): NFD, strip marks, đ → d. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** "Huyện Chợ Đồn" → "cho-don" (prefix dropped). */
export function slug(name: string): string {
  return fold(baseName(name))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
