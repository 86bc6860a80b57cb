import type { Metadata } from "next";
import { formatNumber, formatPercent } from "@/lib/format";
import { modelStateLabel, vi } from "@/lib/i18n/vi";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatTable } from "@/components/ui/stat-table";
import { StatList } from "@/components/home/stat-list";
import { dashboardFigures } from "@/lib/dashboard/dashboard-figures";
import { MODEL_STATES } from "@/lib/workflow/state-machine";
import { requireSection } from "../_lib/require-section";

export const metadata: Metadata = { title: vi.dashboard.title };

export default async function DashboardPage() {
  const actor = await requireSection("dashboard");

  const f = await dashboardFigures(actor);
  const t = vi.dashboard;
  const scope = actor.role === "ADMIN" ? t.scopeAll : t.intro(actor.unitName);
  const registered = f.totals.registered;
  const stateTotal = MODEL_STATES.reduce((sum, s) => sum + (f.byState[s] ?? 0), 0);

  if (stateTotal === 0) {
    return (
      <>
        <PageHeader title={t.title} description={scope} />
        <EmptyState title={t.empty} description={t.emptyHint} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t.title} description={scope} />

      <section aria-labelledby="tong-quan" className="mb-6">
        <h2 id="tong-quan" className="sr-only">
          {t.overview}
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <StatList
            stats={[
              { label: t.registered, value: formatNumber(registered) },
              { label: t.recognized, value: formatNumber(f.totals.recognized) },
              { label: t.typical, value: formatNumber(f.totals.typical), emphasis: true },
            ]}
          />
          <p className="mt-3 text-sm text-slate-600">
            {t.kindSplit(formatNumber(f.collective), formatNumber(f.individual))}
          </p>
          <p className="mt-1 text-xs text-slate-600">{t.note}</p>
        </div>
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="theo-linh-vuc">
          <CardHeader id="theo-linh-vuc" title={t.byField} description={t.byFieldNote} />
          <CardBody>
            {f.byField.length ? (
              <StatTable
                caption={t.byField}
                labelHeader={vi.models.field}
                countHeader={t.count}
                shareHeader={t.share}
                rows={f.byField.map((r) => ({
                  key: String(r.id),
                  label: r.name,
                  count: formatNumber(r.count),
                  share: formatPercent(r.count, registered),
                  ratio: registered ? r.count / registered : 0,
                }))}
              />
            ) : (
              <p className="text-sm text-slate-600">{t.noRegistered}</p>
            )}
          </CardBody>
        </Card>

        <Card aria-labelledby="theo-trang-thai">
          <CardHeader id="theo-trang-thai" title={t.byState} description={t.byStateNote} />
          <CardBody>
            <StatTable
              caption={t.byState}
              labelHeader={vi.models.state}
              countHeader={t.count}
              shareHeader={t.share}
              rows={MODEL_STATES.filter((s) => (f.byState[s] ?? 0) > 0).map((s) => ({
                key: s,
                label: modelStateLabel(s, actor.role),
                count: formatNumber(f.byState[s] ?? 0),
                share: formatPercent(f.byState[s] ?? 0, stateTotal),
                ratio: (f.byState[s] ?? 0) / stateTotal,
              }))}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
