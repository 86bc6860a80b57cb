"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export type NavLinkItem = { href: string; label: string };

export function isCurrent(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The role's navigation; the current section is marked with aria-current="page". */
export function NavLinks({ items, onNavigate }: { items: NavLinkItem[]; onNavigate?: () => void }) {
  const pathname = usePathname() ?? "/";
  // Nested sections (/tham-dinh and /tham-dinh/tien-do): only the most specific match is current.
  const best = items.filter((i) => isCurrent(i.href, pathname)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const current = item.href === best;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={current ? "page" : undefined}
              className={cx(
                "flex min-h-11 items-center rounded-md border-l-4 px-3 text-[0.95rem] font-medium transition-colors",
                current
                  ? "border-brand-700 bg-brand-50 text-brand-900"
                  : "border-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
