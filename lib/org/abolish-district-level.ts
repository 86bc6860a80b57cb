// Abolish the district level of a province from a date, in one guided operation: every open district
// (huyện, thị xã, thành phố thuộc tỉnh; not the district-level equivalents such as the police party
// committee) ends the day before, its communes move directly under the province, and its accounts,
// open dossiers and campaigns pass to the province.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import { orgText } from "@/lib/i18n/org";
import { applyMergePairs, planMerge, type MergePair, type MergePlan } from "./merge-units";
import { AbolishDistrictLevelInput, fieldErrors } from "./schema";
import { forbidden, invalid, isOrgAdmin, type OrgResult } from "./tree-admin";
import { REAL_DISTRICT_KINDS } from "./unit-rules";

async function pairsOf(
  db: Tx,
  input: unknown,
): Promise<{ error: OrgResult<never> } | { pairs: MergePair[]; date: Date }> {
  const parsed = AbolishDistrictLevelInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return { error: invalid(f.message, f.fieldErrors) };
  }
  const { provinceId, date } = parsed.data;
  const province = await db.unit.findUnique({
    where: { id: provinceId },
    select: { id: true, level: true, validTo: true },
  });
  if (!province) return { error: { ok: false, code: "not_found", message: orgText.errors.unitNotFound } };
  if (province.level !== "PROVINCE" || province.validTo !== null) return { error: invalid(orgText.errors.notProvince) };
  const districts = await db.unit.findMany({
    where: {
      parentId: provinceId,
      level: "DISTRICT",
      kind: { in: [...REAL_DISTRICT_KINDS] },
      validTo: null,
    },
    select: { id: true },
    orderBy: { code: "asc" },
  });
  if (districts.length === 0) return { error: invalid(orgText.errors.noDistricts) };
  return { pairs: districts.map((d) => ({ sourceId: d.id, targetId: provinceId })), date };
}

export async function previewAbolishDistrictLevel(actor: Actor | null, input: unknown): Promise<OrgResult<MergePlan>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const p = await pairsOf(prisma, input);
  if ("error" in p) return p.error;
  return planMerge(prisma, p.pairs, p.date);
}

export async function abolishDistrictLevel(actor: Actor | null, input: unknown): Promise<OrgResult<MergePlan>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const p = await pairsOf(prisma, input);
  if ("error" in p) return p.error;
  return applyMergePairs(actor, p.pairs, p.date, "abolish-district-level");
}
