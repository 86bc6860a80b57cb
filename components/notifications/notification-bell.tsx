import Link from "next/link";
import { rvi } from "@/lib/i18n/review";
import { cx } from "@/components/ui/cx";

/** Header link to /thong-bao with the unread count ("Thông báo (3)"); screen readers hear "Thông báo (3) chưa đọc". */
export function NotificationBell({ unread, className }: { unread: number; className?: string }) {
  return (
    <Link
      href="/thong-bao"
      className={cx(
        "inline-flex min-h-11 items-center gap-1.5 rounded-md px-2 text-sm font-semibold text-slate-800 hover:bg-slate-100",
        className,
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M14.857 17.082a24 24 0 0 0 5.454-1.31A8.97 8.97 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.97 8.97 0 0 1-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.3 24.3 0 0 1-5.714 0m5.714 0a3 3 0 1 1-5.714 0"
        />
      </svg>
      <span>
        {rvi.notifications.bell(unread)}
        {unread > 0 ? <span className="sr-only"> {rvi.notifications.unreadSuffix}</span> : null}
      </span>
    </Link>
  );
}
