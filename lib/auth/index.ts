import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { authenticate, type LoginFailure } from "./authenticate";
import { clientIp } from "./client-ip";
import { isSessionCurrent } from "./load-actor";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    uid?: number;
    sessionVersion?: number;
  }
}

/** The code lands in `?code=` (client sign-in) or on the thrown error (server action); lib/i18n/vi.ts maps it to text. */
class LoginError extends CredentialsSignin {
  constructor(code: LoginFailure) {
    super();
    this.code = code;
  }
}

/** A working day: a forgotten session on a shared office computer does not outlive it by much. */
const SESSION_MAX_AGE_S = 8 * 60 * 60;

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
        };
      },
    }),
  ],
  events: {
    async signOut(message) {
      const uid = "token" in message && typeof message.token?.uid === "number" ? message.token.uid : null;
      if (uid !== null) await audit(prisma, { actorId: uid, action: "auth.logout", entity: "User", entityId: uid });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion ?? 0;
        return token;
      }
      // Every later request: a revoked (logout everywhere, password change) or disabled user is out.
      const uid = typeof token.uid === "number" ? token.uid : NaN;
      const sv = typeof token.sv === "number" ? token.sv : NaN;
      return (await isSessionCurrent(uid, sv)) ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === "number") session.uid = token.uid;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
});
