"use client";
import { GetForm } from "@/components/ui/get-form";
import type { ReactNode } from "react";
import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import type { CampaignOption } from "@/lib/dashboard/campaign-options";
import { dashboardFigureLinks, type FigureLink } from "@/lib/dashboard/figure-links";
import { filterQuery } from "@/lib/dashboard/filter-query";
import { COMMITTEE_LEVELS_TOP_FIRST } from "@/lib/workflow/state-machine";
import { formatDateTime, formatDocumentDay, formatNumber, formatPercent, compareVi } from "@/lib/format";
import { dvi, periodText } from "@/lib/i18n/dashboard";
import { unitLevelLabels } from "@/lib/i18n/vi";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ButtonDownload } from "@/components/ui/button";
import { Button } from "@/components/ui/button";
import { LazyChart } from "./lazy-chart";
import { PeriodSelects } from "./period-selects";
import { PrintButton } from "@/components/ui/print-button";
import { UnitTable } from "./unit-table";
import { FOLDED_FIRST_ROWS, FoldedBody } from "./folded-body";

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
    <a href={l.href} className={className ?? "link"} data-figure={k}>
      {formatNumber(l.value)}
    </a>
  );
}

function Table({
  caption,
  headers,
  children,
  className,
  fold,
}: {
  caption: string;
  headers: string[];
  /** The rows; with `fold`, built by `fold.rows` instead. */
  children?: ReactNode;
  className?: string;
  /** Show only the first rows, with a button for all of them (FoldedBody). */
  fold?: { showAll: string; showFirst: string; count: number; rows: (shown: number) => ReactNode };
}) {
  return (
    <div className={`overflow-x-auto ${className ?? ""}`}>
      <table className="figure-table w-full text-sm">
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
        {fold ? <FoldedBody {...fold} colSpan={headers.length} /> : <tbody>{children}</tbody>}
      </table>
    </div>
  );
}

/** The ranked table's figures; each is `fig=<key>` of the list (figure-links.ts `unit-<id>-<key>`). */
const UNIT_COLUMNS = ["registered", "recognized", "typical", "awaiting", "not-recognized"] as const;
/** The printed report names this many units below and committees not done; the rest are in the XLSX. */
const PRINT_UNITS = 5;
const PRINT_COMMITTEES = 8;
/** A hint of the screen (how to click, sort): left out of the printed report. */
const hint = (text: string) => <span className="print:hidden">{text}</span>;

export function DashboardView({
  d,
  campaigns,
  campaignName,
  thisYear,
}: {
  d: Dashboard;
  campaigns: CampaignOption[];
  campaignName: string | null;
  /** The server's year, passed in so the browser's clock cannot make the year list differ when hydrating. */
  thisYear: number;
}) {
  const links = new Map(dashboardFigureLinks(d).map((l) => [l.key, l]));
  const f = d.filter;
  const view = { campaign: f.campaign, year: f.year, quarter: f.quarter };
  const unitHref = (id: number) => `/thong-ke?${filterQuery({ ...view, unit: id })}`;
  const period = periodText({ campaignName, year: f.year, quarter: f.quarter });
  const produced = formatDateTime(d.generatedAt);
  const exportHref = `/api/thong-ke/tai-ve?${filterQuery({ ...view, unit: d.unit.id })}`;
  const topUnits = d.children
    .map((u) => ({ u, values: UNIT_COLUMNS.map((k) => links.get(`unit-${u.id}-${k}`)!.value) }))
    .sort((a, b) => b.values[0] - a.values[0] || compareVi(a.u.name, b.u.name));
  const rowsRegistered = topUnits.reduce((s, t) => s + t.values[0], 0);
  const notDone = d.progress.committees.filter((r) => !r.done);
  // Those not done first (the ones a conference asks about), each group in the tree's order.
  const committees = [...notDone, ...d.progress.committees.filter((r) => r.done)];

  const card = (k: string, label: string, accent = false) => (
    <li
      key={k}
      className={`rounded-lg border p-3 print:px-1.5 print:py-1 ${accent ? "border-sky-300 bg-sky-50" : "border-slate-200 bg-white"}`}
    >
      <p className="text-sm text-slate-700">{label}</p>
      <p className="mt-1 text-2xl font-semibold print:mt-0 print:text-[13pt]">
        <FigureNumber links={links} k={k} className="link tabular-nums" />
      </p>
    </li>
  );

  return (
    <div className="dashboard-report">
      {/* The printed report's title; the screen has the page header and the period line instead. */}
      <div className="mb-2 hidden border-b border-slate-400 pb-1 print:block" data-print-title>
        <p className="text-[12pt] font-bold">{dvi.reportTitle(d.unit.name)}</p>
        <p>
          {dvi.reportPeriod(period)}. {dvi.reportDated(formatDocumentDay(d.generatedAt), produced)}
        </p>
      </div>

      <GetForm
        action="/thong-ke"
        className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-6 sm:items-end print:hidden"
        aria-label={dvi.filters}
      >
        <input type="hidden" name="unit" value={d.unit.id} />
        {/* Campaign names are long ("Phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"): half the row. */}
        <PeriodSelects
          campaigns={campaigns}
          campaign={f.campaign}
          year={f.year}
          quarter={f.quarter}
          thisYear={thisYear}
          firstYear={d.firstYear}
          t={{
            campaign: dvi.campaign,
            allCampaigns: dvi.allCampaigns,
            year: dvi.year,
            allYears: dvi.allYears,
            quarter: dvi.quarter,
            allQuarters: dvi.allQuarters,
            quarterN: [1, 2, 3, 4].map((q) => dvi.quarterN(q)),
            yearDropped: dvi.yearDropped,
          }}
        />
        <Button type="submit" variant="secondary">
          {dvi.apply}
        </Button>
      </GetForm>

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
      <p className="mb-4 text-sm text-slate-600 print:hidden" data-testid="dashboard-period">
        {dvi.reportPeriod(period)} · {dvi.freshness(produced)}
      </p>
      <div className="mb-4 flex flex-wrap gap-3 print:hidden">
        <ButtonDownload href={exportHref} variant="secondary">
          {dvi.exportXlsx}
        </ButtonDownload>
        <PrintButton label={dvi.print} variant="secondary" />
      </div>

      <section aria-labelledby="tk-chi-so" className="mb-6 print:mb-2">
        <h2 id="tk-chi-so" className="mb-2 text-base font-semibold print:hidden">
          {dvi.cards}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5 print:grid-cols-10 print:gap-1.5">
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

      {/* grid-cols-1 (minmax(0, 1fr)), not the implicit auto column: a wide table scrolls inside its card
          instead of widening the page on a phone. */}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2 print:grid-cols-4 print:gap-2">
        <Card aria-labelledby="tk-cap">
          <CardHeader id="tk-cap" title={dvi.byLevel} description={hint(dvi.byLevelNote)} />
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
                <tr key={l}>
                  <th scope="row">{unitLevelLabels[l]}</th>
                  <td>
                    <FigureNumber links={links} k={`recognized-${l}`} />
                  </td>
                  <td>
                    <FigureNumber links={links} k={`typical-${l}`} />
                  </td>
                </tr>
              ))}
            </Table>
          </CardBody>
        </Card>

        <Card aria-labelledby="tk-dang-ky">
          <CardHeader id="tk-dang-ky" title={dvi.byRegLevel} description={hint(dvi.byRegLevelNote)} />
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
                <tr key={r.level}>
                  <th scope="row">{dvi.regLevel(r.level)}</th>
                  <td>
                    <FigureNumber links={links} k={`reg-${r.level}`} />
                  </td>
                  <td>
                    <FigureNumber links={links} k={`reg-${r.level}-recognized`} />
                  </td>
                  <td>
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
              horizontal
              category="name"
              data={d.byField.map((r) => ({ name: r.name, collective: r.collective, individual: r.individual }))}
              series={[
                { key: "collective", label: dvi.collective, color: "blue" },
                { key: "individual", label: dvi.individual, color: "orange" },
              ]}
            />
            <Table
              className="print:hidden"
              caption={dvi.byField}
              headers={[dvi.field, dvi.figure.registered, dvi.collective, dvi.individual, dvi.share]}
            >
              {d.byField.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <FigureNumber links={links} k={`field-${r.id}`} />
                  </td>
                  <td>
                    <FigureNumber links={links} k={`field-${r.id}-collective`} />
                  </td>
                  <td>
                    <FigureNumber links={links} k={`field-${r.id}-individual`} />
                  </td>
                  <td>{formatPercent(r.registered, d.cards.registered)}</td>
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
              // The trend's quarters start at a year's first: one label a year, the year alone.
              tickEvery={4}
              tickLabel="year"
              data={d.trend.map((t) => ({
                period: dvi.quarterLabel(t.year, t.quarter),
                year: String(t.year),
                registered: t.registered,
              }))}
              series={[{ key: "registered", label: dvi.figure.registered, color: "blue" }]}
            />
            <p className="hidden print:block">{dvi.printDetail}</p>
            <Table className="print:hidden" caption={dvi.trend} headers={[dvi.period, dvi.figure.registered]}>
              {d.trend.map((t) => (
                <tr key={`${t.year}-${t.quarter}`}>
                  <th scope="row" className="py-1">
                    {dvi.quarterLabel(t.year, t.quarter)}
                  </th>
                  <td>
                    <FigureNumber links={links} k={`trend-${t.year}-${t.quarter}`} />
                  </td>
                </tr>
              ))}
            </Table>
          </CardBody>
        </Card>
      </div>

      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2 print:mt-2 print:grid-cols-3 print:gap-2">
        <Card aria-labelledby="tk-don-vi" className="lg:col-span-2 print:col-span-1">
          <CardHeader id="tk-don-vi" title={dvi.units} description={hint(dvi.unitsNote)} />
          <CardBody>
            {d.children.length ? (
              <>
                <div className="print:hidden">
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
                  {rowsRegistered < d.cards.registered ? (
                    <p className="mt-2 text-sm text-slate-600" data-testid="units-rest">
                      {dvi.unitsRest(d.unit.name, num(rowsRegistered), num(d.cards.registered))}
                    </p>
                  ) : null}
                </div>
                {/* Printed: the top units only (the ranked table lists every one, up to ~100 communes). */}
                <div className="hidden print:block" data-print-units>
                  {topUnits.length > PRINT_UNITS ? <p>{dvi.printTop(PRINT_UNITS)}:</p> : null}
                  <Table
                    caption={dvi.units}
                    headers={[dvi.unit, ...UNIT_COLUMNS.slice(0, 3).map((k) => dvi.figure[k])]}
                  >
                    {topUnits.slice(0, PRINT_UNITS).map(({ u, values }) => (
                      <tr key={u.id}>
                        <th scope="row" className="py-0.5 pr-2">
                          {u.name}
                        </th>
                        {values.slice(0, 3).map((v, i) => (
                          <td key={UNIT_COLUMNS[i]} className="py-0.5 pr-2">
                            {num(v)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </Table>
                  {topUnits.length > PRINT_UNITS ? (
                    <p className="mt-1">{dvi.printMoreUnits(num(topUnits.length - PRINT_UNITS))}</p>
                  ) : null}
                </div>
              </>
            ) : (
              <p className="text-sm text-slate-600">{dvi.noUnits}</p>
            )}
          </CardBody>
        </Card>

        <Card aria-labelledby="tk-tien-do" className="lg:col-span-2 print:col-span-1">
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
              <>
                <Table
                  className="print:hidden"
                  caption={dvi.progress}
                  headers={[dvi.committee, dvi.pending, dvi.reviewed, dvi.proposed, dvi.recognizedAbove, dvi.status]}
                  fold={{
                    showAll: dvi.committeesShowAll(num(d.progress.committees.length)),
                    showFirst: dvi.committeesShowFirst(num(FOLDED_FIRST_ROWS)),
                    count: committees.length,
                    rows: (shown) =>
                      committees.slice(0, shown).map((r) => (
                        <tr key={r.unitId}>
                          <th scope="row">{r.unitName}</th>
                          <td>
                            <FigureNumber links={links} k={`committee-${r.unitId}-pending`} />
                          </td>
                          <td>
                            {r.answersForMerged ? (
                              num(r.reviewed)
                            ) : (
                              <FigureNumber links={links} k={`committee-${r.unitId}-reviewed`} />
                            )}
                          </td>
                          <td>{num(r.proposed)}</td>
                          <td>{num(r.recognizedAbove)}</td>
                          <td>{r.done ? dvi.done : dvi.notDone}</td>
                        </tr>
                      )),
                  }}
                />
                {/* Printed: the summary above and only the committees not done, named up to a few. */}
                <p className="hidden print:block" data-print-not-done>
                  {notDone.length ? (
                    <>
                      {dvi.printNotDone}:{" "}
                      {notDone
                        .slice(0, PRINT_COMMITTEES)
                        .map((r) => r.unitName)
                        .join("; ")}
                      {notDone.length > PRINT_COMMITTEES
                        ? ` ${dvi.printMoreCommittees(num(notDone.length - PRINT_COMMITTEES))}`
                        : ""}
                      .
                    </>
                  ) : (
                    dvi.printAllDone
                  )}
                </p>
              </>
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
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{num(value)}</td>
                  <td>{unit}</td>
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
