/**
 * Names of committee levels and reviewer roles as they are on a date (issue 13, "Words after the 2025
 * reorganisation"). From 1 July 2025 districts no longer exist: a party committee that was "tương đương cấp
 * huyện" (the provincial police's, the military command's, the agencies' and enterprises' blocs) is today a
 * committee directly under the province, and a police department's party committee under it is not "cấp xã".
 * What happened before that date is named as it was then. Client-safe: plain data and functions.
 */
import type { Role, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { REAL_DISTRICT_KINDS } from "@/lib/org/unit-rules";

/** First day of the two-level local government (lib/org/eras.ts NEW_ERA_FROM). */
export const REORGANISED_ON = "2025-07-01";

export type LevelOf = {
  level: UnitLevel;
  /** Without a kind the level is named generically for the date. */
  kind?: UnitKind | null;
  /** "Đặc khu …" is a commune-level administrative unit although its kind is COMMUNE_EQUIVALENT. */
  name?: string | null;
};

/** The district level where the period is not known: a district until 30/6/2025, a committee under the province since. */
const DISTRICT_EITHER = "cấp huyện, trực thuộc tỉnh";

const REAL_DISTRICTS: readonly UnitKind[] = REAL_DISTRICT_KINDS;

/** `undefined`: today; `null`: a period not known (the wording must fit both). */
export type At = Date | string | null | undefined;

const VN_OFFSET_MS = 7 * 3600_000;

/** The calendar day in Vietnam (a step at 00:30 on 1/7/2025 local time is after the reorganisation). */
function iso(at: Date | string | undefined): string {
  if (typeof at === "string") return at.slice(0, 10);
  return new Date((at ?? new Date()).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** Before the reorganisation on that date? (`at` defaults to now.) */
export function beforeReorganisation(at?: Date | string): boolean {
  return iso(at) < REORGANISED_ON;
}

/**
 * The level as written after a noun ("Điển hình …", "Cán bộ thẩm định …", "(…)"), lower case:
 * "cấp tỉnh", "cấp xã", "cấp huyện" (a district, or the district level before 1/7/2025),
 * "tương đương cấp huyện" (an equivalent before 1/7/2025), "cấp trực thuộc tỉnh" (the same from then on),
 * "tương đương cấp xã" (a party committee of a department or unit under it), "cơ sở".
 */
export function levelPhrase(unit: LevelOf, at?: At): string {
  const before = at === null ? null : beforeReorganisation(at);
  switch (unit.level) {
    case "PROVINCE":
      return "cấp tỉnh";
    case "GRASSROOTS":
      return "cơ sở";
    case "COMMUNE":
      return unit.kind === "COMMUNE_EQUIVALENT" && !unit.name?.startsWith("Đặc khu") ? "tương đương cấp xã" : "cấp xã";
    case "DISTRICT":
      if (unit.kind && REAL_DISTRICTS.includes(unit.kind)) return "cấp huyện";
      if (unit.kind === "DISTRICT_EQUIVALENT")
        return before === null ? DISTRICT_EITHER : before ? "tương đương cấp huyện" : "cấp trực thuộc tỉnh";
      return before === null ? DISTRICT_EITHER : before ? "cấp huyện" : "cấp trực thuộc tỉnh";
  }
}

/** The same, capitalised, for a label of its own ("Cấp trực thuộc tỉnh"). */
export function levelTitle(unit: LevelOf, at?: At): string {
  const p = levelPhrase(unit, at);
  return p[0].toUpperCase() + p.slice(1);
}

const ROLE_BASE: Record<Role, string> = {
  UNIT_CADRE: "Cán bộ đơn vị",
  COMMUNE_REVIEWER: "Cán bộ thẩm định",
  DISTRICT_REVIEWER: "Cán bộ thẩm định",
  PROVINCE_OFFICER: "Cán bộ cấp tỉnh",
  ADMIN: "Quản trị hệ thống",
};

/**
 * A person's role as it reads on a date: a reviewer is named by its own committee's level
 * ("Cán bộ thẩm định cấp trực thuộc tỉnh" at the provincial police's party committee today).
 */
export function roleName(role: Role, unit?: LevelOf | null, at?: At): string {
  if (role !== "COMMUNE_REVIEWER" && role !== "DISTRICT_REVIEWER") return ROLE_BASE[role];
  const level: LevelOf = unit ?? { level: role === "COMMUNE_REVIEWER" ? "COMMUNE" : "DISTRICT" };
  return `${ROLE_BASE[role]} ${levelPhrase(level, at)}`;
}

/** The signed-in person's role as it reads today, from its own unit. */
export function actorRoleName(a: { role: Role; unitLevel: UnitLevel; unitKind?: UnitKind; unitName: string }): string {
  return roleName(a.role, { level: a.unitLevel, kind: a.unitKind, name: a.unitName });
}

/** Role names the portal printed before (in exported sheets people may import again). */
export const FORMER_ROLE_LABELS: Record<"DISTRICT_REVIEWER", string> = {
  DISTRICT_REVIEWER: "Cán bộ thẩm định cấp huyện",
};
