import { describe, expect, it } from "vitest";
import { backHref, detailHref, listQuery } from "./list-return";

describe("list return links", () => {
  it("carry the list's filters and page to the detail page and back", () => {
    const q = listQuery({ q: "bua com", state: "SUBMITTED", page: "3", other: "x", field: "" });
    expect(q).toBe("q=bua+com&state=SUBMITTED&page=3");
    expect(detailHref("/mo-hinh/5", q)).toBe("/mo-hinh/5?ds=q%3Dbua%2Bcom%26state%3DSUBMITTED%26page%3D3");
    expect(backHref("/mo-hinh", decodeURIComponent("q%3Dbua%2Bcom%26state%3DSUBMITTED%26page%3D3"))).toBe(
      "/mo-hinh?q=bua+com&state=SUBMITTED&page=3",
    );
    expect(detailHref("/mo-hinh/5", "")).toBe("/mo-hinh/5");
  });

  it("never leaves the list's path and drops unknown keys", () => {
    expect(backHref("/mo-hinh", "//evil.example/x")).toBe("/mo-hinh");
    expect(backHref("/mo-hinh", "callbackUrl=https://evil.example&page=2")).toBe("/mo-hinh?page=2");
    expect(backHref("/tham-dinh", undefined)).toBe("/tham-dinh");
  });
});
