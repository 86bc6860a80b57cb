// Test helper: drives the real next-auth route handlers with a cookie jar, so a test can replay an old
// session cookie after a change and see whether the server still accepts it.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

const BASE = "http://localhost:3000/api/auth";
export type Jar = Map<string, string>;

function store(jar: Jar, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

async function call(jar: Jar, method: "GET" | "POST", path: string, body?: Record<string, string>) {
  const headers = new Headers({ cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") });
  if (body) headers.set("content-type", "application/x-www-form-urlencoded");
  const req = new NextRequest(`${BASE}${path}`, { method, headers, body: body && new URLSearchParams(body) });
  const res = await (method === "GET" ? handlers.GET(req) : handlers.POST(req));
  store(jar, res);
  return res;
}

export async function signInJar(username: string, password: string): Promise<Jar> {
  const jar: Jar = new Map();
  const { csrfToken } = await (await call(jar, "GET", "/csrf")).json();
  await call(jar, "POST", "/callback/credentials", { username, password, csrfToken, callbackUrl: "/" });
  return jar;
}

/** The session the server gives for this cookie jar (a copy: replaying never mutates the original). */
export async function sessionUid(jar: Jar): Promise<number | null> {
  const copy = new Map(jar);
  const session = await (await call(copy, "GET", "/session")).json();
  return session?.uid ?? null;
}
