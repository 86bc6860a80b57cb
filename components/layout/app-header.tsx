import Link from "next/link";
import { vi } from "@/lib/i18n/vi";
import { BrandMark } from "./brand-mark";
import { MobileNav } from "./mobile-nav";
import type { NavLinkItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { NotificationBell } from "@/components/notifications/notification-bell";

export type HeaderUser = { fullName: string; roleLabel: string; unitName: string };

function UserBlock({ user }: { user: HeaderUser }) {
  return (
    <div className="min-w-0 text-sm leading-snug">
      <p className="sr-only">{vi.shell.signedInAs}</p>
      <p className="truncate font-semibold text-slate-900">{user.fullName}</p>
      <p className="truncate text-slate-600">
        {user.roleLabel} · {user.unitName}
      </p>
    </div>
  );
}

export function AppHeader({
  user,
  items,
  signOutAction,
  unreadCount,
}: {
  user: HeaderUser;
  items: NavLinkItem[];
  signOutAction: () => Promise<void>;
  /** Unread notifications of the signed-in person; the bell is shown when given. */
  unreadCount?: number;
}) {
  return (
    <header className="relative border-t-4 border-b border-brand-700 border-b-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded-md">
          <BrandMark className="size-9 shrink-0" />
          <span className="min-w-0">
            <span className="block truncate text-lg leading-tight font-bold text-brand-800">{vi.app.name}</span>
            <span className="hidden truncate text-xs text-slate-600 sm:block">{vi.app.tagline}</span>
          </span>
        </Link>

        <div className="hidden items-center gap-4 md:flex">
          {unreadCount !== undefined ? <NotificationBell unread={unreadCount} /> : null}
          <UserBlock user={user} />
          <form action={signOutAction}>
            <SignOutButton />
          </form>
        </div>

        <MobileNav
          items={items}
          footer={
            <form action={signOutAction}>
              <SignOutButton />
            </form>
          }
        />
      </div>
      <div className="flex items-center justify-between gap-3 border-t border-slate-100 bg-slate-50 px-4 py-2 sm:px-6 md:hidden">
        <UserBlock user={user} />
        {unreadCount !== undefined ? <NotificationBell unread={unreadCount} className="shrink-0" /> : null}
      </div>
    </header>
  );
}
