import "server-only";
import type { Actor } from "@/lib/auth/types";
import { listEligibleCampaigns } from "@/lib/campaigns/eligible-campaigns";
import { listActiveFields } from "@/lib/fields/list-active-fields";
import { formatDate } from "@/lib/format";
import { levelPhrase } from "@/lib/i18n/levels";
import { mvi } from "@/lib/i18n/models";
import { allowedCommittees } from "./allowed-committees";

/** A choice of a select box, as the model form renders it. */
export type Option = { value: string; label: string };

/** Campaigns the actor's models can belong to (lib/campaigns' eligibility rule), newest first. */
export async function campaignOptions(
  actor: Actor,
  opts: { openOnly?: boolean; include?: number } = {},
): Promise<Option[]> {
  const rows = await listEligibleCampaigns(actor, opts);
  return rows.map((c) => ({
    value: String(c.id),
    label:
      opts.openOnly && c.registrationDeadline
        ? mvi.form.campaignDeadline(c.name, formatDate(c.registrationDeadline))
        : c.name,
  }));
}

/** Fields in use; plus the model's own field when it is no longer in use (a model keeps its field). */
export async function fieldOptions(current?: { id: number; name: string }): Promise<Option[]> {
  const rows = await listActiveFields();
  const list = rows.map((f) => ({ value: String(f.id), label: f.name }));
  if (current && !list.some((o) => o.value === String(current.id)))
    list.push({ value: String(current.id), label: current.name });
  return list;
}

/** Today's committees of the actor's unit; plus the one a submitted model is registered with, if it is no longer among them. */
export async function committeeOptions(actor: Actor, current?: { id: number; name: string }): Promise<Option[]> {
  const r = await allowedCommittees(actor);
  const list = r.ok ? r.committees.map((c) => ({ value: String(c.id), label: `${c.name} (${levelPhrase(c)})` })) : [];
  if (current && !list.some((o) => o.value === String(current.id)))
    list.push({ value: String(current.id), label: current.name });
  return list;
}

/**
 * Campaigns a committee's entry for a unit can go into (ADR 0052): open for registration and OPEN for a
 * registration on behalf (it is sent at once), CLOSED for a historic entry.
 */
export async function committeeEntryCampaignOptions(actor: Actor, entry: "on-behalf" | "historic"): Promise<Option[]> {
  const rows = await listEligibleCampaigns(actor, { openOnly: entry === "on-behalf" });
  return rows
    .filter((c) => (entry === "historic" ? c.status === "CLOSED" : c.status === "OPEN"))
    .map((c) => ({
      value: String(c.id),
      label:
        c.registrationDeadline && entry === "on-behalf"
          ? mvi.form.campaignDeadline(c.name, formatDate(c.registrationDeadline))
          : c.name,
    }));
}
