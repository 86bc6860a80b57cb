// Merge one unit into another from a date: preview (reads only) and apply (one transaction).
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { orgText } from "@/lib/i18n/org";
import { applyMergePairs, planMerge, type MergePlan } from "./merge-units";
import { fieldErrors, MergeUnitInput } from "./schema";
import { forbidden, invalid, isOrgAdmin, type OrgResult } from "./tree-admin";
import { unitByCode } from "./unit-by-code";

async function pairOf(input: unknown) {
  const parsed = MergeUnitInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return { error: invalid(f.message, f.fieldErrors) };
  }
  const target = await unitByCode(parsed.data.targetCode);
  if (!target) return { error: invalid(orgText.errors.targetNotFound, { targetCode: orgText.errors.targetNotFound }) };
  return { pair: { sourceId: parsed.data.unitId, targetId: target.id }, date: parsed.data.date };
}

export async function previewMergeUnit(actor: Actor | null, input: unknown): Promise<OrgResult<MergePlan>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const p = await pairOf(input);
  if (p.error) return p.error;
  return planMerge(prisma, [p.pair], p.date);
}

export async function mergeUnit(actor: Actor | null, input: unknown): Promise<OrgResult<MergePlan>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const p = await pairOf(input);
  if (p.error) return p.error;
  return applyMergePairs(actor, [p.pair], p.date, "merge");
}
