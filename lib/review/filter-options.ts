import "server-only";
import { listCampaigns } from "@/lib/campaigns/eligible-campaigns";
import { listActiveFields } from "@/lib/fields/list-active-fields";

/** Choices for the queue and progress filters (campaigns newest first, fields in their configured order). */
export async function reviewFilterOptions() {
  const [campaigns, fields] = await Promise.all([listCampaigns(), listActiveFields()]);
  return { campaigns, fields: fields.map(({ id, name }) => ({ id, name })) };
}
