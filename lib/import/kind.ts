import type { Actor } from "@/lib/auth/types";
import type { Tx } from "@/lib/db/client";
import type { ImportKind } from "@/lib/generated/prisma/client";
import type { Column } from "./columns";
import type { CellError } from "./errors";
import type { Table } from "./read-table";

export type PlanCounts = { total: number; new: number; changed: number; unchanged: number };

export type ImportPlan = {
  counts: PlanCounts;
  errors: CellError[];
  /** What the preview should show besides the errors (a unit found by its name …), as row, column, text. */
  notes?: CellError[];
  /** Writes the planned rows; called inside the import's one transaction, only when there is no error. */
  apply(tx: Tx, ctx: { actor: Actor; fileName: string }): Promise<Record<string, unknown> | void>;
  /** Frees what the plan holds outside memory (a spool file); called once the step is over. */
  dispose?(): Promise<void>;
};

export type KindContext = { actor: Actor; onProgress: (processed: number) => Promise<void> };

/** What each kind of import (units, accounts, models, decisions) provides to the shared pipeline. */
export type ImportKindSpec = {
  kind: ImportKind;
  /** URL slug and file name stem, e.g. "mo-hinh". */
  slug: string;
  label: string;
  dataSheet: string;
  columns: readonly Column[];
  allowed(actor: Pick<Actor, "role">): boolean;
  /** Reads every row, validates it, compares it with the database; writes nothing. */
  plan(table: Table, ctx: KindContext): Promise<ImportPlan>;
  /** Template drop-down values that come from the database (fields, campaigns …). */
  dynamicAllowed?(actor: Actor): Promise<Record<string, string[]>>;
};
