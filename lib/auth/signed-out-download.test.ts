import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => null }));

type Get = (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
const params = { params: Promise.resolve({ id: "1" }) };

// Every file link a signed-in page shows: followed with the session gone, the browser must land on the login page.
const ROUTES: [string, string][] = [
  ["@/app/api/thong-ke/tai-ve/route", "/api/thong-ke/tai-ve?unit=1&year=2025"],
  ["@/app/api/nhap-du-lieu/mau/route", "/api/nhap-du-lieu/mau?loai=mo-hinh"],
  ["@/app/api/nhap-du-lieu/xuat/route", "/api/nhap-du-lieu/xuat?loai=mo-hinh"],
  ["@/app/api/nhap-du-lieu/[id]/loi/route", "/api/nhap-du-lieu/1/loi"],
  ["@/app/api/quyet-dinh/[id]/tai-ve/route", "/api/quyet-dinh/1/tai-ve?dinh-dang=pdf"],
  ["@/app/api/tep/[id]/route", "/api/tep/1"],
];

// The server may see its own address in request.url; the browser's site is in Host.
const request = (path: string, headers: Record<string, string>) =>
  new Request(`http://localhost:3000${path}`, { headers: { host: "127.0.0.1:3000", ...headers } });

describe("a file link followed without a session", () => {
  for (const [mod, path] of ROUTES) {
    it(`${path}: a navigation goes to the login page and back to the page with the link; a fetch gets 401`, async () => {
      const { GET } = (await import(mod)) as { GET: Get };
      const nav = await GET(
        request(path, {
          "sec-fetch-mode": "navigate",
          "sec-fetch-dest": "document",
          referer: "http://127.0.0.1:3000/thong-ke?year=2025&unit=1",
          cookie: "authjs.session-token=expired; other=1",
        }),
        params,
      );
      expect(nav.status).toBe(303);
      expect(nav.headers.get("Location")).toBe(
        `/dang-nhap?ly-do=phien-ket-thuc&callbackUrl=${encodeURIComponent("/thong-ke?year=2025&unit=1")}`,
      );

      const fetched = await GET(request(path, { "sec-fetch-mode": "cors", "sec-fetch-dest": "empty" }), params);
      expect(fetched.status).toBe(401);
      // An `<a download>` click: the browser saves whatever comes back, so no login page for it.
      const saved = await GET(request(path, { "sec-fetch-mode": "navigate", "sec-fetch-dest": "empty" }), params);
      expect(saved.status).toBe(401);
    });
  }

  it("never sends the person back to another site, and says nothing about a session that never was", async () => {
    const { GET } = (await import("@/app/api/thong-ke/tai-ve/route")) as { GET: Get };
    const r = await GET(
      request("/api/thong-ke/tai-ve", {
        "sec-fetch-mode": "navigate",
        "sec-fetch-dest": "document",
        referer: "https://evil.example/thong-ke",
      }),
      params,
    );
    expect(r.status).toBe(303);
    expect(r.headers.get("Location")).toBe("/dang-nhap");
  });
});
