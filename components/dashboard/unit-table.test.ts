// The ranked table of the units below (components/dashboard/unit-table.tsx) as the server renders it: a
// province has up to ~130 communes below it since 2025, so only the first rows of the ranking are in the page
// until "show all" is pressed; every row still travels in the props so that sorting ranks all of them.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FOLDED_FIRST_ROWS } from "@/components/dashboard/folded-body";
import { UnitTable } from "@/components/dashboard/unit-table";

const render = (n: number) =>
  renderToStaticMarkup(
    createElement(UnitTable, {
      caption: "Xếp hạng",
      unitHeader: "Đơn vị",
      rankHeader: "Hạng",
      columns: [{ key: "registered", label: "Đã đăng ký" }],
      periodQuery: "year=2025",
      // Unit k has k models: the ranking (most first) is n, n-1, …
      rows: Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Xã ${i + 1}`, values: [i + 1] })),
    }),
  );
const bodyRows = (html: string) => html.split("<tbody")[1].split("</tbody>")[0].match(/<tr/g)?.length ?? 0;

describe("UnitTable", () => {
  it("shows the first rows of the ranking and offers all of them, by count", () => {
    const html = render(124);
    expect(bodyRows(html)).toBe(FOLDED_FIRST_ROWS);
    // The top of the ranking, not the first rows given.
    expect(html).toContain(">Xã 124</a>");
    expect(html).toContain(`>Xã ${124 - FOLDED_FIRST_ROWS + 1}</a>`);
    expect(html).not.toContain(`>Xã ${124 - FOLDED_FIRST_ROWS}</a>`);
    expect(html).toMatch(
      /<button type="button"[^>]*aria-controls="[^"]+"[^>]*aria-expanded="false"[^>]*>Hiện tất cả 124 đơn vị<\/button>/,
    );
    expect(html).toContain('href="/mo-hinh?year=2025&amp;unit=124&amp;fig=registered"');
  });

  it("shows every row, with no button, when they are few", () => {
    const html = render(FOLDED_FIRST_ROWS);
    expect(bodyRows(html)).toBe(FOLDED_FIRST_ROWS);
    expect(html).not.toContain("Hiện tất cả");
  });
});
