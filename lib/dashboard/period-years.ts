export type PeriodCampaign = { id: number; name: string; startYear: number; endYear: number };

/**
 * Years offered, newest first: a campaign's span; without one, from the first year with a registered model
 * (`firstYear`, any campaign) to this year, at most the last ten; this year alone when there is none yet.
 */
export function campaignYears(
  campaign: PeriodCampaign | undefined,
  thisYear: number,
  firstYear: number | null,
): number[] {
  const years: number[] = [];
  const [from, to] = campaign
    ? [campaign.startYear, campaign.endYear]
    : [Math.max(Math.min(firstYear ?? thisYear, thisYear), thisYear - 9), thisYear];
  for (let y = to; y >= from; y--) years.push(y);
  return years;
}
