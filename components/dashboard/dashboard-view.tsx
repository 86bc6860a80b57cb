import type { ReactNode } from "react";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import type { CampaignOption } from "@/lib/dashboard/campaign-options";
import { dashboardFigureLinks, type FigureLink } from "@/lib/dashboard/figure-links";
import { filterQuery } from "@/lib/dashboard/filter";
import { COMMITTEE_LEVELS_TOP_FIRST } from "@/lib/workflow/state-machine";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/format";
import { dvi, periodText } from "@/lib/i18n/dashboard";
import { unitLevelLabels } from "@/lib/i18n/vi";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ButtonDownload } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Button } from "@/components/ui/button";
import { LazyChart } from "./lazy-chart";
import { PrintButton } from "./print-button";
import { UnitTable } from "./unit-table";

const num = (n: number | string) => formatNumber(typeof n === "string" ? Number(n) : n);

/**
 * A figure and the list behind it. A plain <a>, not next/link: the dashboard shows ~200 of them and a
 * client component each (props in the RSC payload, hooks in the server render) cost most of the page's
 * render time; the list is a full page load either way.
 */
function FigureNumber({ links, k, className }: { links: Map<string, FigureLink>; k: string; className?: string }) {
  const l = links.get(k);
  if (!l) return null;
  return (
    <a href={l.href} className={className ?? "link tabular-nums"} data-figure={k}>
      {formatNumber(l.value)}
    </a>
  );
}

function Table({ caption, headers, children }: { caption: string; headers: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-700">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`py-2 pr-3 font-medium ${i ? "text-right" : "text-left"}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const td = "py-2 pr-3 text-right tabular-nums";
/** The ranked table's figures; each is `fig=<key>` of the list (figure-links.ts `unit-<id>-<key>`). */
const UNIT_COLUMNS = ["registered", "recognized", "typical", "awaiting", "not-recognized"] as const;

export function DashboardView({
  d,
  campaigns,
  campaignName,
}: {
  d: Dashboard;
  campaigns: CampaignOption[];
  campaignName: string | null;
}) {
  const links = new Map(dashboardFigureLinks(d).map((l) => [l.key, l]));
  const f = d.filter;
  const view = { campaign: f.campaign, year: f.year, quarter: f.quarter };
  const unitHref = (id: number) => `/thong-ke?${filterQuery({ ...view, unit: id })}`;
  const period = periodText({ campaignName, year: f.year, quarter: f.quarter });
  const produced = formatDateTime(d.generatedAt);
  const exportHref = `/api/thong-ke/tai-ve?${filterQuery({ ...view, unit: d.unit.id })}`;
  const campaign = campaigns.find((c) => c.id === f.campaign);
  const thisYear = new Date().getUTCFullYear();
  const years: number[] = [];
  for (let y = campaign ? campaign.endYear : thisYear; y >= (campaign ? campaign.startYear : thisYear - 9); y--)
    years.push(y);

  const card = (k: string, label: string, accent = false) => (
    <li
      key={k}
      className={`rounded-lg border p-3 ${accent ? "border-sky-300 bg-sky-50" : "border-slate-200 bg-white"}`}
    >
      <p className="text-sm text-slate-700">{label}</p>
      <p className="mt-1 text-2xl font-semibold">
        <FigureNumber links={links} k={k} className="link tabular-nums" />
      </p>
    </li>
  );

  return (
    <div className="dashboard-report">
      <header className="mb-4 hidden print:block">
        <h1 className="text-lg font-bold">{dvi.reportTitle(d.unit.name)}</h1>
        <p>{dvi.reportPeriod(period)}</p>
        <p>{dvi.reportProduced(produced)}</p>
      </header>

      <form
        method="get"
        action="/thong-ke"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-6 sm:items-end print:hidden"
        aria-label={dvi.filters}
      >
        <input type="hidden" name="unit" value={d.unit.id} />
        {/* Campaign names are long ("Phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"): half the row. */}
        <FilterSelect
          className="sm:col-span-3"
          id="tk-dot"
          name="campaign"
          label={dvi.campaign}
          all={dvi.allCampaigns}
          value={f.campaign ? String(f.campaign) : undefined}
          options={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <FilterSelect
          id="tk-nam"
          name="year"
          label={dvi.year}
          all={dvi.allYears}
          value={f.year ? String(f.year) : undefined}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <FilterSelect
          id="tk-quy"
          name="quarter"
          label={dvi.quarter}
          all={dvi.allQuarters}
          value={f.quarter ? String(f.quarter) : undefined}
          options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: dvi.quarterN(q) }))}
        />
        <Button type="submit" variant="secondary">
          {dvi.apply}
        </Button>
      </form>

      <nav aria-label={dvi.trail} className="mb-2 text-sm print:hidden">
        <ol className="flex flex-wrap gap-1">
          {d.trail.map((t, i) => (
            <li key={t.id} className="flex items-center gap-1">
              {i ? <span aria-hidden="true">›</span> : null}
              {t.id === d.unit.id ? (
                <span aria-current="page" className="font-semibold">
                  {t.name}
                </span>
              ) : (
                <a href={unitHref(t.id)} className="link">
                  {t.name}
                </a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <p className="mb-4 text-sm text-slate-600" data-testid="dashboard-period">
        {dvi.reportPeriod(period)} · {dvi.freshness(produced)}
      </p>
      <div className="mb-4 flex flex-wrap gap-3 print:hidden">
        <ButtonDownload href={exportHref} variant="secondary">
          {dvi.exportXlsx}
        </ButtonDownload>
        <PrintButton label={dvi.print} />
      </div>

      <section aria-labelledby="tk-chi-so" className="mb-6">
        <h2 id="tk-chi-so" className="mb-2 text-base font-semibold">
          {dvi.cards}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-5">
          {card("registered", dvi.figure.registered, true)}
          {card("collective", dvi.collective)}
          {card("individual", dvi.individual)}
          {card("recognized", dvi.figure.recognized, true)}
          {card("typical", dvi.figure.typical, true)}
          {card("awaiting", dvi.figure.awaiting)}
          {card("needs-revision", dvi.figure["needs-revision"])}
          {card("not-recognized", dvi.figure["not-recognized"])}
          {card("withdrawn", dvi.figure.withdrawn)}
          {card("replications", dvi.figure.replications)}
        </ul>
      </section>

      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <Card aria-labelledby="tk-cap">
          <CardHeader id="tk-cap" title={dvi.byLevel} description={dvi.byLevelNote} />
          <CardBody>
            <LazyChart
              label="levels"
              kind="bar"
              category="level"
              data={COMMITTEE_LEVELS_TOP_FIRST.map((l) => ({
                level: unitLevelLabels[l],
                recognized: d.recognizedByLevel[l],
                typical: d.typicalByLevel[l],
              }))}
              series={[
                { key: "recognized", label: dvi.figure.recognized, color: "blue" },
                { key: "typical", label: dvi.figure.typical, color: "orange" },
              ]}
            />
            <Table caption={dvi.byLevel} headers={[dvi.level, dvi.figure.recognized, dvi.figure.typical]}>
              {COMMITTEE_LEVELS_TOP_FIRST.map((l) => (
                <tr key={l} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {unitLevelLabels[l]}
                  </th>
                  <td className={td}>
                    <FigureNumber links={links} k={`recognized-${l}`} />
                  </td>
                  <td className={td}>
                    <FigureNumber links={links} k={`typical-${l}`} />
                  </td>
                </tr>
              ))}
            </Table>
          </CardBody>
        </Card>

        <Card aria-labelledby="tk-dang-ky">
          <CardHeader id="tk-dang-ky" title={dvi.byRegLevel} description={dvi.byRegLevelNote} />
          <CardBody>
            <LazyChart
              label="registration-levels"
              kind="stacked"
              category="level"
              data={d.byRegistrationLevel.map((r) => ({
                level: unitLevelLabels[r.level],
                typical: r.typical,
                recognizedOnly: r.recognized - r.typical,
                notYet: r.registered - r.recognized,
              }))}
              series={[
                { key: "typical", label: dvi.figure.typical, color: "orange" },
                { key: "recognizedOnly", label: `${dvi.figure.recognized} (không điển hình)`, color: "blue" },
                { key: "notYet", label: "Chưa được công nhận", color: "sky" },
              ]}
            />
            <Table
              caption={dvi.byRegLevel}
              headers={[dvi.level, dvi.figure.registered, dvi.figure.recognized, dvi.figure.typical]}
            >
              {d.byRegistrationLevel.map((r) => (
                <tr key={r.level} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {dvi.regLevel(r.level)}
                  </th>
                  <td className={td}>
                    <FigureNumber links={links} k={`reg-${r.level}`} />
                  </td>
                  <td className={td}>
                    <FigureNumber links={links} k={`reg-${r.level}-recognized`} />
                  </td>
                  <td className={td}>
                    <FigureNumber links={links} k={`reg-${r.level}-typical`} />
                  </td>
                </tr>
              ))}
            </Table>
          </CardBody>
        </Card>

        <Card aria-labelledby="tk-linh-vuc">
          <CardHeader id="tk-linh-vuc" title={dvi.byField} />
          <CardBody>
            <LazyChart
              label="fields"
              kind="stacked"
              category="name"
              data={d.byField.map((r) => ({ name: r.name, collective: r.collective, individual: r.individual }))}
              series={[
                { key: "collective", label: dvi.collective, color: "blue" },
                { key: "individual", label: dvi.individual, color: "orange" },
              ]}
            />
            <Table
              caption={dvi.byField}
              headers={[dvi.field, dvi.figure.registered, dvi.collective, dvi.individual, dvi.share]}
            >
              {d.byField.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {r.name}
                  </th>
                  <td className={td}>
                    <FigureNumber links={links} k={`field-${r.id}`} />
                  </td>
                  <td className={td}>
                    <FigureNumber links={links} k={`field-${r.id}-collective`} />
                  </td>
                  <td className={td}>
                    <FigureNumber links={links} k={`field-${r.id}-individual`} />
                  </td>
                  <td className={td}>{formatPercent(r.registered, d.cards.registered)}</td>
                </tr>
              ))}
            </Table>
          </CardBody>
        </Card>

        <Card aria-labelledby="tk-xu-huong">
          <CardHeader id="tk-xu-huong" title={dvi.trend} />
          <CardBody>
            <LazyChart
              label="trend"
              kind="line"
              category="period"
              data={d.trend.map((t) => ({ period: dvi.quarterLabel(t.year, t.quarter), registered: t.registered }))}
              series={[{ key: "registered", label: dvi.figure.registered, color: "blue" }]}
            />
            <Table caption={dvi.trend} headers={[dvi.period, dvi.figure.registered]}>
              {d.trend.map((t) => (
                <tr key={`${t.year}-${t.quarter}`} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {dvi.quarterLabel(t.year, t.quarter)}
                  </th>
                  <td className={td}>
                    <FigureNumber links={links} k={`trend-${t.year}-${t.quarter}`} />
                  </td>
                </tr>
              ))}
            </Table>
          </CardBody>
        </Card>
      </div>

      <Card aria-labelledby="tk-don-vi" className="mt-4">
        <CardHeader id="tk-don-vi" title={dvi.units} description={dvi.unitsNote} />
        <CardBody>
          {d.children.length ? (
            <UnitTable
              caption={dvi.units}
              unitHeader={dvi.unit}
              rankHeader={dvi.rank}
              columns={UNIT_COLUMNS.map((k) => ({ key: k, label: dvi.figure[k] }))}
              periodQuery={filterQuery(view)}
              rows={d.children.map((u) => ({
                id: u.id,
                name: u.name,
                values: UNIT_COLUMNS.map((k) => links.get(`unit-${u.id}-${k}`)!.value),
              }))}
            />
          ) : (
            <p className="text-sm text-slate-600">{dvi.noUnits}</p>
          )}
        </CardBody>
      </Card>

      <div className="mt-4 grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <Card aria-labelledby="tk-tien-do">
          <CardHeader
            id="tk-tien-do"
            title={dvi.progress}
            description={
              d.progress.total
                ? `${dvi.progressSummary(num(d.progress.doneCount), num(d.progress.total))}. ${dvi.proposedSummary(num(d.progress.proposed), num(d.progress.recognizedAbove))}.`
                : dvi.noCommittees
            }
          />
          <CardBody>
            <p className="mb-2 text-sm" data-testid="progress-target">
              {/* Without committees below there is nothing to review: "100 % … — 0%" read as a missed target. */}
              {d.progress.total ? (
                <>
                  {dvi.target}: {dvi.targetReview} — {formatPercent(d.progress.doneCount, d.progress.total)}.{" "}
                </>
              ) : null}
              {dvi.targetCoverage}:{" "}
              {dvi.coverage(
                num(d.coverage.withModel),
                num(d.coverage.grassroots),
                formatPercent(d.coverage.withModel, d.coverage.grassroots),
              )}
            </p>
            {d.progress.total ? (
              <Table
                caption={dvi.progress}
                headers={[dvi.committee, dvi.pending, dvi.reviewed, dvi.proposed, dvi.recognizedAbove, dvi.status]}
              >
                {d.progress.committees.map((r) => (
                  <tr key={r.unitId} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      {r.unitName}
                    </th>
                    <td className={td}>{num(r.pending)}</td>
                    <td className={td}>{num(r.reviewed)}</td>
                    <td className={td}>{num(r.proposed)}</td>
                    <td className={td}>{num(r.recognizedAbove)}</td>
                    <td className="py-2 pr-3 text-right">{r.done ? dvi.done : dvi.notDone}</td>
                  </tr>
                ))}
              </Table>
            ) : null}
          </CardBody>
        </Card>

        <Card aria-labelledby="tk-ket-qua">
          <CardHeader id="tk-ket-qua" title={dvi.results} description={dvi.resultsNote(num(d.results.reports))} />
          <CardBody>
            <Table caption={dvi.results} headers={[dvi.quantity, dvi.amount, dvi.measure]}>
              {(
                [
                  [dvi.money, d.results.moneyVnd, dvi.vnd],
                  [dvi.land, d.results.landM2, dvi.m2],
                  [dvi.road, d.results.roadKm, dvi.km],
                  [dvi.workdays, d.results.workdays, dvi.workday],
                  [dvi.households, d.results.households, dvi.household],
                ] as const
              ).map(([label, value, unit]) => (
                <tr key={label} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    {label}
                  </th>
                  <td className={td}>{num(value)}</td>
                  <td className="py-2 pr-3 text-right">{unit}</td>
                </tr>
              ))}
            </Table>
            <h3 className="mt-4 text-sm font-semibold">{dvi.honorees}</h3>
            <p className="text-sm text-slate-700">
              {dvi.collective}: {num(d.honorees.collective)} · {dvi.individual}: {num(d.honorees.individual)}.{" "}
              {dvi.honoreesNote}
            </p>
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
