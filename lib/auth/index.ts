import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { prisma } from "@/lib/db/client";
import { currentRequestSignal } from "@/lib/db/request-abort";
import { audit } from "@/lib/audit";
import { authenticate, type LoginFailure } from "./authenticate";
import { clientIp } from "./client-ip";
import { createSession, isSessionValid, revokeSession, SESSION_ABSOLUTE_MS } from "./sessions";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    sid?: string;
  }
  interface Session {
    uid?: number;
    sessionVersion?: number;
    sid?: string;
    /** The session could not be checked (the database did not answer): neither signed in nor out. */
    unverified?: true;
  }
}

/** The code lands in `?code=` (client sign-in) or on the thrown error (server action); lib/i18n/vi.ts maps it to text. */
class LoginError extends CredentialsSignin {
  constructor(code: LoginFailure) {
    super();
    this.code = code;
  }
}

/** The cookie's own expiry; the server-side limits (lib/auth/sessions.ts) are what actually end a session. */
const SESSION_MAX_AGE_S = SESSION_ABSOLUTE_MS / 1000;

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Always set by the start script; if it is missing, requests fail with MissingSecret, imports do not.
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  logger: {
    // A refused login is expected traffic, already in LoginAttempt and AuditLog: no stack trace for it.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate({
          username: credentials?.username,
          password: credentials?.password,
          ip: clientIp(request?.headers),
        });
        if (!result.ok) throw new LoginError(result.reason);
        return {
          id: String(result.user.id),
          name: result.user.fullName,
          sessionVersion: result.user.sessionVersion,
          sid: await createSession(result.user.id),
        };
      },
    }),
  ],
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const uid = typeof token?.uid === "number" ? token.uid : null;
      // Server-side: the cookie a thief copied before sign-out is refused from now on.
      if (typeof token?.sid === "string") await revokeSession(token.sid);
      if (uid !== null) await audit(prisma, { actorId: uid, action: "auth.logout", entity: "User", entityId: uid });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion ?? 0;
        token.sid = user.sid;
        return token;
      }
      // Every later request: signed out, revoked (everywhere, password change, disable), past its
      // 12 h lifetime or idle for 30 min → no session. Checking never extends it.
      const rest = { ...token };
      delete rest.unverified;
      const claims = {
        uid: typeof rest.uid === "number" ? rest.uid : undefined,
        sv: typeof rest.sv === "number" ? rest.sv : undefined,
        sid: typeof rest.sid === "string" ? rest.sid : undefined,
      };
      try {
        return (await isSessionValid(claims)) ? rest : null;
      } catch (error) {
        // The database did not answer. Returning null (or throwing: Auth.js catches it) would delete the
        // cookie and send the person to sign in; instead the token is kept, marked unverified, and
        // getActor turns that into the error page (ServiceUnavailableError). Nothing is granted on it:
        // the session callback passes no uid. The mark is dropped on the next successful check.
        // A request the client abandoned has its queries cancelled (lib/db/request-abort.ts): nobody reads
        // this answer, and the database is fine.
        if (!currentRequestSignal()?.aborted)
          console.error("[auth] session check failed, database unavailable:", error);
        return { ...rest, unverified: true };
      }
    },
    session({ session, token }) {
      if (token.unverified === true) return { ...session, unverified: true };
      if (typeof token.uid === "number") session.uid = token.uid;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
});
