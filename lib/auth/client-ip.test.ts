import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.9" }))).toBe(
      "203.0.113.7",
    );
  });

  it("falls back to X-Real-IP, then to 'unknown'", () => {
    expect(clientIp(new Headers({ "x-real-ip": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientIp(new Headers())).toBe("unknown");
    expect(clientIp(undefined)).toBe("unknown");
  });

  it("ignores a forwarded value that is not an address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>alert(1)</script>", "x-real-ip": "198.51.100.4" }))).toBe(
      "198.51.100.4",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "a".repeat(500) }))).toBe("unknown");
  });
});
