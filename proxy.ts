import { NextResponse, type NextRequest } from "next/server";
import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";

/**
 * Security headers for every page (docs/decisions/0043-least-privilege-and-http-headers.md): a Content-Security-Policy with
 * a fresh nonce per request (Next reads it from the request's CSP header and puts it on its own
 * scripts; the root layout renders dynamically for this), no 'unsafe-eval', no inline script without
 * the nonce, frame-ancestors 'none'; HSTS when the request arrived over HTTPS.
 *
 * Authorization never happens here (ADR 0003): each action and route handler checks on the server.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // React style attributes (charts, progress bars) need inline styles; scripts are what CSP must stop.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
  ].join("; ");
}

export const HSTS = "max-age=31536000; includeSubDomains";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Where the person was, so a page that finds the session gone can send them back after signing in.
  requestHeaders.set(RETURN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: static assets and file downloads carry no scripts to protect.
      source: "/((?!api|_next/static|_next/image|fonts/|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
