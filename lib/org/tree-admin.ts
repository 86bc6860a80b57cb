// Shared rules of the tree administration use cases (create, rename, move, close, merge, abolish):
// administrator only, dates as UTC calendar days, open dossiers, the uniform result shape.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { orgText } from "@/lib/i18n/org";

export type OrgResult<T = undefined> =
  | { ok: true; value: T }
  | {
      ok: false;
      code: "forbidden" | "not_found" | "invalid" | "conflict";
      message: string;
      fieldErrors?: Record<string, string>;
    };

export const forbidden = { ok: false, code: "forbidden", message: orgText.errors.forbidden } as const;
export const notFoundUnit = { ok: false, code: "not_found", message: orgText.errors.unitNotFound } as const;
export const invalid = (message: string, fieldErrors?: Record<string, string>) =>
  ({ ok: false, code: "invalid", message, fieldErrors }) as const;

export function isOrgAdmin(actor: Pick<Actor, "role"> | null | undefined): actor is Actor {
  return can(actor, "manage:org:all");
}

/** Dossiers still waiting for someone: their routing follows today's tree. */
export const OPEN_STATES: readonly ModelState[] = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "NEEDS_REVISION", "PROPOSED"];

const DAY = 86_400_000;
export const dayBefore = (d: Date) => new Date(d.getTime() - DAY);
export const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** "dd/MM/yyyy" or "yyyy-MM-dd" → UTC midnight, or null. */
export function parseDay(text: string): Date | null {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    y >= 1945 &&
    y <= 2100
    ? date
    : null;
}

export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
