-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE', 'GRASSROOTS');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PROVINCE', 'CENTRAL_CITY', 'DISTRICT', 'TOWN', 'PROVINCIAL_CITY', 'DISTRICT_EQUIVALENT', 'COMMUNE', 'WARD', 'TOWNSHIP', 'COMMUNE_EQUIVALENT', 'PARTY_CELL', 'HAMLET', 'SCHOOL', 'CLINIC', 'ASSOCIATION', 'ENTERPRISE', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('UNIT_CADRE', 'COMMUNE_REVIEWER', 'DISTRICT_REVIEWER', 'PROVINCE_OFFICER', 'ADMIN');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ModelKind" AS ENUM ('COLLECTIVE', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "ModelState" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'NEEDS_REVISION', 'NOT_RECOGNIZED', 'RECOGNIZED', 'PROPOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('CREATE', 'UPDATE', 'SUBMIT', 'WITHDRAW', 'START_REVIEW', 'REQUEST_REVISION', 'RESUBMIT', 'RECOGNIZE', 'NOT_RECOGNIZE', 'DESIGNATE_TYPICAL', 'PROPOSE', 'UNDO', 'COMMEND');

-- CreateEnum
CREATE TYPE "DocumentStyle" AS ENUM ('PARTY', 'STATE');

-- CreateEnum
CREATE TYPE "AwardForm" AS ENUM ('BANG_KHEN', 'GIAY_KHEN', 'GIAY_CHUNG_NHAN');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('DRAFT', 'ISSUED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "UnitKind" NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "successorId" INTEGER,
    "path" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitName" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "UnitName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "lastLoginAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Field" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'OPEN',
    "ownerUnitId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 10,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Model" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "ModelKind" NOT NULL,
    "title" TEXT NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "ownerUnitId" INTEGER NOT NULL,
    "ownerUnitName" TEXT NOT NULL,
    "ownerAddress" TEXT NOT NULL,
    "registeredWithUnitId" INTEGER NOT NULL,
    "registeredLevel" "UnitLevel" NOT NULL,
    "reviewUnitId" INTEGER NOT NULL,
    "reviewLevel" "UnitLevel" NOT NULL,
    "state" "ModelState" NOT NULL DEFAULT 'DRAFT',
    "recognizedLevel" "UnitLevel",
    "typicalLevel" "UnitLevel",
    "startDate" DATE,
    "goals" TEXT NOT NULL DEFAULT '',
    "methods" TEXT NOT NULL DEFAULT '',
    "expectedResults" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "personHonorific" "Gender",
    "personName" TEXT,
    "personPosition" TEXT,
    "replicatedFromId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ(6),
    "stateChangedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewEvent" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "fromState" "ModelState",
    "toState" "ModelState",
    "level" "UnitLevel",
    "unitId" INTEGER,
    "actorId" INTEGER NOT NULL,
    "comment" TEXT,
    "meetingRef" TEXT,
    "requestKey" TEXT,
    "undoneById" INTEGER,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "recognizedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" INTEGER NOT NULL,
    "meetingRef" TEXT,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TypicalDesignation" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "designatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" INTEGER NOT NULL,

    CONSTRAINT "TypicalDesignation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "reviewerId" INTEGER NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "score" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "reportDate" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "moneyVnd" BIGINT,
    "landM2" DECIMAL(14,2),
    "roadKm" DECIMAL(10,2),
    "workdays" INTEGER,
    "households" INTEGER,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER,
    "progressReportId" INTEGER,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issuer" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "parentName" TEXT,
    "style" "DocumentStyle" NOT NULL,
    "numberSuffix" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "termStartYear" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "Issuer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "issuerId" INTEGER NOT NULL,
    "register" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "numberText" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "awardForm" "AwardForm" NOT NULL,
    "title" TEXT NOT NULL,
    "campaignId" INTEGER,
    "status" "DecisionStatus" NOT NULL DEFAULT 'DRAFT',
    "issuedAt" TIMESTAMPTZ(6),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Honoree" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "modelId" INTEGER,
    "kind" "ModelKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "honorific" "Gender",
    "name" TEXT NOT NULL,
    "position" TEXT,
    "address" TEXT NOT NULL,
    "modelTitle" TEXT NOT NULL,

    CONSTRAINT "Honoree_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "modelId" INTEGER,
    "messageKey" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_path_idx" ON "Unit"("path");

-- CreateIndex
CREATE INDEX "Unit_level_validTo_idx" ON "Unit"("level", "validTo");

-- CreateIndex
CREATE INDEX "UnitName_unitId_validFrom_idx" ON "UnitName"("unitId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_createdAt_idx" ON "LoginAttempt"("username", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Field_code_key" ON "Field"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_code_key" ON "Campaign"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_campaignId_code_key" ON "Criterion"("campaignId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Model_code_key" ON "Model"("code");

-- CreateIndex
CREATE INDEX "Model_ownerUnitId_state_idx" ON "Model"("ownerUnitId", "state");

-- CreateIndex
CREATE INDEX "Model_reviewUnitId_state_idx" ON "Model"("reviewUnitId", "state");

-- CreateIndex
CREATE INDEX "Model_campaignId_fieldId_idx" ON "Model"("campaignId", "fieldId");

-- CreateIndex
CREATE INDEX "Model_state_recognizedLevel_typicalLevel_idx" ON "Model"("state", "recognizedLevel", "typicalLevel");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewEvent_requestKey_key" ON "ReviewEvent"("requestKey");

-- CreateIndex
CREATE INDEX "ReviewEvent_modelId_createdAt_idx" ON "ReviewEvent"("modelId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewEvent_unitId_createdAt_idx" ON "ReviewEvent"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Recognition_unitId_level_idx" ON "Recognition"("unitId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Recognition_modelId_level_key" ON "Recognition"("modelId", "level");

-- CreateIndex
CREATE INDEX "TypicalDesignation_unitId_level_idx" ON "TypicalDesignation"("unitId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "TypicalDesignation_modelId_level_key" ON "TypicalDesignation"("modelId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Score_modelId_criterionId_reviewerId_level_key" ON "Score"("modelId", "criterionId", "reviewerId", "level");

-- CreateIndex
CREATE INDEX "ProgressReport_modelId_reportDate_idx" ON "ProgressReport"("modelId", "reportDate");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_modelId_idx" ON "Attachment"("modelId");

-- CreateIndex
CREATE INDEX "Attachment_progressReportId_idx" ON "Attachment"("progressReportId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_issuerId_register_number_key" ON "Decision"("issuerId", "register", "number");

-- CreateIndex
CREATE INDEX "Honoree_decisionId_kind_sortOrder_idx" ON "Honoree"("decisionId", "kind", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Honoree_decisionId_modelId_key" ON "Honoree"("decisionId", "modelId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "Field"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_registeredWithUnitId_fkey" FOREIGN KEY ("registeredWithUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_reviewUnitId_fkey" FOREIGN KEY ("reviewUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_replicatedFromId_fkey" FOREIGN KEY ("replicatedFromId") REFERENCES "Model"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TypicalDesignation" ADD CONSTRAINT "TypicalDesignation_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TypicalDesignation" ADD CONSTRAINT "TypicalDesignation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TypicalDesignation" ADD CONSTRAINT "TypicalDesignation_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_progressReportId_fkey" FOREIGN KEY ("progressReportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Issuer" ADD CONSTRAINT "Issuer_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "Issuer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honoree" ADD CONSTRAINT "Honoree_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honoree" ADD CONSTRAINT "Honoree_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written: what Prisma cannot express (extensions, IMMUTABLE unaccent wrapper, trigram and
-- expression indexes, append-only audit log).
-- ---------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- unaccent() is STABLE (it reads the dictionary from search_path); pinning the dictionary makes a
-- wrapper safe to declare IMMUTABLE so it can be indexed. Đ/đ are mapped by the unaccent rules.
CREATE OR REPLACE FUNCTION vn_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE INDEX "Model_title_fold_trgm_idx" ON "Model" USING gin (vn_fold("title") gin_trgm_ops);
CREATE INDEX "Unit_name_fold_trgm_idx" ON "Unit" USING gin (vn_fold("name") gin_trgm_ops);
CREATE INDEX "Model_personName_fold_trgm_idx" ON "Model" USING gin (vn_fold("personName") gin_trgm_ops);

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only';
END $$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Users are disabled, never deleted, so the audit trail never needs rewriting; TRUNCATE is refused too.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
