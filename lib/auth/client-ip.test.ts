import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { attachClientIp, CLIENT_IP_HEADER, clientIp, resolveClientIp, trustedProxyHops } from "./client-ip";

describe("resolveClientIp (TRUST_PROXY_HOPS)", () => {
  it("0 hops (default): the socket address; X-Forwarded-For is ignored", () => {
    expect(resolveClientIp("203.0.113.7", "1.2.3.4", 0)).toBe("203.0.113.7");
    expect(resolveClientIp("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", 0)).toBe("127.0.0.1");
  });

  it("n hops: the n-th address from the right of 'X-Forwarded-For, socket'", () => {
    // client → proxy (appends client) → portal: the socket is the proxy, its XFF entry is the client.
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
    // Fewer entries than hops: the left-most one, never something the code invents.
    expect(resolveClientIp("10.0.0.1", undefined, 3)).toBe("10.0.0.1");
  });

  it("refuses values that are not addresses", () => {
    expect(resolveClientIp("10.0.0.1", "<script>", 1)).toBe("unknown");
    expect(resolveClientIp(undefined, undefined, 0)).toBe("unknown");
  });

  it("reads TRUST_PROXY_HOPS, 0 when unset or nonsense", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY_HOPS: "abc" })).toBe(0);
  });
});

describe("clientIp reads only the header our server sets", () => {
  it("never X-Forwarded-For or X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }))).toBe("unknown");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(undefined)).toBe("unknown");
  });
});

describe("the server wrapper (scripts/serve.ts) on a real socket", () => {
  async function seenBy(hops: number, headers: Record<string, string>) {
    const server = http.createServer((req, res) => {
      attachClientIp(req, hops);
      res.end(String(req.headers[CLIENT_IP_HEADER]));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers })).text();
    } finally {
      server.close();
    }
  }

  it("a spoofed X-Forwarded-For or a spoofed x-dvk-client-ip changes nothing", async () => {
    expect(await seenBy(0, {})).toBe("127.0.0.1");
    expect(await seenBy(0, { "x-forwarded-for": "1.2.3.4" })).toBe("127.0.0.1");
    expect(await seenBy(0, { [CLIENT_IP_HEADER]: "1.2.3.4", "x-real-ip": "5.6.7.8" })).toBe("127.0.0.1");
  });

  it("behind one trusted proxy, the address that proxy appended", async () => {
    expect(await seenBy(1, { "x-forwarded-for": "6.6.6.6, 198.51.100.4" })).toBe("198.51.100.4");
  });
});
