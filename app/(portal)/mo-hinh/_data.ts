import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { allowedCommittees } from "@/lib/models/allowed-committees";
import { unitLevelLabels } from "@/lib/i18n/vi";
import type { Option } from "@/components/models/model-form";

/** Campaigns run by a unit above the actor (the ones its models can belong to), newest first. */
export async function campaignOptions(actor: Actor, opts: { openOnly?: boolean; include?: number } = {}): Promise<Option[]> {
  const rows = await prisma.campaign.findMany({
    select: { id: true, name: true, status: true, ownerUnit: { select: { path: true } } },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
  });
  return rows
    .filter((c) => actor.unitPath.startsWith(c.ownerUnit.path))
    .filter((c) => !opts.openOnly || c.status !== "CLOSED" || c.id === opts.include)
    .map((c) => ({ value: String(c.id), label: c.name }));
}

export async function fieldOptions(): Promise<Option[]> {
  const rows = await prisma.field.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
  return rows.map((f) => ({ value: String(f.id), label: f.name }));
}

/** Today's committees of the actor's unit; plus the one a submitted model is registered with, if it is no longer among them. */
export async function committeeOptions(actor: Actor, current?: { id: number; name: string }): Promise<Option[]> {
  const r = await allowedCommittees(actor);
  const list = r.ok ? r.committees.map((c) => ({ value: String(c.id), label: `${c.name} (${unitLevelLabels[c.level].toLowerCase()})` })) : [];
  if (current && !list.some((o) => o.value === String(current.id))) list.push({ value: String(current.id), label: current.name });
  return list;
}
