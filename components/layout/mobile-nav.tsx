"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { shellText } from "@/lib/i18n/shell";
import { NavLinks, type NavLinkItem } from "./nav-links";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Small-screen menu: a disclosure button (aria-expanded/aria-controls) over the same links as the
 * sidebar. Without JavaScript the <noscript> list below keeps every section reachable.
 */
export function MobileNav({ items, footer }: { items: NavLinkItem[]; footer?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  // Escape closes the open menu wherever the focus is (on the menu button too, right after opening it).
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    // A tap outside the menu closes it (the page under the panel is what the person wants now).
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="md:hidden"
      // Tab past the last item: the focus would sit on the page hidden under the open panel. The menu closes
      // instead. Only when the focus really goes somewhere (relatedTarget): Safari does not focus a tapped link.
      onBlur={(e) => {
        const to = e.relatedTarget as Node | null;
        if (open && to && !e.currentTarget.contains(to)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        disabled={!hydrated}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:cursor-wait disabled:opacity-60"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          {open ? (
            <path strokeLinecap="round" d="M6 6l12 12M18 6L6 18" />
          ) : (
            <path strokeLinecap="round" d="M4 7h16M4 12h16M4 17h16" />
          )}
        </svg>
        {shellText.shell.menu}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-30 border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg"
      >
        {/* Built when opened: a closed panel is hidden anyway, and every page then renders the links once
            (the sidebar's) instead of twice. */}
        {open ? (
          <>
            <nav aria-label={shellText.shell.mainNav}>
              <NavLinks items={items} onNavigate={() => close(false)} />
            </nav>
            {footer ? <div className="mt-3 border-t border-slate-200 pt-3">{footer}</div> : null}
          </>
        ) : null}
      </div>
      <noscript>
        <nav
          aria-label={shellText.shell.mainNav}
          className="absolute inset-x-0 top-full z-30 border-b border-slate-200 bg-white px-4 py-2"
        >
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="inline-flex min-h-11 items-center font-medium text-slate-800 underline">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </noscript>
    </div>
  );
}
