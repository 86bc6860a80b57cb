import { loginUrlFor } from "./return-path";

/**
 * A file link (XLSX, PDF, template, evidence) followed without a valid session. The links were `<a download>`:
 * the browser saved the 401 as a broken file and said nothing about signing in. They are plain links now
 * (the file's Content-Disposition keeps the page where it is), and such a navigation is sent to the login
 * page, which returns to the page holding the link. Anything else gets `null` and the route's 401: a fetch,
 * an <img> thumbnail, or an old `<a download>` (its navigation has destination "empty": a redirect would
 * save the login page as a file).
 */
export function signedOutRedirect(request: Request): Response | null {
  if (request.headers.get("sec-fetch-mode") !== "navigate" || request.headers.get("sec-fetch-dest") !== "document") {
    return null;
  }
  let back: string | null = null;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer);
      // Referrer-Policy is same-origin: another site sends none; a path of this site is all that is kept.
      // The site is the browser's Host (request.url may name the server's own address instead).
      const site = [request.headers.get("x-forwarded-host"), request.headers.get("host"), new URL(request.url).host];
      if (site.includes(from.host)) back = from.pathname + from.search;
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
