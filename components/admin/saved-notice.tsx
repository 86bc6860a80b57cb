"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * "Đã lưu." after a save redirected back with ?da-luu=1. It says what the last save did, so it goes as
 * soon as the person sends another form of the page: a refused second save must not show under "Đã lưu.".
 */
export function SavedNotice({ show, message }: { show: boolean; message: ReactNode }) {
  // A save's redirect re-renders the page in place, keeping this state: pages give the notice a key that
  // changes with each save (the record's version, what was done), so it shows again.
  const [visible, setVisible] = useState(show);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!visible) return;
    // Keyboard and screen-reader users land on what was done (the button they pressed may be gone), and
    // the address loses the one-time ?da-luu/?xong/?tao, so a reload does not say it again.
    ref.current?.focus();
    const url = new URL(window.location.href);
    if (["da-luu", "xong", "tao"].some((k) => url.searchParams.has(k))) {
      for (const k of ["da-luu", "xong", "tao"]) url.searchParams.delete(k);
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }
    const hide = () => setVisible(false);
    document.addEventListener("submit", hide, true);
    return () => document.removeEventListener("submit", hide, true);
  }, [visible]);
  if (!visible) return null;
  return (
    <p
      ref={ref}
      role="status"
      tabIndex={-1}
      className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 focus:outline-none"
    >
      {message}
    </p>
  );
}
