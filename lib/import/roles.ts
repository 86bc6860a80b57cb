import type { ImportKind, Role } from "@/lib/generated/prisma/enums";

/**
 * Who may import and export each kind (client-safe: navigation reads it). Units and accounts: the
 * administrator only; models and past decisions: the administrator, or a province officer in its province.
 */
export const IMPORT_ROLES: Readonly<Record<ImportKind, readonly Role[]>> = {
  UNITS: ["ADMIN"],
  ACCOUNTS: ["ADMIN"],
  MODELS: ["ADMIN", "PROVINCE_OFFICER"],
  DECISIONS: ["ADMIN", "PROVINCE_OFFICER"],
};

export function mayImport(actor: { role: Role }, kind: ImportKind): boolean {
  return IMPORT_ROLES[kind].includes(actor.role);
}

export function mayImportAnything(actor: { role: Role }): boolean {
  return (Object.keys(IMPORT_ROLES) as ImportKind[]).some((k) => mayImport(actor, k));
}
