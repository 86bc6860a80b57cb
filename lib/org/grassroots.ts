// Deterministic grassroots units (chi bộ thôn, schools, clinics, associations …) under a commune.
import type { UnitKind } from "@/lib/generated/prisma/client";
import { HAMLET_NAMES } from "@/lib/demo/names";
import { mulberry32, seedFrom } from "@/lib/demo/prng";
import { addressForm, baseName } from "./unit-names";

export type GrassrootsPlan = {
  name: string;
  kind: UnitKind;
  /** "thôn Nà Lẹng" / "tổ dân phố Nà Lẹng" */ hamlet: string;
};

const SCHOOLS = [
  "Trường Mầm non",
  "Trường Tiểu học",
  "Trường Trung học cơ sở",
  "Trường Phổ thông dân tộc bán trú Trung học cơ sở",
];
const ASSOCIATIONS = [
  "Hội Nông dân",
  "Hội Liên hiệp Phụ nữ",
  "Hội Cựu chiến binh",
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
];

/** 2–5 units for the commune, the first always a hamlet party cell; the same commune always gets the same list. */
export function grassrootsFor(communeName: string, communeKind: UnitKind, key: string): GrassrootsPlan[] {
  const rng = mulberry32(seedFrom(key));
  const urban = communeKind === "WARD" || communeKind === "TOWNSHIP";
  const hamletWord = urban ? "tổ dân phố" : "thôn";
  const hamlets = rng.sample(HAMLET_NAMES, 5);
  const commune = addressForm(communeName);
  const base = baseName(communeName);
  const kinds: UnitKind[] = [
    "PARTY_CELL",
    ...rng.sample<UnitKind>(["PARTY_CELL", "HAMLET", "SCHOOL", "CLINIC", "ASSOCIATION", "ENTERPRISE", "OTHER"], 4),
  ];
  const n = rng.int(2, 5);
  return kinds.slice(0, n).map((kind, i) => {
    const h = hamlets[i];
    const hamlet = `${hamletWord} ${h}`;
    switch (kind) {
      case "PARTY_CELL":
        return { kind, hamlet, name: `Chi bộ ${hamlet}` };
      case "HAMLET":
        return { kind, hamlet, name: `${urban ? "Tổ dân phố" : "Thôn"} ${h}` };
      case "SCHOOL":
        return { kind, hamlet, name: `${rng.pick(SCHOOLS)} ${base}` };
      case "CLINIC":
        return { kind, hamlet, name: `Trạm Y tế ${commune}` };
      case "ASSOCIATION":
        return { kind, hamlet, name: `${rng.pick(ASSOCIATIONS)} ${commune}` };
      case "ENTERPRISE":
        return { kind, hamlet, name: `Hợp tác xã Nông nghiệp ${h}` };
      default:
        return { kind: "OTHER" as UnitKind, hamlet, name: `Công an ${commune}` };
    }
  });
}
