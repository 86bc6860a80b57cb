/** Request header set by proxy.ts: the page path (with query) the request was for. */
export const RETURN_PATH_HEADER = "x-dvk-return-path";

/** Cookie names next-auth uses for the session (plain and over HTTPS). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * The login URL for a request without a valid session: back to the page afterwards, and "the session ended"
 * when a session cookie came with the request (someone who never signed in gets no such message). For a
 * form's server action the reason says the action was not carried out: "the session ended" alone read as if
 * the click (start review, recognise, upload) had been done before the session ran out.
 */
export function loginUrlFor(returnPath: string | null, cookieNames: readonly string[], action = false): string {
  const params = new URLSearchParams();
  if (cookieNames.some((n) => SESSION_COOKIES.includes(n) || SESSION_COOKIES.some((c) => n.startsWith(`${c}.`)))) {
    params.set("ly-do", action ? "thao-tac-chua-thuc-hien" : "phien-ket-thuc");
  }
  if (returnPath && returnPath.startsWith("/") && !returnPath.startsWith("//") && returnPath !== "/") {
    params.set("callbackUrl", returnPath);
  }
  const q = params.toString();
  return q ? `/dang-nhap?${q}` : "/dang-nhap";
}

/**
 * The login URL for a form's save that found the session gone while the form keeps a local draft
 * (components/models/local-draft.tsx): the login page says the text is kept, and comes back to `back`.
 */
export function draftLoginUrl(back: string): string {
  return `/dang-nhap?ly-do=het-phien&callbackUrl=${encodeURIComponent(back)}`;
}
