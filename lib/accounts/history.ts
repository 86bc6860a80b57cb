import "server-only";
import { prisma } from "@/lib/db/client";
import { accountsText } from "@/lib/i18n/accounts";
import { roleLabels } from "@/lib/i18n/vi";
import type { Role } from "@/lib/generated/prisma/enums";

/** One changed value of an account, as a person reads it ("Vai trò: Cán bộ đơn vị → Quản trị hệ thống"). */
export type AccountChange = { label: string; before: string | null; after: string | null };

const FIELDS = ["username", "fullName", "email", "role", "unitId", "disabled", "mustChangePassword"] as const;
type Field = (typeof FIELDS)[number];

type Snapshot = Partial<Record<Field, unknown>>;
const isSnapshot = (v: unknown): v is Snapshot => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The audit data of an account's history (account.create / update / disable / enable / password.reset,
 * written by lib/accounts and the accounts import: `{ before?, after?, fileName? }`) in Vietnamese: each
 * field that changed, with unit ids as unit names and flags as words. The raw JSON is never shown.
 */
export async function describeAccountHistory(
  entries: readonly { data: unknown }[],
): Promise<{ changes: AccountChange[]; fileName: string | null }[]> {
  const t = accountsText.history;
  const parts = entries.map((e) => {
    const d = isSnapshot(e.data) ? (e.data as Record<string, unknown>) : {};
    return {
      before: isSnapshot(d.before) ? d.before : null,
      after: isSnapshot(d.after) ? d.after : null,
      fileName: typeof d.fileName === "string" ? d.fileName : null,
    };
  });
  const unitIds = new Set<number>();
  for (const p of parts) for (const s of [p.before, p.after]) if (typeof s?.unitId === "number") unitIds.add(s.unitId);
  const units = new Map(
    (
      await prisma.unit.findMany({ where: { id: { in: [...unitIds] } }, select: { id: true, name: true, code: true } })
    ).map((u) => [u.id, `${u.name} (${u.code})`]),
  );
  const show = (f: Field, v: unknown): string | null => {
    if (v === undefined || v === null || v === "") return f === "email" && v !== undefined ? t.none : null;
    switch (f) {
      case "role":
        return roleLabels[v as Role] ?? String(v);
      case "unitId":
        return units.get(Number(v)) ?? t.unknownUnit;
      case "disabled":
        return v ? t.disabled : t.active;
      case "mustChangePassword":
        return v ? t.yes : t.no;
      default:
        return String(v);
    }
  };
  return parts.map((p) => ({
    fileName: p.fileName,
    changes: FIELDS.flatMap((f) => {
      const inBefore = p.before !== null && f in p.before;
      const inAfter = p.after !== null && f in p.after;
      if (!inBefore && !inAfter) return [];
      const before = inBefore ? show(f, p.before![f]) : null;
      const after = inAfter ? show(f, p.after![f]) : null;
      if (inBefore && inAfter && before === after) return [];
      // A new account: the values it was created with, empty ones left out.
      if (!inBefore && (after === null || after === t.none)) return [];
      return [{ label: t.fields[f], before, after }];
    }),
  }));
}
