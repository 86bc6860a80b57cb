"use client";
import type { ModelKind, ModelState, Role, UnitLevel } from "@/lib/enums";
import { formatDate, isoDate } from "@/lib/format";
import { modelKindLabels, vi } from "@/lib/i18n/vi";
import { mvi } from "@/lib/i18n/models";
import { detailHref } from "@/lib/list-return";
import { Badge } from "@/components/ui/badge";
import { ModelStateBadge, TypicalBadge } from "./model-state-badge";

export type ModelListItem = {
  id: number;
  code: string;
  title: string;
  kind: ModelKind;
  state: ModelState;
  typicalLevel: UnitLevel | null;
  /** Recorded after its campaign closed / registered by a committee for the unit (ADR 0052). */
  historic?: boolean;
  registeredOnBehalf?: boolean;
  ownerUnitName: string;
  fieldName: string;
  personName?: string | null;
  /** The date shown on the right: last update, or submission for a review queue. */
  date: Date | null;
};

/** A read-only list of models that reads well from 360 px up (stacked, not a wide table). */
export function ModelList({
  items,
  role,
  dateLabel,
  showUnit = true,
  linked = false,
  listQuery = "",
}: {
  items: ModelListItem[];
  role: Role;
  dateLabel: string;
  showUnit?: boolean;
  /** Titles link to the model's page. */
  linked?: boolean;
  /** The list's filters and page, remembered by the detail page's back link. */
  listQuery?: string;
}) {
  return (
    <ul
      aria-label={mvi.list.label}
      className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      {items.map((m) => (
        <li
          key={m.id}
          className="flex flex-col gap-2 px-4 py-4 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5"
        >
          <div className="min-w-0">
            <p className="font-semibold text-slate-900">
              {linked ? (
                // A plain link: no client navigation is needed, and 20 <Link>s would each prefetch their model.
                <a href={detailHref(`/mo-hinh/${m.id}`, listQuery)} className="link">
                  {m.title}
                </a>
              ) : (
                m.title
              )}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              <span className="sr-only">{vi.models.code}: </span>
              <span className="font-mono text-[0.8rem]">{m.code}</span>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">{vi.models.field}: </span>
              {m.fieldName}
              <span aria-hidden="true"> · </span>
              <span className="sr-only">{vi.models.kind}: </span>
              {modelKindLabels[m.kind]}
              {m.personName ? `: ${m.personName}` : null}
              {showUnit ? (
                <>
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">{vi.models.ownerUnit}: </span>
                  {m.ownerUnitName}
                </>
              ) : null}
            </p>
          </div>
          <div className="flex shrink-0 flex-wrap items-center gap-2 sm:flex-col sm:items-end">
            <span className="sr-only">{vi.models.state}: </span>
            <ModelStateBadge state={m.state} role={role} />
            {m.typicalLevel ? <TypicalBadge level={m.typicalLevel} /> : null}
            {m.historic ? <Badge tone="muted">{mvi.detail.historicBadge}</Badge> : null}
            {m.registeredOnBehalf && !m.historic ? <Badge tone="neutral">{mvi.detail.onBehalfBadge}</Badge> : null}
            {m.date ? (
              <span className="text-xs text-slate-600">
                {dateLabel}{" "}
                <time dateTime={isoDate(m.date)} className="tabular-nums">
                  {formatDate(m.date)}
                </time>
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
