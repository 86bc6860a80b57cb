import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { canOpen } from "@/lib/nav";
import { actorRoleName } from "@/lib/i18n/levels";
import { vi } from "@/lib/i18n/vi";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { DecisionsCard, ReviewQueueCard, RevisionCard, TotalsCard, UnitModelsCard, UsersCard } from "./_home/cards";

export const metadata: Metadata = { title: vi.nav.home };

export default async function HomePage() {
  const actor = await requireActor();

  // The role's main tasks, in the order that role works them; each card loads its own figures.
  const cards: Array<[string, ReactNode]> = [];
  if (can(actor, "register:model:own-unit")) {
    cards.push(["models", <UnitModelsCard key="models" actor={actor} />]);
    cards.push(["revision", <RevisionCard key="revision" actor={actor} />]);
  }
  if (canOpen(actor, "review")) cards.push(["review", <ReviewQueueCard key="review" actor={actor} />]);
  if (can(actor, "view:dashboard:subtree") || can(actor, "view:dashboard:all")) {
    cards.push(["totals", <TotalsCard key="totals" actor={actor} />]);
  }
  // Issued and draft counts are the decision officer's work list; the administrator only reads decisions.
  if (can(actor, "manage:decision:subtree")) cards.push(["decisions", <DecisionsCard key="decisions" actor={actor} />]);
  if (canOpen(actor, "admin")) cards.push(["users", <UsersCard key="users" actor={actor} />]);

  return (
    <>
      <PageHeader
        title={vi.home.greeting(actor.fullName)}
        description={`${actorRoleName(actor)} · ${actor.unitName}`}
      />
      <section aria-labelledby="cong-viec">
        <h2 id="cong-viec" className="sr-only">
          {vi.home.tasksHeading}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {cards.map(([key, card]) => (
            <Suspense key={key} fallback={<CardSkeleton />}>
              {card}
            </Suspense>
          ))}
        </div>
      </section>
    </>
  );
}
