import type { ReactNode } from "react";
import { currentUnreadCount, requireActor } from "@/lib/auth/actor";
import { DemoBanner } from "@/components/accounts/demo-banner";
import { actorRoleName } from "@/lib/i18n/levels";
import { vi } from "@/lib/i18n/vi";
import { navItems } from "@/lib/nav";
import { AppHeader } from "@/components/layout/app-header";
import { NavLinks } from "@/components/layout/nav-links";
import { DraftOwner } from "@/components/models/local-draft";
import { signOutAction } from "./actions";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  // A temporary password (new account, administrator's reset) is changed first: requireActor sends it there.
  const actor = await requireActor();
  const items = navItems(actor).map(({ href, label }) => ({ href, label }));
  const unread = await currentUnreadCount();

  return (
    <div className="flex min-h-dvh flex-col">
      <DemoBanner />
      <AppHeader
        user={{ fullName: actor.fullName, roleLabel: actorRoleName(actor), unitName: actor.unitName }}
        items={items}
        signOutAction={signOutAction}
        unreadCount={unread}
      />
      <div className="mx-auto flex w-full max-w-7xl flex-1 gap-8 px-4 sm:px-6 lg:px-8">
        <aside className="hidden w-56 shrink-0 py-6 md:block">
          <nav aria-label={vi.shell.mainNav} className="sticky top-6">
            <NavLinks items={items} />
          </nav>
        </aside>
        <main id="noi-dung" tabIndex={-1} className="min-w-0 flex-1 py-6 sm:py-8">
          <DraftOwner id={String(actor.userId)}>{children}</DraftOwner>
        </main>
      </div>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-7xl px-4 py-4 text-sm text-slate-600 sm:px-6 lg:px-8">{vi.shell.footer}</p>
      </footer>
    </div>
  );
}
