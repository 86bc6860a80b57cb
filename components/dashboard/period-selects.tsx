"use client";
import { useState } from "react";
import { filterControlClass } from "@/components/ui/filter-control";
import { ChosenName } from "@/components/ui/chosen-name";
import { campaignYears, type PeriodCampaign } from "@/lib/dashboard/period-years";

export type { PeriodCampaign };

export type PeriodTexts = {
  campaign: string;
  allCampaigns: string;
  year: string;
  allYears: string;
  quarter: string;
  allQuarters: string;
  quarterN: string[];
  /** Said (live region) when a change of campaign drops the chosen year: `{year}` and `{campaign}` filled in. */
  yearDropped: string;
};

function Select({
  id,
  name,
  label,
  all,
  value,
  onChange,
  options,
  className,
  long = false,
}: {
  /** Options are long names: the chosen one is written out whole under the select (ChosenName). */
  long?: boolean;
  id: string;
  name: string;
  label: string;
  all: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={filterControlClass}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {long ? <ChosenName text={options.find((o) => o.value === value)?.label} /> : null}
    </div>
  );
}

/**
 * Campaign, year and quarter of the dashboard's GET form. The years follow the campaign at once (no submit);
 * a chosen year outside the new campaign's span is dropped (with its quarter) and the live region says so,
 * rather than being kept in the URL of the next submit or shown as "Cả giai đoạn" while still filtering.
 */
export function PeriodSelects({
  campaigns,
  campaign: initialCampaign,
  year: initialYear,
  quarter: initialQuarter,
  thisYear,
  firstYear,
  t,
}: {
  campaigns: PeriodCampaign[];
  campaign?: number;
  year?: number;
  quarter?: number;
  /** The server's current year (the client's clock must not change the list at hydration). */
  thisYear: number;
  /** The first year with a registered model in the figures' unit (Dashboard.firstYear). */
  firstYear: number | null;
  t: PeriodTexts;
}) {
  const [campaign, setCampaign] = useState(initialCampaign ? String(initialCampaign) : "");
  const [year, setYear] = useState(initialYear ? String(initialYear) : "");
  const [quarter, setQuarter] = useState(initialQuarter ? String(initialQuarter) : "");
  const [notice, setNotice] = useState("");
  const chosen = campaigns.find((c) => String(c.id) === campaign);
  const years = campaignYears(chosen, thisYear, firstYear);
  // A year the URL asked for outside the span stays listed, so the select shows what the figures are.
  if (year && !years.includes(Number(year))) years.unshift(Number(year));

  const changeCampaign = (v: string) => {
    setCampaign(v);
    const next = campaignYears(
      campaigns.find((c) => String(c.id) === v),
      thisYear,
      firstYear,
    );
    if (year && !next.includes(Number(year))) {
      const name = campaigns.find((c) => String(c.id) === v)?.name ?? t.allCampaigns;
      setNotice(t.yearDropped.replace("{year}", year).replace("{campaign}", name));
      setYear("");
      setQuarter("");
    } else setNotice("");
  };

  return (
    <>
      <Select
        className="sm:col-span-3"
        id="tk-dot"
        name="campaign"
        long
        label={t.campaign}
        all={t.allCampaigns}
        value={campaign}
        onChange={changeCampaign}
        options={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
      />
      <Select
        id="tk-nam"
        name="year"
        label={t.year}
        all={t.allYears}
        value={year}
        onChange={(v) => {
          setYear(v);
          setNotice("");
          if (!v) setQuarter("");
        }}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Select
        id="tk-quy"
        name="quarter"
        label={t.quarter}
        all={t.allQuarters}
        value={quarter}
        onChange={setQuarter}
        options={t.quarterN.map((label, i) => ({ value: String(i + 1), label }))}
      />
      <p role="status" className="text-sm text-amber-900 empty:hidden sm:col-span-6 sm:row-start-2">
        {notice}
      </p>
    </>
  );
}
