import type { ReactNode } from "react";
import type { Role } from "@/lib/enums";
import type { AttachmentInfo, ModelDetail, TimelineEvent } from "@/lib/models/get-model-detail";
import { formatDate, formatDateTime, formatNumber, isoDate } from "@/lib/format";
import {
  honorificLabels,
  modelKindLabels,
  recognizedAtLevel,
  reviewActionLabels,
  typicalAtLevel,
  vi,
} from "@/lib/i18n/vi";
import { levelPhrase, levelTitle } from "@/lib/i18n/levels";
import { formatFileSize, mvi } from "@/lib/i18n/models";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ModelStateBadge, TypicalBadge } from "./model-state-badge";

const t = mvi.detail;

/** Public URL of an evidence file (authorized by /api/tep/[id]); `inline` for image previews. */
export function fileUrl(id: number, inline = false): string {
  return inline ? `/api/tep/${id}?inline=1` : `/api/tep/${id}`;
}

/** A small WebP of an evidence image for its thumbnail (the original when none can be made). */
export function thumbnailUrl(id: number): string {
  return `/api/tep/${id}?thumb=1`;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

function Narrative({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">{label}</h3>
      {text.trim() ? (
        <p className="mt-1 break-words whitespace-pre-line text-slate-900">{text}</p>
      ) : (
        <p className="mt-1 text-sm text-slate-500 italic">{t.notGiven}</p>
      )}
    </div>
  );
}

function DateText({ value, withTime = false }: { value: Date; withTime?: boolean }) {
  return (
    <time dateTime={withTime ? new Date(value).toISOString() : isoDate(value)} className="tabular-nums">
      {withTime ? formatDateTime(value) : formatDate(value)}
    </time>
  );
}

/** Images as thumbnails (opening the full image), other files as download links with their size. */
export function AttachmentList({ files }: { files: AttachmentInfo[] }) {
  const images = files.filter((f) => f.mimeType.startsWith("image/"));
  const others = files.filter((f) => !f.mimeType.startsWith("image/"));
  return (
    <div className="space-y-3">
      {images.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {images.map((f) => (
            <li key={f.id}>
              <a
                href={fileUrl(f.id, true)}
                target="_blank"
                rel="noopener"
                className="block rounded-md focus-visible:outline-2"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- authorized stream, not a static asset */}
                <img
                  src={thumbnailUrl(f.id)}
                  alt={t.imageOf(f.fileName)}
                  loading="lazy"
                  className="aspect-square w-full rounded-md border border-slate-200 bg-slate-50 object-cover"
                />
                <span className="mt-1 block truncate text-xs text-slate-600">{f.fileName}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {others.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <a href={fileUrl(f.id)} className="min-w-0 link break-all">
                {f.fileName}
              </a>
              <span className="text-xs text-slate-600">{formatFileSize(f.sizeBytes)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function TimelineItem({ e }: { e: TimelineEvent }) {
  return (
    <li className="relative border-l-2 border-slate-200 pb-5 pl-4 last:pb-0">
      <span
        aria-hidden="true"
        className="absolute top-1.5 -left-[7px] size-3 rounded-full border-2 border-white bg-brand-700"
      />
      <p className={e.undone ? "font-semibold text-slate-500 line-through" : "font-semibold text-slate-900"}>
        {reviewActionLabels[e.action]}
        {e.undone ? <span className="ml-2 text-xs font-normal no-underline">({t.undone})</span> : null}
        {e.historic ? (
          <span className="ml-2">
            <Badge tone="muted">{t.historicBadge}</Badge>
          </span>
        ) : null}
      </p>
      {e.onBehalfOf ? <p className="mt-0.5 text-sm text-slate-800">{t.onBehalfOf(e.onBehalfOf)}</p> : null}
      <p className="mt-0.5 text-sm text-slate-600">
        {/* An imported step carries the result's day only, and was written by whoever imported the file. */}
        <DateText value={e.createdAt} withTime={!e.imported} />
        <span aria-hidden="true"> · </span>
        <span className="sr-only">{t.by}: </span>
        {e.imported ? t.importedStep : e.actor.fullName}
        {e.level ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">{t.level}: </span>
            {levelTitle({ level: e.level, kind: e.unit?.kind, name: e.unit?.name }, e.createdAt)}
          </>
        ) : null}
        {e.unit ? (
          <>
            <span aria-hidden="true"> · </span>
            {e.unit.name}
          </>
        ) : null}
      </p>
      {e.comment ? (
        <blockquote className="mt-1.5 rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-line text-slate-800">
          <span className="sr-only">{t.comment}: </span>
          {e.comment}
        </blockquote>
      ) : null}
      {e.meetingRef ? (
        <p className="mt-1 text-xs text-slate-600">
          {t.meetingRef}: {e.meetingRef}
        </p>
      ) : null}
    </li>
  );
}

/** The reviewers' comments, newest first, highlighted for the unit that has to act on them. */
export function ReviewerComments({ events }: { events: TimelineEvent[] }) {
  if (!events.length) return null;
  return (
    <section aria-labelledby="mh-y-kien-tham-dinh" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3">
      <h2 id="mh-y-kien-tham-dinh" className="font-semibold text-amber-900">
        {t.reviewerComments}
      </h2>
      <ul className="mt-2 space-y-2">
        {events.map((e) => (
          <li key={e.id} className="text-sm text-amber-950">
            <p className="whitespace-pre-line">{e.comment}</p>
            <p className="mt-0.5 text-xs text-amber-900">
              {reviewActionLabels[e.action]} · {e.imported ? t.importedStep : e.actor.fullName}
              {e.unit ? ` · ${e.unit.name}` : ""} · <DateText value={e.createdAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Everything about one model, read-only: shared by the unit's page (/mo-hinh/[id]) and the reviewer's
 * (/tham-dinh/[id]). Action buttons are not part of it; each page puts its own above or below.
 */
export function ModelDetailView({ model: m, role }: { model: ModelDetail; role: Role }) {
  const highestTypical = m.typicals.find((x) => x.level === m.typicalLevel) ?? null;
  const highestRecognition = m.recognitions.find((r) => r.level === m.recognizedLevel) ?? null;
  const person =
    m.kind === "INDIVIDUAL" && m.personName
      ? `${m.personHonorific ? `${honorificLabels[m.personHonorific]} ` : ""}${m.personName}`
      : null;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-2">
        <span className="sr-only">{vi.models.state}: </span>
        <ModelStateBadge state={m.state} role={role} />
        {m.typicalLevel ? <TypicalBadge level={m.typicalLevel} designation={highestTypical} /> : null}
        {m.historic ? <Badge tone="muted">{t.historicBadge}</Badge> : null}
        {m.imported ? <Badge tone="muted">{t.importedBadge}</Badge> : null}
        {m.registeredOnBehalf && !m.historic ? <Badge tone="neutral">{t.onBehalfBadge}</Badge> : null}
        {m.recognizedLevel ? (
          <span className="text-sm text-slate-700">
            {highestRecognition
              ? recognizedAtLevel(
                  {
                    level: highestRecognition.level,
                    kind: highestRecognition.unitKind,
                    name: highestRecognition.unitName,
                  },
                  highestRecognition.recognizedAt,
                )
              : recognizedAtLevel(m.recognizedLevel)}
          </span>
        ) : null}
      </div>

      <ReviewerComments events={m.reviewerComments} />

      <Card aria-labelledby="mh-thong-tin-chung">
        <CardHeader id="mh-thong-tin-chung" title={t.info} />
        <CardBody>
          <dl className="divide-y divide-slate-100">
            <Row label={t.code}>
              <span className="font-mono">{m.code}</span>
            </Row>
            <Row label={t.kind}>{modelKindLabels[m.kind]}</Row>
            {person ? <Row label={t.person}>{person}</Row> : null}
            {m.kind === "INDIVIDUAL" && m.personPosition ? <Row label={t.position}>{m.personPosition}</Row> : null}
            <Row label={t.field}>{m.field.name}</Row>
            <Row label={t.campaign}>{m.campaign.name}</Row>
            <Row label={t.ownerUnit}>{m.ownerUnitName}</Row>
            {m.ownerAddress ? <Row label={t.address}>{m.ownerAddress}</Row> : null}
            <Row label={t.registeredWith}>
              {m.registeredWith.name} ({levelPhrase(m.registeredWith, m.submittedAt ?? m.createdAt)})
            </Row>
            {m.reviewUnit.id !== m.registeredWith.id ? <Row label={t.reviewUnit}>{m.reviewUnit.name}</Row> : null}
            <Row label={t.startDate}>
              {m.startDate ? <DateText value={m.startDate} /> : <span className="text-slate-500">{t.notGiven}</span>}
            </Row>
            {m.imported ? (
              <Row label={t.submittedAt}>
                <span className="text-slate-600">{t.importedSubmittedAt}</span>
              </Row>
            ) : m.submittedAt ? (
              <Row label={t.submittedAt}>
                <DateText value={m.submittedAt} />
              </Row>
            ) : null}
            <Row label={t.createdBy}>
              {m.imported ? t.importedBy(m.createdBy) : m.createdBy}
              {m.historic ? (
                <span className="block text-sm text-slate-600">{t.historicNote}</span>
              ) : m.registeredOnBehalf ? (
                <span className="block text-sm text-slate-600">{t.onBehalfOf(m.ownerUnitName)}</span>
              ) : null}
            </Row>
            {m.replicatedFrom ? (
              <Row label={t.replication}>
                <span className="font-mono text-sm">{m.replicatedFrom.code}</span> – {m.replicatedFrom.title}
                <span className="block text-sm text-slate-600">
                  {m.replicatedFrom.ownerUnitName}
                  {m.replicatedFrom.recognizedLevel ? ` · ${recognizedAtLevel(m.replicatedFrom.recognizedLevel)}` : ""}
                </span>
              </Row>
            ) : null}
          </dl>
        </CardBody>
      </Card>

      <Card aria-labelledby="mh-noi-dung">
        <CardHeader id="mh-noi-dung" title={t.content} />
        <CardBody className="space-y-4">
          <Narrative label={t.goals} text={m.goals} />
          <Narrative label={t.methods} text={m.methods} />
          <Narrative label={t.expectedResults} text={m.expectedResults} />
          {m.results.trim() ? <Narrative label={t.results} text={m.results} /> : null}
        </CardBody>
      </Card>

      {m.recognitions.length || m.typicals.length ? (
        <Card aria-labelledby="mh-cong-nhan">
          <CardHeader id="mh-cong-nhan" title={t.recognitions} />
          <CardBody>
            <ul className="space-y-1.5">
              {m.recognitions.map((r) => (
                <li key={`r-${r.level}-${r.unitName}`}>
                  {t.recognizedBy(
                    recognizedAtLevel({ level: r.level, kind: r.unitKind, name: r.unitName }, r.recognizedAt),
                    r.unitName,
                  )}{" "}
                  · <DateText value={r.recognizedAt} />
                  {r.meetingRef ? (
                    <span className="text-sm text-slate-600">
                      {" "}
                      · {t.meetingRef}: {r.meetingRef}
                    </span>
                  ) : null}
                </li>
              ))}
              {m.typicals.map((x) => (
                <li key={`t-${x.level}-${x.unitName}`}>
                  {t.recognizedBy(
                    typicalAtLevel({ level: x.level, kind: x.unitKind, name: x.unitName }, x.designatedAt),
                    x.unitName,
                  )}{" "}
                  · <DateText value={x.designatedAt} />
                </li>
              ))}
            </ul>
          </CardBody>
        </Card>
      ) : null}

      <Card aria-labelledby="mh-minh-chung">
        <CardHeader id="mh-minh-chung" title={t.evidence} />
        <CardBody>
          {m.attachments.length ? (
            <AttachmentList files={m.attachments} />
          ) : (
            <p className="text-sm text-slate-600">{t.noEvidence}</p>
          )}
        </CardBody>
      </Card>

      <Card aria-labelledby="mh-bao-cao">
        <CardHeader id="mh-bao-cao" title={t.progress} />
        <CardBody>
          {m.progressReports.length ? (
            <ul className="space-y-4">
              {m.progressReports.map((p) => (
                <li key={p.id} className="rounded-md border border-slate-200 px-3 py-3">
                  <p className="font-semibold text-slate-900">
                    <DateText value={p.reportDate} />
                  </p>
                  <p className="mt-1 whitespace-pre-line text-slate-900">{p.note}</p>
                  <Quantities p={p} />
                  <p className="mt-1 text-xs text-slate-600">{t.reportedBy(p.createdBy)}</p>
                  {p.attachments.length ? (
                    <div className="mt-2">
                      <AttachmentList files={p.attachments} />
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t.noProgress}</p>
          )}
        </CardBody>
      </Card>

      <Card aria-labelledby="mh-qua-trinh">
        <CardHeader id="mh-qua-trinh" title={t.timeline} />
        <CardBody>
          {m.timeline.length ? (
            <ol className="ml-1.5">
              {m.timeline.map((e) => (
                <TimelineItem key={e.id} e={e} />
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-600">{t.noTimeline}</p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}

function Quantities({ p }: { p: ModelDetail["progressReports"][number] }) {
  const items = (Object.keys(mvi.quantities) as (keyof typeof mvi.quantities)[])
    .filter((k) => p[k] !== null)
    .map((k) => mvi.quantities[k](formatNumber(p[k] as number)));
  if (!items.length) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {items.map((s) => (
        <li
          key={s}
          className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-sm text-emerald-900 ring-1 ring-emerald-200"
        >
          {s}
        </li>
      ))}
    </ul>
  );
}
