import { accountsText } from "@/lib/i18n/accounts";
import { campaignText } from "@/lib/i18n/campaigns";
import { issuerText } from "@/lib/i18n/issuers";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";
import { vi } from "@/lib/i18n/vi";
import { rvi } from "@/lib/i18n/review";
import { IM } from "@/lib/i18n/import";
import { mayImportAnything } from "@/lib/import/roles";

type Who = Pick<Actor, "role">;

/**
 * The portal's sections and who may open them. Navigation and the pages' own server checks both read
 * this table, so a link is shown exactly when its page would let the person in.
 */
export const sections = {
  home: { href: "/", label: vi.nav.home, allowed: () => true },
  models: {
    href: "/mo-hinh",
    label: vi.nav.models,
    allowed: (a: Who) => can(a, "view:model:own-unit") || can(a, "view:model:subtree") || can(a, "view:model:all"),
  },
  review: { href: "/tham-dinh", label: rvi.nav.review, allowed: (a: Who) => can(a, "review:model:subtree") },
  reviewProgress: {
    href: "/tham-dinh/tien-do",
    label: rvi.nav.progress,
    allowed: (a: Who) => can(a, "view:review-progress:subtree"),
  },
  decisions: {
    href: "/quyet-dinh",
    label: vi.nav.decisions,
    // The province officer manages its decisions; the administrator reads the issued ones (imports too).
    allowed: (a: Who) => can(a, "manage:decision:subtree") || can(a, "view:decision:all"),
  },
  dashboard: {
    href: "/thong-ke",
    label: vi.nav.dashboard,
    allowed: (a: Who) =>
      can(a, "view:dashboard:own-unit") || can(a, "view:dashboard:subtree") || can(a, "view:dashboard:all"),
  },
  dataImport: { href: "/nhap-du-lieu", label: IM.nav, allowed: (a: Who) => mayImportAnything(a) },
  admin: { href: "/quan-tri", label: vi.nav.admin, allowed: (a: Who) => can(a, "manage:user:all") },
  notifications: { href: "/thong-bao", label: rvi.nav.notifications, allowed: () => true },
  campaigns: {
    href: "/dot-thi-dua",
    label: campaignText.title,
    allowed: (a: Who) => can(a, "manage:campaign:province") || (a.role === "ADMIN" && can(a, "manage:list:all")),
  },
  issuers: {
    href: "/co-quan-ban-hanh",
    label: issuerText.title,
    allowed: (a: Who) => can(a, "manage:issuer:province") || (a.role === "ADMIN" && can(a, "manage:list:all")),
  },
  account: { href: "/tai-khoan", label: accountsText.own.menu, allowed: () => true },
} as const;

export type SectionKey = keyof typeof sections;

export function canOpen(actor: Who, section: SectionKey): boolean {
  return sections[section].allowed(actor);
}

export type NavItem = { key: SectionKey; href: string; label: string };

/** Navigation items for the actor's role, in display order (plain data: safe to pass to the client). */
export function navItems(actor: Who): NavItem[] {
  return (Object.keys(sections) as SectionKey[])
    .filter((key) => canOpen(actor, key))
    .map((key) => ({ key, href: sections[key].href, label: sections[key].label }));
}
