// The 1 July 2025 reorganisation of a loaded pre-2025 province, as a guided merge: each old commune
// merges into its new commune (Resolution 202/2025/QH15 mapping), the districts end and pass to the new
// province, the old province merges into the new one. Preview reads only; apply is one transaction.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { orgText } from "@/lib/i18n/org";
import { addressData, findNewProvince } from "./address-data";
import { NEW_ERA_FROM, OLD_ERA_TAG } from "./eras";
import { planOrgTree, unitCode } from "./import-org-tree";
import { applyMergePairs, planMerge, type MergePair, type MergePlan } from "./merge-units";
import { fieldErrors, ReorganiseInput } from "./schema";
import { forbidden, invalid, isOrgAdmin, type OrgResult } from "./tree-admin";

async function pairsOf(
  input: unknown,
): Promise<{ error: OrgResult<never> } | { pairs: MergePair[]; oldProvinceId: number }> {
  const parsed = ReorganiseInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return { error: invalid(f.message, f.fieldErrors) };
  }
  const e = orgText.errors;
  const province = await prisma.unit.findUnique({ where: { id: parsed.data.oldProvinceId } });
  if (!province) return { error: { ok: false, code: "not_found", message: e.unitNotFound } };
  if (!province.code.startsWith(`P${OLD_ERA_TAG}-`) || province.validTo !== null)
    return { error: invalid(e.notLoaded) };
  const mapping = addressData().mappings.filter((m) => m.oldProvinceName === province.name);
  if (mapping.length === 0) return { error: invalid(e.notLoaded) };
  const np = findNewProvince(addressData(), mapping[0].newProvinceName);
  // The same successor choice as the loader (a split commune goes to the new commune that kept its name).
  const plan = planOrgTree({ oldProvinceName: province.name, grassroots: false }).filter((p) =>
    /^(P|D|X)2008-/.test(p.code),
  );
  const codes = [
    ...new Set([...plan.flatMap((p) => [p.code, p.successorCode!]), unitCode.newProvince(np.provinceCode)]),
  ];
  const ids = new Map(
    (await prisma.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((u) => [
      u.code,
      u.id,
    ]),
  );
  const pairs: MergePair[] = [];
  for (const p of plan) {
    const sourceId = ids.get(p.code);
    const targetId = p.successorCode ? ids.get(p.successorCode) : undefined;
    if (sourceId === undefined || targetId === undefined) return { error: invalid(e.notLoaded) };
    pairs.push({ sourceId, targetId });
  }
  return { pairs, oldProvinceId: province.id };
}

export async function previewReorganisation(actor: Actor | null, input: unknown): Promise<OrgResult<MergePlan>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const p = await pairsOf(input);
  if ("error" in p) return p.error;
  return planMerge(prisma, p.pairs, NEW_ERA_FROM);
}

export async function applyReorganisation(
  actor: Actor | null,
  input: unknown,
): Promise<OrgResult<MergePlan & { millis: number }>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const started = Date.now();
  const p = await pairsOf(input);
  if ("error" in p) return p.error;
  const result = await applyMergePairs(actor, p.pairs, NEW_ERA_FROM, "reorganise-2025", async (tx, plan) => {
    await audit(tx, {
      actorId: actor.userId,
      action: "org.province.reorganise",
      entity: "Unit",
      entityId: p.oldProvinceId,
      data: { before: { open: plan.units.length }, after: { merged: plan.units.length, effective: "2025-07-01" } },
    });
  });
  return result.ok ? { ok: true, value: { ...result.value, millis: Date.now() - started } } : result;
}
