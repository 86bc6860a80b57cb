/**
 * Every figure the dashboard shows as a link, with the list filter behind it. The page renders these,
 * the XLSX lists them, and the property test checks each value against the list's row count.
 */
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import type { Dashboard } from "./get-dashboard";
import type { DashboardFilter, Figure } from "./filter";
import { filterQuery } from "./filter-query";

export type FigureLink = {
  key: string;
  value: number;
  /** Filter of the list behind the figure (period and unit of the view plus the figure's own keys). */
  filter: Partial<DashboardFilter>;
  href: string;
};

export function viewFilter(d: Pick<Dashboard, "filter" | "unit">): Partial<DashboardFilter> {
  const { campaign, year, quarter } = d.filter;
  return { campaign, year, quarter, unit: d.unit.id };
}

export function modelListHref(filter: Partial<DashboardFilter>): string {
  return `/mo-hinh?${filterQuery(filter)}`;
}

/**
 * The href is built when read: the page reads it only for the figures it renders (the ranked table of up to
 * ~130 units below shows its first rows and builds its own links), not for the ~650 figures of every unit.
 */
function link(key: string, value: number, filter: Partial<DashboardFilter>): FigureLink {
  return {
    key,
    value,
    filter,
    get href() {
      return modelListHref(filter);
    },
  };
}

export function dashboardFigureLinks(d: Dashboard): FigureLink[] {
  const view = viewFilter(d);
  const out: FigureLink[] = [];
  const add = (key: string, value: number, extra: { fig: Figure; level?: UnitLevel } & Partial<DashboardFilter>) =>
    out.push(link(key, value, { ...view, ...extra }));

  add("registered", d.cards.registered, { fig: "registered" });
  add("collective", d.cards.collective, { fig: "registered", kind: "COLLECTIVE" });
  add("individual", d.cards.individual, { fig: "registered", kind: "INDIVIDUAL" });
  add("recognized", d.cards.recognized, { fig: "recognized" });
  add("typical", d.cards.typical, { fig: "typical" });
  add("not-recognized", d.cards.notRecognized, { fig: "not-recognized" });
  add("awaiting", d.cards.awaiting, { fig: "awaiting" });
  add("needs-revision", d.cards.needsRevision, { fig: "needs-revision" });
  add("withdrawn", d.cards.withdrawn, { fig: "withdrawn" });
  add("replications", d.cards.replications, { fig: "replications" });
  for (const [level, n] of Object.entries(d.recognizedByLevel))
    add(`recognized-${level}`, n, { fig: "recognized", level: level as UnitLevel });
  for (const [level, n] of Object.entries(d.typicalByLevel))
    add(`typical-${level}`, n, { fig: "typical", level: level as UnitLevel });
  for (const r of d.byRegistrationLevel) {
    const reglevel = r.level as DashboardFilter["reglevel"];
    add(`reg-${r.level}`, r.registered, { fig: "registered", reglevel });
    add(`reg-${r.level}-recognized`, r.recognized, { fig: "recognized", reglevel });
    add(`reg-${r.level}-typical`, r.typical, { fig: "typical", reglevel });
  }
  for (const r of d.byField) {
    add(`field-${r.id}`, r.registered, { fig: "registered", field: r.id });
    add(`field-${r.id}-collective`, r.collective, { fig: "registered", field: r.id, kind: "COLLECTIVE" });
    add(`field-${r.id}-individual`, r.individual, { fig: "registered", field: r.id, kind: "INDIVIDUAL" });
  }
  for (const t of d.trend) {
    out.push(
      link(`trend-${t.year}-${t.quarter}`, t.registered, {
        ...view,
        year: t.year,
        quarter: t.quarter,
        fig: "registered",
      }),
    );
  }
  // The review progress of the committees below: held and waiting, and decided (the list of a committee that
  // answers for merged ones cannot reproduce its summed "reviewed": that count stays a number).
  for (const r of d.progress.committees) {
    const u = { ...view, unit: r.unitId };
    out.push(link(`committee-${r.unitId}-pending`, r.pending, { ...u, fig: "committee-pending" }));
    if (!r.answersForMerged)
      out.push(link(`committee-${r.unitId}-reviewed`, r.reviewed, { ...u, fig: "committee-reviewed" }));
  }
  for (const c of d.children) {
    const u = { ...view, unit: c.id };
    out.push(link(`unit-${c.id}-registered`, c.registered, { ...u, fig: "registered" }));
    out.push(link(`unit-${c.id}-recognized`, c.recognized, { ...u, fig: "recognized" }));
    out.push(link(`unit-${c.id}-typical`, c.typical, { ...u, fig: "typical" }));
    out.push(link(`unit-${c.id}-awaiting`, c.awaiting, { ...u, fig: "awaiting" }));
    out.push(link(`unit-${c.id}-not-recognized`, c.notRecognized, { ...u, fig: "not-recognized" }));
  }
  return out;
}

/** Link of one figure by key (the page looks figures up this way). */
export function figureHref(links: FigureLink[], key: string): string | undefined {
  return links.find((l) => l.key === key)?.href;
}
