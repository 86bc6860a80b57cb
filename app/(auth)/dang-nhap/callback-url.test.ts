import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-origin relative paths with their query", () => {
    expect(safeCallbackUrl("/mo-hinh?page=2&state=SUBMITTED")).toBe("/mo-hinh?page=2&state=SUBMITTED");
    expect(safeCallbackUrl("/tham-dinh")).toBe("/tham-dinh");
  });

  it.each([
    undefined,
    "",
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/\t/evil.example",
    "mo-hinh",
    "/dang-nhap",
    "/dang-nhap?callbackUrl=/",
    "/api/auth/signout",
    // Dot segments that URL normalisation collapses into a protocol-relative "//host" path.
    "/.//evil.example",
    "/..//evil.example/path",
    "/a/..//evil.example",
    "/%2e//evil.example",
  ])("falls back to the home page for %j", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });
});
