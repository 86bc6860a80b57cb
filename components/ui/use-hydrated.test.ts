// Buttons that only work once the page runs (an onClick, no form behind them) are disabled in the server's
// HTML and enabled by hydration; the browser half is every journey that clicks one (tests/e2e).
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PrintButton } from "@/components/ui/print-button";
import { ConfirmButton } from "@/components/models/confirm-button";

describe("useHydrated", () => {
  it("is false in the server's HTML: the print button is disabled there", () => {
    const html = renderToStaticMarkup(createElement(PrintButton, { label: "In danh sách" }));
    expect(html).toMatch(/^<button type="button" class="[^"]+" disabled="">In danh sách<\/button>$/);
  });

  it("leaves the confirmed form's own button alone: only the opener waits", () => {
    const html = renderToStaticMarkup(
      createElement(ConfirmButton, {
        label: "Rút hồ sơ",
        title: "Rút hồ sơ?",
        text: "Hồ sơ trở về nháp.",
        confirmLabel: "Rút",
        cancelLabel: "Thôi",
      }),
    );
    const buttons = html.match(/<button[^>]*>[^<]*<\/button>/g) ?? [];
    expect(buttons[0]).toMatch(/disabled=""[^>]*>Rút hồ sơ</);
    expect(buttons.slice(1).filter((b) => b.includes('disabled=""'))).toEqual([]);
  });
});
