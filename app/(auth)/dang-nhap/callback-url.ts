const BASE = "http://portal.invalid";

/**
 * Where to go after signing in: only a same-origin relative path ("/mo-hinh?page=2"), never an
 * absolute, protocol-relative ("//evil") or backslash URL, and never back to the login page.
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  // Control characters could smuggle a scheme or host past the checks above once a browser strips them.
  if (/[\u0000-\u001f\u007f]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  // Dot segments ("/.//host", "/%2e//host") normalise into a "//host" path, protocol-relative once sent as Location.
  if (url.origin !== BASE || url.pathname.startsWith("//")) return "/";
  if (url.pathname === "/dang-nhap" || url.pathname.startsWith("/api/")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
