// The shape of the organisation tree, in one place: which kinds each level has, which level a unit of each
// level hangs under, and the kinds that no longer exist from 1 July 2025. Creating, moving and importing
// units check it. Taken from what the legitimate trees hold (the official loader lib/org/import-org-tree.ts,
// the demo seed, tests/fixtures) and DOMAIN.md: province → (district level) → commune level → grassroots;
// from 1 July 2025 communes hang directly under the province and huyện/thị xã/thành phố thuộc tỉnh are
// gone, while the district-level equivalents (the provincial police's party committee …) continue as
// committees directly under the province (lib/i18n/levels.ts, ADR 0026). Client-safe: plain data.
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { NEW_ERA_FROM } from "./eras";

export const LEVEL_KINDS: Record<UnitLevel, readonly UnitKind[]> = {
  PROVINCE: ["PROVINCE", "CENTRAL_CITY"],
  DISTRICT: ["DISTRICT", "TOWN", "PROVINCIAL_CITY", "DISTRICT_EQUIVALENT"],
  // "Đặc khu" (special zones, from 2025) are commune-level administrative units of kind COMMUNE_EQUIVALENT.
  COMMUNE: ["COMMUNE", "WARD", "TOWNSHIP", "COMMUNE_EQUIVALENT"],
  GRASSROOTS: ["PARTY_CELL", "HAMLET", "SCHOOL", "CLINIC", "ASSOCIATION", "ENTERPRISE", "OTHER"],
};

/** Levels a unit of each level may hang under; empty: a root (only a province is one). */
export const PARENT_LEVELS: Record<UnitLevel, readonly UnitLevel[]> = {
  PROVINCE: [],
  DISTRICT: ["PROVINCE"],
  // Under a district (before 1/7/2025, or under a district-level equivalent) or directly under the province.
  COMMUNE: ["PROVINCE", "DISTRICT"],
  GRASSROOTS: ["COMMUNE"],
};

/** Administrative districts (huyện, thị xã, thành phố thuộc tỉnh): abolished from 1 July 2025. */
export const REAL_DISTRICT_KINDS = ["DISTRICT", "TOWN", "PROVINCIAL_CITY"] as const satisfies readonly UnitKind[];

/** First day on which a real district can no longer start (the two-level local government). */
export const REAL_DISTRICTS_END_BEFORE = NEW_ERA_FROM;

export type UnitRuleProblem =
  /** The kind is not one of the level's kinds. */
  | { rule: "kind"; allowed: readonly UnitKind[] }
  /** The parent's level (null: no parent) is not one the level may hang under. */
  | { rule: "parent"; parentLevel: UnitLevel | null; allowed: readonly UnitLevel[] }
  /** A real district whose period (or kind) would start on or after 1 July 2025. */
  | { rule: "abolished" };

export function kindProblem(level: UnitLevel, kind: UnitKind): UnitRuleProblem | null {
  return LEVEL_KINDS[level].includes(kind) ? null : { rule: "kind", allowed: LEVEL_KINDS[level] };
}

export function parentProblem(level: UnitLevel, parentLevel: UnitLevel | null): UnitRuleProblem | null {
  const allowed = PARENT_LEVELS[level];
  const fits = parentLevel === null ? allowed.length === 0 : allowed.includes(parentLevel);
  return fits ? null : { rule: "parent", parentLevel, allowed };
}

/** `from`: the first day the unit has this kind (its start, or the start of a new name period). */
export function abolishedProblem(kind: UnitKind, from: Date): UnitRuleProblem | null {
  const real = (REAL_DISTRICT_KINDS as readonly UnitKind[]).includes(kind);
  return real && from.getTime() >= REAL_DISTRICTS_END_BEFORE.getTime() ? { rule: "abolished" } : null;
}

/** Every rule for a unit as a whole (a new one): its kind from `validFrom`, and its parent's level. */
export function unitProblems(
  unit: { level: UnitLevel; kind: UnitKind; validFrom: Date },
  parentLevel: UnitLevel | null,
): { kind: UnitRuleProblem | null; parent: UnitRuleProblem | null } {
  return {
    kind: kindProblem(unit.level, unit.kind) ?? abolishedProblem(unit.kind, unit.validFrom),
    parent: parentProblem(unit.level, parentLevel),
  };
}
