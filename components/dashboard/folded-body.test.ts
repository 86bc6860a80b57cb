// The folded table body of the dashboard's review-progress table (components/dashboard/folded-body.tsx) as
// the server renders it: only the first rows are in the page until "show all" is pressed.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FoldedBody } from "@/components/dashboard/folded-body";

/** How many rows each render asked for: the rows beyond the fold are never built. */
let built: number[] = [];
const render = (n: number) =>
  renderToStaticMarkup(
    createElement(
      "table",
      null,
      createElement(FoldedBody, {
        first: 10,
        count: n,
        rows: (shown: number) => {
          built.push(shown);
          return Array.from({ length: shown }, (_, i) =>
            createElement("tr", { key: i }, createElement("th", { scope: "row" }, `Xã ${i + 1}`)),
          );
        },
        colSpan: 6,
        showAll: `Hiện tất cả ${n} ban chỉ đạo`,
        showFirst: "Chỉ hiện 10 ban chỉ đạo đầu",
      }),
    ),
  );

describe("FoldedBody", () => {
  it("renders the first rows in order and a button naming all of them", () => {
    built = [];
    const html = render(130);
    expect(built).toEqual([10]);
    const body = html.split("<tbody")[1].split("</tbody>")[0];
    expect(body.match(/<tr/g)).toHaveLength(10);
    expect(body).toContain(">Xã 1<");
    expect(body).toContain(">Xã 10<");
    expect(body).not.toContain(">Xã 11<");
    const id = /<tbody id="([^"]+)"/.exec(html)![1];
    const foot = html.split("<tfoot")[1];
    expect(foot).toMatch(/<td colSpan="6"/i);
    // Disabled in the server's HTML: before the page hydrates a click would do nothing (use-hydrated.ts).
    expect(foot).toMatch(
      new RegExp(
        `<button type="button"[^>]*aria-controls="${id}" aria-expanded="false" disabled="">Hiện tất cả 130 ban chỉ đạo</button>`,
      ),
    );
  });

  it("renders every row and no button when they fit", () => {
    built = [];
    const html = render(10);
    expect(built).toEqual([10]);
    expect(html.match(/<tr/g)).toHaveLength(10);
    expect(html).not.toContain("<tfoot");
  });
});
