import type { Metadata } from "next";
import { formatNumber } from "@/lib/format";
import { rvi } from "@/lib/i18n/review";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { requireActor } from "@/lib/auth/actor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { NotificationList } from "@/components/notifications/notification-list";
import { canOpen } from "@/lib/nav";
import type { SearchParams } from "@/lib/search-params";
import { markReadAction, openNotificationAction } from "./actions";

export const metadata: Metadata = { title: rvi.notifications.title };

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const params = await searchParams;
  const list = await listNotifications(actor, { page: parsePage(params.page) });
  // Reviewers open a model on the review screen; everyone else on the model's own page.
  const base = canOpen(actor, "review") ? "/tham-dinh" : "/mo-hinh";

  return (
    <>
      <PageHeader title={rvi.notifications.title} description={rvi.notifications.intro} />
      {list.items.length ? (
        <>
          <p className="mb-3 text-sm text-slate-700">{rvi.notifications.unreadCount(formatNumber(list.unread))}</p>
          <NotificationList
            unread={list.unread}
            submit={markReadAction}
            open={openNotificationAction}
            items={list.items.map((n) => ({
              id: n.id,
              text: n.text,
              href: n.modelId ? `${base}/${n.modelId}` : null,
              modelId: n.modelId,
              read: n.readAt !== null,
              createdAt: n.createdAt.toISOString(),
            }))}
          />
        </>
      ) : (
        <EmptyState title={rvi.notifications.empty} description={rvi.notifications.emptyHint} />
      )}
      <Pagination page={list.page} totalPages={list.pageCount} pathname="/thong-bao" />
    </>
  );
}
