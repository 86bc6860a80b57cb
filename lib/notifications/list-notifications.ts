import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { renderNotification } from "./render-notification";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationItem = {
  id: number;
  messageKey: string;
  params: Record<string, unknown>;
  /** Rendered Vietnamese text. */
  text: string;
  modelId: number | null;
  readAt: Date | null;
  createdAt: Date;
};

export type NotificationPage = {
  items: NotificationItem[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** The signed-in person's own notifications, newest first (nobody reads another person's). */
export async function listNotifications(
  actor: Actor,
  input: { page?: number | string } = {},
): Promise<NotificationPage> {
  const pageSize = NOTIFICATIONS_PAGE_SIZE;
  const requested = Number(input.page ?? 1);
  const where = { userId: actor.userId };
  const [total, unread] = await Promise.all([
    prisma.notification.count({ where }),
    prisma.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pageCount) : 1;
  const rows = await prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return {
    items: rows.map((n) => {
      const params = (n.params && typeof n.params === "object" && !Array.isArray(n.params) ? n.params : {}) as Record<
        string,
        unknown
      >;
      return {
        id: n.id,
        messageKey: n.messageKey,
        params,
        text: renderNotification(n.messageKey, params, n.createdAt),
        modelId: n.modelId,
        readAt: n.readAt,
        createdAt: n.createdAt,
      };
    }),
    total,
    unread,
    page,
    pageSize,
    pageCount,
  };
}

/** Badge count for the portal header. */
export async function unreadCount(actor: Actor): Promise<number> {
  return prisma.notification.count({ where: { userId: actor.userId, readAt: null } });
}
