import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { rvi } from "@/lib/i18n/review";
import { getReviewDetail } from "@/lib/review/get-review-detail";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ModelDetailView } from "@/components/models/model-detail-view";
import { ReviewPanel } from "@/components/review/review-panel";
import { CommitteeScores } from "@/components/review/committee-scores";
import { requireSection } from "../../_lib/require-section";
import { reviewStepAction } from "../actions";
import { backHref } from "@/lib/list-return";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: rvi.queue.title };

export default async function ReviewDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requireSection("review");
  const { id } = await params;
  const res = await getReviewDetail(actor, { id });
  if (!res.ok) notFound();
  const { model, actions, criteria, scores, committee, proposeTo, revisionUnavailable, undoStep } = res;

  return (
    <>
      <p className="mb-3">
        <Link
          href={backHref("/tham-dinh", (await searchParams).ds)}
          className="inline-flex min-h-11 items-center text-sm link"
        >
          <span aria-hidden="true">←</span>&nbsp;{rvi.detail.back}
        </Link>
      </p>
      <PageHeader title={model.title} description={<span className="font-mono">{model.code}</span>} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="order-2 min-w-0 lg:order-1">
          <ModelDetailView model={model} role={actor.role} />
        </div>
        <div className="order-1 space-y-5 lg:order-2">
          <Card aria-labelledby="tham-dinh-panel" className="lg:sticky lg:top-6">
            <CardHeader id="tham-dinh-panel" title={rvi.detail.panelTitle} description={rvi.detail.panelIntro} />
            <CardBody>
              <ReviewPanel
                key={model.id}
                modelId={model.id}
                version={model.version}
                // A fresh key per rendered form: a double click or a resent form acts once.
                actions={actions.map((action) => ({ action, requestKey: randomUUID() }))}
                criteria={criteria}
                committee={committee}
                proposeTo={proposeTo}
                undo={undoStep ? { step: undoStep, modelTitle: model.title } : null}
                unavailable={revisionUnavailable}
                reloadHref={`/tham-dinh/${model.id}`}
                submit={reviewStepAction}
              />
            </CardBody>
          </Card>
          <CommitteeScores scores={scores} />
        </div>
      </div>
    </>
  );
}
