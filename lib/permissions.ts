/**
 * The one place that says who may do what on which unit subtree.
 *
 * Client-safe on purpose (only type imports): components call `can()` to hide buttons; use cases call
 * `can()` too and return their "forbidden" value, and scope every load with `unitSubtreeWhere` /
 * `modelScopeWhere`. Every permission below is checked somewhere (lib/permissions.vocabulary.test.ts).
 */
import type { Actor } from "@/lib/auth/types";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** `action:entity:scope`. The scope part documents which where-fragment the use case must apply. */
export const PERMISSIONS = [
  "view:model:own-unit",
  "register:model:own-unit",
  "edit:model:own-unit",
  "report:progress:own-unit",
  "view:dashboard:own-unit",
  "view:model:subtree",
  "review:model:subtree",
  "recognize:model:subtree",
  "designate-typical:model:subtree",
  "propose:model:subtree",
  "register:model:subtree",
  "record:historic-model:subtree",
  "view:dashboard:subtree",
  "view:review-progress:subtree",
  "manage:decision:subtree",
  "manage:campaign:province",
  "manage:issuer:province",
  "view:model:all",
  "view:dashboard:all",
  "view:decision:all",
  "manage:org:all",
  "manage:user:all",
  "manage:list:all",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const REVIEWER: readonly Permission[] = [
  "view:model:subtree",
  "review:model:subtree",
  "recognize:model:subtree",
  "designate-typical:model:subtree",
  // Committees register for units of their subtree (many have no account) and complete past periods.
  "register:model:subtree",
  "record:historic-model:subtree",
  "view:dashboard:subtree",
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  UNIT_CADRE: [
    "view:model:own-unit",
    "register:model:own-unit",
    "edit:model:own-unit",
    "report:progress:own-unit",
    "view:dashboard:own-unit",
  ],
  COMMUNE_REVIEWER: [...REVIEWER, "propose:model:subtree"],
  // Committees with committees below them follow those committees' review progress (a commune has none).
  DISTRICT_REVIEWER: [...REVIEWER, "propose:model:subtree", "view:review-progress:subtree"],
  // The province is the top of the tree: nothing to propose to. It alone issues decisions, runs campaigns and keeps its issuing bodies.
  PROVINCE_OFFICER: [
    ...REVIEWER,
    "view:review-progress:subtree",
    "manage:decision:subtree",
    "manage:campaign:province",
    "manage:issuer:province",
  ],
  // Administers the tree and accounts and may look at everything, but reviews nothing and issues nothing
  // (separation of duties): it reads the issued decisions of every province, its own imports among them.
  ADMIN: [
    "view:model:all",
    "view:dashboard:all",
    "view:decision:all",
    "manage:org:all",
    "manage:user:all",
    "manage:list:all",
  ],
};

type RoleHolder = Pick<Actor, "role">;
type ScopeHolder = Pick<Actor, "role" | "unitId" | "unitPath">;

export function can(actor: RoleHolder | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return ROLE_PERMISSIONS[actor.role]?.includes(permission) ?? false;
}

/**
 * Units the actor may see: a cadre only its own unit; reviewers and the province their subtree and,
 * by the successor rule, the history of every unit that merged into a unit of it (recursively: a
 * commune merged into a commune of a province merged into this one); the administrator all.
 * One GIN-indexed `lineage @> {unitId}` (ADR 0025). Reading only: a closed unit's own accounts
 * cannot sign in, and routing of open models follows today's tree (`Model.reviewUnitId`).
 */
export function unitSubtreeWhere(actor: ScopeHolder): Prisma.UnitWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "UNIT_CADRE":
      return { id: actor.unitId };
    default:
      return { lineage: { has: actor.unitId } };
  }
}

/** Name used in docs/CONTRACTS.md. */
export const scopeUnitWhere = unitSubtreeWhere;

/**
 * Models the actor may see. A cadre: its own unit's models. Reviewers and the province: models owned in
 * their scope (subtree plus predecessors' history, see unitSubtreeWhere). That also covers today's
 * routing: a model's committee is always in its owner's lineage (registration and proposals go to the
 * owner's committees, a merger re-routes open models to the successor's), so an open model under an
 * abolished district reaches its successor's committee without a second, unindexable OR branch.
 */
export function modelScopeWhere(actor: ScopeHolder): Prisma.ModelWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "UNIT_CADRE":
      return { ownerUnitId: actor.unitId };
    default:
      return { ownerUnit: unitSubtreeWhere(actor) };
  }
}

/** A loaded unit as isInSubtree needs it; a bare path string is accepted for the plain subtree rule. */
export type ScopedUnit = { id: number; path: string; lineage: readonly number[] };

/**
 * Same rule as unitSubtreeWhere, for a unit already loaded. Pass the unit (with `lineage`) to apply the
 * successor rule; a bare path ("/1/12/345/") checks today's subtree only.
 */
export function isInSubtree(actor: ScopeHolder, unit: ScopedUnit | string): boolean {
  const path = typeof unit === "string" ? unit : unit.path;
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "UNIT_CADRE":
      return path === actor.unitPath;
    default:
      return path.startsWith(actor.unitPath) || (typeof unit !== "string" && unit.lineage.includes(actor.unitId));
  }
}
