"use client";

import Link from "next/link";
import { useActionState } from "react";
import { formatDateTime } from "@/lib/format";
import { rvi } from "@/lib/i18n/review";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";

export type NotificationRow = {
  id: number;
  text: string;
  href: string | null;
  modelId?: number | null;
  read: boolean;
  createdAt: string;
};
type MarkState = { ok: boolean; message?: string; at?: number };

/** The person's notifications, unread ones marked; each can be marked read, or all at once. */
export function NotificationList({
  items,
  unread,
  submit,
  open,
}: {
  items: NotificationRow[];
  unread: number;
  submit: (prev: MarkState, formData: FormData) => Promise<MarkState>;
  /** Marks the notification read and goes to its model. */
  open?: (formData: FormData) => Promise<void>;
}) {
  const [state, formAction, pending] = useActionState(submit, { ok: false });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        {unread > 0 ? (
          <form action={formAction}>
            <Button type="submit" variant="secondary" size="sm" disabled={pending}>
              {rvi.notifications.markAll}
            </Button>
          </form>
        ) : null}
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {state.at ? state.message : ""}
        </p>
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {items.map((n) => (
          <li
            key={n.id}
            className={cx(
              "flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:px-5",
              !n.read && "bg-sky-50/60",
            )}
          >
            <div className="min-w-0">
              <p className={cx("break-words text-slate-900", !n.read && "font-semibold")}>
                {!n.read ? (
                  <>
                    <Badge tone="info" className="mr-2 align-middle">
                      {rvi.notifications.unread}
                    </Badge>
                  </>
                ) : null}
                {n.text}
              </p>
              {/* A div, not a p: the open button's form inside a p is invalid HTML, which the browser's parser
                  splits, so a full load of the page with an unread notification failed to hydrate. */}
              <div className="mt-1 text-sm text-slate-600">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                {n.href && open && !n.read ? (
                  <>
                    {" · "}
                    <form action={open} className="inline">
                      <input type="hidden" name="id" value={n.id} />
                      <button type="submit" className="link">
                        {rvi.notifications.open}
                      </button>
                    </form>
                  </>
                ) : n.href ? (
                  <>
                    {" · "}
                    <Link href={n.href} className="link">
                      {rvi.notifications.open}
                    </Link>
                  </>
                ) : null}
              </div>
            </div>
            {!n.read ? (
              <form action={formAction} className="shrink-0">
                <input type="hidden" name="id" value={n.id} />
                <Button type="submit" variant="ghost" size="sm" disabled={pending}>
                  {rvi.notifications.markOne}
                </Button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
