"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML and while the page hydrates, true once React runs the component in the browser.
 * A button that only opens a dialog (an onClick, no form behind it) does nothing before that: on a slow phone
 * the first tap was silently lost. Such buttons are rendered disabled until then, so the tap is visibly not
 * taken yet rather than swallowed (and a test's click waits for them, as a person would).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
