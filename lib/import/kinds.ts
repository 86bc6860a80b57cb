import type { ImportKind } from "@/lib/generated/prisma/client";
import type { ImportKindSpec } from "./kind";
import { accountsImport } from "./accounts/spec";
import { decisionsImport } from "./decisions/spec";
import { modelsImport } from "./models/spec";
import { unitsImport } from "./units/spec";

/** Every kind of import, in menu order. */
export const IMPORT_KINDS: readonly ImportKindSpec[] = [unitsImport, accountsImport, modelsImport, decisionsImport];

export function kindSpec(kind: ImportKind): ImportKindSpec | undefined {
  return IMPORT_KINDS.find((k) => k.kind === kind);
}

export function kindBySlug(slug: string): ImportKindSpec | undefined {
  return IMPORT_KINDS.find((k) => k.slug === slug);
}
