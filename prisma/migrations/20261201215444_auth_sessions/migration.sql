-- CreateTable
CREATE TABLE "AuthSession" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(6) NOT NULL,
    "revokedAt" TIMESTAMPTZ(6),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuthSession_key_key" ON "AuthSession"("key");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express triggers): disabling a user, bumping their sessionVersion or
-- changing their password revokes every session row, whichever code path made the change, so a
-- later re-enable never brings an old cookie back (docs/decisions/0041-sessions.md).
CREATE FUNCTION auth_session_revoke_on_user_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."disabled" AND NOT OLD."disabled")
     OR NEW."sessionVersion" IS DISTINCT FROM OLD."sessionVersion"
     OR NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash" THEN
    UPDATE "AuthSession" SET "revokedAt" = now() WHERE "userId" = NEW."id" AND "revokedAt" IS NULL;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER auth_session_revoke_on_user_change
AFTER UPDATE OF "disabled", "sessionVersion", "passwordHash" ON "User"
FOR EACH ROW EXECUTE FUNCTION auth_session_revoke_on_user_change();
