import { loginUrlFor } from "./return-path";

/**
 * A file link (XLSX, PDF, template, evidence) followed without a valid session. Downloads are plain links,
 * so a bare 401 left the person on the browser's own error page ("HTTP ERROR 401", in the browser's
 * language); a navigation is sent to the login page instead, which returns to the page holding the link.
 * Anything else (fetch, an <img> thumbnail) gets `null`: the route answers its 401 as before.
 */
export function signedOutRedirect(request: Request): Response | null {
  if (request.headers.get("sec-fetch-mode") !== "navigate") return null;
  let back: string | null = null;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      // Referrer-Policy is same-origin: another site sends none; a path of this site is all that is kept.
      if (from.host === new URL(request.url).host) back = from.pathname + from.search;
    } catch {
      back = null;
    }
  }
  const cookieNames = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((c) => c.split("=")[0].trim())
    .filter(Boolean);
  return new Response(null, { status: 303, headers: { Location: loginUrlFor(back, cookieNames) } });
}
