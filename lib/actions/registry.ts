/**
 * Every public endpoint of the portal: each export of a `"use server"` module and each handler of an
 * `app/**\/route.ts`. Two tests read this list:
 * - registry.coverage.test.ts imports every such file it finds on disk and fails on an export without an entry;
 * - registry.matrix.test.ts runs every entry as every role, on an object inside and outside the role's
 *   scope: allowed roles in scope succeed, every other cell gets the refusal named here, and the target
 *   row (its version too) and the AuditLog count stay as they were.
 *
 * To add an endpoint: append an entry below — `module` (path from the repo root) and `export` name it,
 * `permission` and `roles` say who may call it, `fixture` builds the call's arguments and the row it acts on
 * (use the kit helpers: `kit.model(actor, scope, state)`, `kit.decision(scope)`, `kit.form({...})`),
 * and `outcome` maps the return value to "ok" or a refusal. If the endpoint cannot run outside Next
 * (sign-in, sign-out), set `notInMatrix` with the reason and the test that covers it instead.
 *
 * Types only are imported here, so nothing of the app or of the tests is loaded by importing the list.
 */
import type { Actor } from "@/lib/auth/types";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/permissions";
import type { Kit } from "./test-kit";

export type Scope = "in" | "out";
/** How a call ended. Anything else is reported as "other: <message>" and fails the cell. */
export type Outcome = "ok" | "not_found" | "forbidden" | "invalid" | "illegal_state" | "conflict" | "unauthenticated";
export type Target = {
  table: "model" | "decision" | "attachment" | "notification" | "issuer" | "user" | "campaign" | "importJob";
  id: number;
};
export type Call = { args: unknown[]; target: Target };

export type RegistryEntry = {
  /** File that exports it, from the repository root. */
  module: string;
  export: string;
  kind: "action" | "route";
  /** The lib/ use case the endpoint delegates to ("file#function"). */
  useCase: string;
  /** What is checked: a permission of lib/permissions.ts, or "signed-in"/"public" for endpoints every session has. */
  permission: Permission | "signed-in" | "public";
  /** Roles that succeed on an object in their scope. */
  roles: readonly Role[];
  /**
   * Expected refusals: a role not in `roles` on an object in its scope (`wrongRole`, default "forbidden";
   * `byRole` overrides it per role), the same out of scope (`wrongRoleOutOfScope`, default `outOfScope`),
   * and an allowed role out of scope (`outOfScope`, default "not_found").
   */
  refusal?: {
    wrongRole?: Outcome;
    byRole?: Partial<Record<Role, Outcome>>;
    wrongRoleOutOfScope?: Outcome;
    outOfScope?: Outcome;
  };
  /** The object belongs to one person (a notification): the administrator has an outside too. */
  personal?: true;
  fixture?: (kit: Kit, actor: Actor, scope: Scope) => Promise<Call>;
  outcome?: (result: unknown, call: Call) => Outcome | string | Promise<Outcome | string>;
  /** Why the matrix cannot run this endpoint, and which test covers it. */
  notInMatrix?: string;
};

export const ALL_ROLES: readonly Role[] = [
  "UNIT_CADRE",
  "COMMUNE_REVIEWER",
  "DISTRICT_REVIEWER",
  "PROVINCE_OFFICER",
  "ADMIN",
];
const CADRE: readonly Role[] = ["UNIT_CADRE"];
const REVIEWERS: readonly Role[] = ["COMMUNE_REVIEWER", "DISTRICT_REVIEWER", "PROVINCE_OFFICER"];
const PROVINCE: readonly Role[] = ["PROVINCE_OFFICER"];

const MODEL_NOT_FOUND = "Không tìm thấy mô hình.";
const DECISION_NOT_FOUND = "Không tìm thấy quyết định.";
const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";

type Answer = { ok?: boolean; code?: string; message?: string; conflict?: boolean };

/** lib/result's `{ ok } | { code, message }`, as the model forms return it. */
function byCode(result: unknown): Outcome | string {
  const r = result as Answer;
  if (r.ok) return "ok";
  return r.code ?? `other: ${r.message}`;
}

/** Forms that return only a message: the refusal is told by the catalogue text. */
function byMessage(notFound: string) {
  return (result: unknown): Outcome | string => {
    const r = result as Answer;
    if (r.ok) return "ok";
    if (r.conflict) return "conflict";
    if (r.message === notFound) return "not_found";
    if (r.message === FORBIDDEN) return "forbidden";
    return `other: ${r.message}`;
  };
}

function byStatus(result: unknown): Outcome | string {
  const status = (result as Response).status;
  const map: Record<number, Outcome> = {
    200: "ok",
    400: "invalid",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
  };
  return map[status] ?? `other: HTTP ${status}`;
}

/** A read answers "not found" by leaving the object out of what it returns. */
function listed(ids: (r: unknown) => number[] | null) {
  return (result: unknown, call: Call): Outcome => (ids(result)?.includes(call.target.id) ? "ok" : "not_found");
}

const DECISION_REFUSAL = { wrongRole: "not_found", byRole: { ADMIN: "forbidden" } } as const;

const routeArgs = (url: string, id: number | string) => [
  new Request(url),
  { params: Promise.resolve({ id: String(id) }) },
];

// The tree operations act on Unit rows (no version column; the administrator's scope is the whole
// tree, so there is no "outside"): lib/org/tree-admin.test.ts calls each use case as every other role
// and checks units, models, users and the AuditLog count unchanged.
const ORG_NOT_IN_MATRIX =
  "administrator-only tree operations on Unit rows; lib/org/tree-admin.test.ts runs every other role with units, models, users and audit unchanged";

export const REGISTRY: readonly RegistryEntry[] = [
  // ——— campaigns (the province officer for its own province, the administrator for all) ———
  ...(["createCampaignAction", "updateCampaignAction", "setCampaignStatusAction"] as const).map(
    (name): RegistryEntry => ({
      module: "app/(portal)/dot-thi-dua/actions.ts",
      export: name,
      kind: "action",
      useCase: `lib/campaigns/manage-campaign.ts#${{ createCampaignAction: "createCampaignDraft", updateCampaignAction: "updateCampaign", setCampaignStatusAction: "setCampaignStatus" }[name]}`,
      permission: "manage:campaign:province",
      roles: ["PROVINCE_OFFICER", "ADMIN"],
      refusal: { wrongRole: "not_found" },
      fixture: async (kit, _actor, scope) => {
        const campaign = await kit.campaign(scope);
        const fields = {
          name: "Phong trào “Dân vận khéo” năm 2027",
          startDate: "01/01/2027",
          endDate: "31/12/2027",
          criteria: "HQ | Hiệu quả | 50\nST | Sáng tạo | 50",
        };
        const values: Record<string, Record<string, string | number>> = {
          createCampaignAction: { ...fields, code: `MT-${campaign.id}-${scope}`, ownerUnitId: campaign.ownerUnitId },
          updateCampaignAction: { ...fields, id: campaign.id, version: campaign.version },
          setCampaignStatusAction: { id: campaign.id, version: campaign.version, status: "OPEN" },
        };
        return { args: [{}, kit.form(values[name])], target: { table: "campaign", id: campaign.id } };
      },
      outcome: byMessage("Không tìm thấy đợt thi đua."),
    }),
  ),
  // ——— account administration (administrator only; everyone else: "not found") ———
  ...(
    ["createAccountAction", "updateAccountAction", "setAccountDisabledAction", "resetAccountPasswordAction"] as const
  ).map((name): RegistryEntry => ({
    module: "app/(portal)/quan-tri/actions.ts",
    export: name,
    kind: "action",
    useCase: `lib/accounts/manage.ts#${name.replace(/Action$/, "")}`,
    permission: "manage:user:all",
    roles: ["ADMIN"],
    refusal: { wrongRole: "not_found" },
    fixture: async (kit) => {
      const user = await kit.account();
      const values: Record<string, Record<string, string | number>> = {
        createAccountAction: {
          username: `moi.${user.id}`,
          fullName: "Người Dùng Mới",
          role: "COMMUNE_REVIEWER",
          unitId: user.unitId,
        },
        updateAccountAction: {
          id: user.id,
          version: user.updatedAt.toISOString(),
          fullName: `${user.fullName} (sửa)`,
          role: user.role,
          unitId: user.unitId,
        },
        setAccountDisabledAction: { id: user.id, disabled: "1" },
        resetAccountPasswordAction: { id: user.id },
      };
      return { args: [{}, kit.form(values[name])], target: { table: "user", id: user.id } };
    },
    outcome: byMessage("Không tìm thấy tài khoản."),
  })),
  // ——— sign-in / sign-out: no object, no scope ———
  {
    module: "app/(auth)/dang-nhap/actions.ts",
    export: "login",
    kind: "action",
    useCase: "lib/auth/authenticate.ts#authenticate",
    permission: "public",
    roles: ALL_ROLES,
    notInMatrix: "next-auth signIn needs Next's request context; lib/auth/authenticate.test.ts covers the rules",
  },
  {
    module: "app/(auth)/thiet-lap/actions.ts",
    export: "setupAction",
    kind: "action",
    useCase: "lib/accounts/setup.ts#createFirstAdmin",
    permission: "public",
    roles: ALL_ROLES,
    notInMatrix:
      "first-run setup: no session, guarded by a one-time token and an empty database; lib/accounts/setup.test.ts",
  },
  {
    module: "app/(portal)/tai-khoan/actions.ts",
    export: "changeOwnPasswordAction",
    kind: "action",
    useCase: "lib/accounts/change-own-password.ts#changeOwnPassword",
    permission: "signed-in",
    roles: ALL_ROLES,
    notInMatrix:
      "the caller's own account only (no object to scope), ends in next-auth signIn; lib/accounts/change-own-password.test.ts",
  },
  {
    module: "app/(portal)/actions.ts",
    export: "signOutAction",
    kind: "action",
    useCase: "lib/auth/index.ts#signOut",
    permission: "signed-in",
    roles: ALL_ROLES,
    notInMatrix: "next-auth signOut needs Next's request context; tests/e2e/auth.spec.ts signs out",
  },
  {
    module: "app/(portal)/actions.ts",
    export: "signOutEverywhereAction",
    kind: "action",
    useCase: "lib/auth/sign-out-everywhere.ts#signOutEverywhere",
    permission: "signed-in",
    roles: ALL_ROLES,
    notInMatrix:
      "acts on the caller's own sessions only (no object to scope) and ends in next-auth signOut; lib/auth/sessions.test.ts",
  },
  {
    module: "app/api/auth/[...nextauth]/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/auth/index.ts#handlers",
    permission: "public",
    roles: ALL_ROLES,
    notInMatrix: "next-auth's own endpoints (session, CSRF); lib/auth/index.test.ts and tests/e2e/auth.spec.ts",
  },
  {
    module: "app/api/auth/[...nextauth]/route.ts",
    export: "POST",
    kind: "route",
    useCase: "lib/auth/index.ts#handlers",
    permission: "public",
    roles: ALL_ROLES,
    notInMatrix: "next-auth's credentials callback; lib/auth/authenticate.test.ts and tests/e2e/auth.spec.ts",
  },

  // ——— models (unit cadres) ———
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "createModelAction",
    kind: "action",
    useCase: "lib/models/create-model-draft.ts#createModelDraft",
    permission: "register:model:own-unit",
    roles: CADRE,
    // The object is the committee registered with: one outside the cadre's chain is a field error.
    // Nothing is loaded before the permission check, so a wrong role is "forbidden" either way.
    refusal: { outOfScope: "invalid", wrongRoleOutOfScope: "forbidden" },
    fixture: async (kit, _actor, scope) => {
      const { w } = kit;
      const committee = scope === "in" ? w.tree.communeDirect : w.tree.otherCommune;
      const fd = kit.form({
        kind: "COLLECTIVE",
        title: "Dân vận khéo trong xây dựng nông thôn mới",
        fieldId: w.fields[0].id,
        campaignId: w.campaign.id,
        registeredWithUnitId: committee.id,
      });
      return { args: [{}, fd], target: { table: "issuer", id: w.partyIssuer.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "updateModelAction",
    kind: "action",
    useCase: "lib/models/update-model-draft.ts#updateModelDraft",
    permission: "edit:model:own-unit",
    roles: CADRE,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "DRAFT");
      const fd = kit.form({
        id: m.id,
        version: m.version,
        kind: m.kind,
        title: "Tên mô hình đã sửa",
        fieldId: m.fieldId,
        campaignId: m.campaignId,
        registeredWithUnitId: m.registeredWithUnitId,
      });
      return { args: [{}, fd], target: { table: "model", id: m.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "deleteDraftAction",
    kind: "action",
    useCase: "lib/models/delete-model-draft.ts#deleteModelDraft",
    permission: "edit:model:own-unit",
    roles: CADRE,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "DRAFT");
      return { args: [{}, kit.form({ id: m.id, version: m.version })], target: { table: "model", id: m.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "submitModelAction",
    kind: "action",
    useCase: "lib/models/submit-model.ts#submitModel",
    permission: "edit:model:own-unit",
    roles: CADRE,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "DRAFT");
      return { args: [{}, kit.form({ id: m.id, version: m.version })], target: { table: "model", id: m.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "withdrawModelAction",
    kind: "action",
    useCase: "lib/models/withdraw-model.ts#withdrawModel",
    permission: "edit:model:own-unit",
    roles: CADRE,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "SUBMITTED");
      return { args: [{}, kit.form({ id: m.id, version: m.version })], target: { table: "model", id: m.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "reportProgressAction",
    kind: "action",
    useCase: "lib/models/report-progress.ts#reportProgress",
    permission: "report:progress:own-unit",
    roles: CADRE,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "RECOGNIZED");
      const fd = kit.form({ modelId: m.id, reportDate: "2026-07-01", note: "Đã làm thêm 1 km đường.", roadKm: "1" });
      return { args: [{}, fd], target: { table: "model", id: m.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "deleteFileAction",
    kind: "action",
    useCase: "lib/uploads/delete-upload.ts#deleteUpload",
    permission: "edit:model:own-unit",
    roles: CADRE,
    fixture: async (kit, actor, scope) => {
      const { model, attachment } = await kit.attachment(actor, scope);
      const fd = kit.form({ fileId: attachment.id, modelId: model.id });
      return { args: [{}, fd], target: { table: "attachment", id: attachment.id } };
    },
    outcome: byCode,
  },
  {
    module: "app/(portal)/mo-hinh/actions.ts",
    export: "searchOriginsAction",
    kind: "action",
    useCase: "lib/models/search-replication-origins.ts#searchReplicationOrigins",
    permission: "register:model:own-unit",
    roles: CADRE,
    // A read answers with a list: refused callers get an empty one.
    refusal: { wrongRole: "not_found" },
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "RECOGNIZED", { title: "Mô hình gốc để nhân rộng khơi dậy" });
      return { args: ["khoi day"], target: { table: "model", id: m.id } };
    },
    outcome: listed((r) =>
      (r as { ok: boolean }).ok ? (r as { items: { id: number }[] }).items.map((i) => i.id) : null,
    ),
  },

  // ——— a committee's entries for a unit of its subtree (ADR 0045) ———
  {
    module: "app/(portal)/tham-dinh/dang-ky-thay/actions.ts",
    export: "registerOnBehalfAction",
    kind: "action",
    useCase: "lib/models/register-on-behalf.ts#registerOnBehalf",
    permission: "register:model:subtree",
    roles: REVIEWERS,
    refusal: { wrongRoleOutOfScope: "forbidden" },
    fixture: async (kit, actor, scope) => ({
      args: [
        {},
        kit.form({
          ownerUnitId: kit.entryUnit(actor, scope).id,
          kind: "COLLECTIVE",
          title: "Thôn Nà Lẹng vận động hiến đất mở đường liên thôn",
          fieldId: kit.w.fields[0].id,
          campaignId: kit.w.campaign.id,
          goals: "Mở rộng đường liên thôn để bà con đi lại thuận tiện, nhất là mùa mưa.",
          methods: "Chi bộ họp dân, cán bộ đến từng hộ vận động, người có uy tín làm trước.",
          expectedResults: "Hai cây số đường bê tông rộng bốn mét, ba mươi hộ hiến đất.",
          startDate: "2026-03-01",
        }),
      ],
      target: { table: "campaign", id: kit.w.campaign.id },
    }),
    outcome: byMessage("Không tìm thấy đơn vị trong phạm vi của bạn."),
  },
  {
    module: "app/(portal)/tham-dinh/dang-ky-thay/actions.ts",
    export: "recordHistoricModelAction",
    kind: "action",
    useCase: "lib/models/record-historic-model.ts#recordHistoricModel",
    permission: "record:historic-model:subtree",
    roles: REVIEWERS,
    refusal: { wrongRoleOutOfScope: "forbidden" },
    fixture: async (kit, actor, scope) => {
      const campaign = await kit.closedCampaign();
      return {
        args: [
          {},
          kit.form({
            ownerUnitId: kit.entryUnit(actor, scope).id,
            kind: "COLLECTIVE",
            title: "Chi bộ thôn vận động làm nhà văn hoá năm 2024",
            fieldId: kit.w.fields[0].id,
            campaignId: campaign.id,
            outcome: "RECOGNIZED",
            outcomeDate: "20/12/2024",
            reference: "Quyết định số 45-QĐ/ĐU",
          }),
        ],
        target: { table: "campaign", id: campaign.id },
      };
    },
    outcome: byMessage("Không tìm thấy đơn vị trong phạm vi của bạn."),
  },

  // ——— review (committees) ———
  {
    module: "app/(portal)/tham-dinh/actions.ts",
    export: "reviewStepAction",
    kind: "action",
    useCase: "lib/review/review-step.ts#reviewStep",
    permission: "recognize:model:subtree",
    roles: REVIEWERS,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "SUBMITTED");
      return {
        args: [{ ok: false }, kit.form({ modelId: m.id, version: m.version, action: "RECOGNIZE" })],
        target: { table: "model", id: m.id },
      };
    },
    outcome: byMessage(MODEL_NOT_FOUND),
  },
  {
    module: "app/(portal)/tham-dinh/actions.ts",
    export: "bulkReviewAction",
    kind: "action",
    useCase: "lib/review/bulk-review.ts#bulkReview",
    permission: "recognize:model:subtree",
    roles: REVIEWERS,
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "SUBMITTED");
      const fd = kit.form({ action: "RECOGNIZE", noScores: "1", item: `${m.id}:${m.version}:${m.title}` });
      return { args: [{ ok: false }, fd], target: { table: "model", id: m.id } };
    },
    // The batch answers ok with one result per item: the cell is that item's result.
    outcome: (result) => {
      const r = result as Answer & { results?: { ok: boolean; message?: string }[] };
      if (!r.ok || !r.results?.[0]) return byMessage(MODEL_NOT_FOUND)(r);
      return byMessage(MODEL_NOT_FOUND)(r.results[0]);
    },
  },

  // ——— notifications (everyone's own) ———
  {
    module: "app/(portal)/thong-bao/actions.ts",
    export: "markReadAction",
    kind: "action",
    useCase: "lib/notifications/mark-read.ts#markNotificationsRead",
    permission: "signed-in",
    roles: ALL_ROLES,
    personal: true,
    fixture: async (kit, actor, scope) => {
      const n = await kit.notification(actor, scope);
      return { args: [{ ok: false }, kit.form({ id: n.id })], target: { table: "notification", id: n.id } };
    },
    // Someone else's id answers "Không tìm thấy thông báo." (and the row stays unread: fingerprint).
    outcome: async (result, call) => {
      if ((result as Answer).message === "Không tìm thấy thông báo.") return "not_found";
      if (!(result as Answer).ok) return `other: ${(result as Answer).message}`;
      const { prisma } = await import("@/lib/db/client");
      const n = await prisma.notification.findUniqueOrThrow({ where: { id: call.target.id } });
      return n.readAt ? "ok" : "not_found";
    },
  },

  {
    module: "app/(portal)/thong-bao/actions.ts",
    export: "openNotificationAction",
    kind: "action",
    useCase: "lib/notifications/open-notification.ts#openNotification",
    permission: "signed-in",
    roles: ALL_ROLES,
    personal: true,
    fixture: async (kit, actor, scope) => {
      const n = await kit.notification(actor, scope);
      return { args: [kit.form({ id: n.id })], target: { table: "notification", id: n.id } };
    },
    // It always redirects (to the model, or back to the list): "not found" is the row still unread.
    outcome: async (_result, call) => {
      const { prisma } = await import("@/lib/db/client");
      const n = await prisma.notification.findUniqueOrThrow({ where: { id: call.target.id } });
      return n.readAt ? "ok" : "not_found";
    },
  },

  // ——— decisions (province) ———
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "createDecisionAction",
    kind: "action",
    useCase: "lib/decisions/create-decision.ts#createDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    // The objects are the issuer and the honorees: a foreign issuer is a field error of the form.
    refusal: { outOfScope: "invalid", wrongRoleOutOfScope: "forbidden" },
    fixture: async (kit, actor, scope) => {
      const { w } = kit;
      const honoree = await kit.model(w.provinceOfficer, "in", "RECOGNIZED");
      const issuer = scope === "in" ? w.partyIssuer : w.foreignIssuer;
      const fd = kit.form({
        issuerId: issuer.id,
        number: 900 + honoree.id,
        decisionDate: "2025-12-16",
        signerName: "Hà Văn Toàn",
        signerTitle: "PHÓ BÍ THƯ THƯỜNG TRỰC",
        awardForm: "BANG_KHEN",
        title: "Quyết định khen thưởng",
        modelIds: String(honoree.id),
      });
      return { args: [{ ok: false }, fd], target: { table: "issuer", id: issuer.id } };
    },
    outcome: (result) => {
      const r = result as Answer & { fieldErrors?: Record<string, unknown> };
      if (!r.ok && r.fieldErrors?.issuerId) return "invalid";
      return byMessage(DECISION_NOT_FOUND)(r);
    },
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "correctHonoreeAction",
    kind: "action",
    useCase: "lib/decisions/update-decision.ts#updateDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    // A decision of the province lies outside every lower role's subtree ("not found"); the
    // administrator sees every unit but manages no decisions ("forbidden").
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      const h = d.honorees[0];
      const fd = kit.form({
        id: d.id,
        version: d.version,
        honoreeId: h.id,
        name: `${h.name} (sửa)`,
        address: h.address,
      });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "reorderHonoreesAction",
    kind: "action",
    useCase: "lib/decisions/update-decision.ts#updateDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    // A decision of the province lies outside every lower role's subtree ("not found"); the
    // administrator sees every unit but manages no decisions ("forbidden").
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      const fd = kit.form({ id: d.id, version: d.version, order: d.honorees.map((h) => h.id).join(",") });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "issueDecisionAction",
    kind: "action",
    useCase: "lib/decisions/issue-decision.ts#issueDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    // A decision of the province lies outside every lower role's subtree ("not found"); the
    // administrator sees every unit but manages no decisions ("forbidden").
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      return {
        args: [{ ok: false }, kit.form({ id: d.id, version: d.version })],
        target: { table: "decision", id: d.id },
      };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "reopenDecisionAction",
    kind: "action",
    useCase: "lib/decisions/reopen-decision.ts#reopenDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    // A decision of the province lies outside every lower role's subtree ("not found"); the
    // administrator sees every unit but manages no decisions ("forbidden").
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope, "ISSUED");
      const fd = kit.form({ id: d.id, version: d.version, reason: "Sai tên một tập thể, cần sửa trước khi in lại." });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "updateDecisionFieldsAction",
    kind: "action",
    useCase: "lib/decisions/update-decision.ts#updateDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      const fd = kit.form({
        id: d.id,
        version: d.version,
        issuerId: d.issuerId,
        number: d.number,
        decisionDate: "2025-12-16",
        signerName: d.signerName,
        signerTitle: d.signerTitle,
        awardForm: d.awardForm,
        title: `${d.title} (sửa)`,
      });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "addHonoreesAction",
    kind: "action",
    useCase: "lib/decisions/update-decision.ts#updateDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      const more = await kit.recognized(scope);
      const fd = kit.form({ id: d.id, version: d.version, modelIds: String(more.id) });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "removeHonoreeAction",
    kind: "action",
    useCase: "lib/decisions/update-decision.ts#updateDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope, "DRAFT", 2);
      const fd = kit.form({ id: d.id, version: d.version, honoreeId: d.honorees[0].id });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "deleteDecisionAction",
    kind: "action",
    useCase: "lib/decisions/delete-decision.ts#deleteDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    refusal: DECISION_REFUSAL,
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      return {
        args: [{ ok: false }, kit.form({ id: d.id, version: d.version })],
        target: { table: "decision", id: d.id },
      };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "searchCandidatesAction",
    kind: "action",
    useCase: "lib/decisions/search-honoree-candidates.ts#searchHonoreeCandidates",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    refusal: { wrongRole: "not_found" },
    fixture: async (kit, _actor, scope) => {
      const m = await kit.model(kit.w.provinceOfficer, scope, "RECOGNIZED", { title: "Ứng viên khen thưởng độc nhất" });
      return { args: [{ q: "ung vien khen thuong doc nhat" }], target: { table: "model", id: m.id } };
    },
    outcome: listed((r) => (r ? (r as { rows: { modelId: number }[] }).rows.map((x) => x.modelId) : null)),
  },
  {
    module: "app/(portal)/quyet-dinh/actions.ts",
    export: "suggestNumberAction",
    kind: "action",
    useCase: "lib/decisions/suggest-next-number.ts#suggestNextNumber",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    // It answers a number or null: null is both "not yours" and "not allowed".
    refusal: { wrongRole: "not_found" },
    fixture: async (kit, _actor, scope) => {
      const issuer = scope === "in" ? kit.w.partyIssuer : kit.w.foreignIssuer;
      return { args: [issuer.id, "2025-12-16"], target: { table: "issuer", id: issuer.id } };
    },
    outcome: (result) => (typeof result === "number" ? "ok" : "not_found"),
  },

  // ——— route handlers ———
  {
    module: "app/api/tep/[id]/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/uploads/read-upload.ts#readUpload",
    permission: "view:model:own-unit",
    // Whoever may see the model may see its files: cadres their unit's, reviewers their subtree's, the administrator all.
    roles: ALL_ROLES,
    fixture: async (kit, actor, scope) => {
      const { attachment } = await kit.attachment(actor, scope);
      return {
        args: routeArgs(`http://localhost/api/tep/${attachment.id}`, attachment.id),
        target: { table: "attachment", id: attachment.id },
      };
    },
    outcome: byStatus,
  },
  {
    module: "app/api/quyet-dinh/[id]/tai-ve/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/decisions/download-decision.ts#downloadDecision",
    permission: "manage:decision:subtree",
    roles: PROVINCE,
    refusal: { wrongRole: "not_found" },
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope);
      return {
        args: routeArgs(`http://localhost/api/quyet-dinh/${d.id}/tai-ve?dinh-dang=xlsx`, d.id),
        target: { table: "decision", id: d.id },
      };
    },
    outcome: byStatus,
  },

  // ——— dashboard ———
  {
    module: "app/api/thong-ke/tai-ve/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/dashboard/download-dashboard.ts#downloadDashboard",
    permission: "view:dashboard:subtree",
    // Cadres see their own unit's figures (view:dashboard:own-unit), reviewers their subtree, the administrator all.
    roles: ALL_ROLES,
    fixture: async (kit, actor, scope) => {
      const unitId = scope === "in" ? actor.unitId : kit.w.tree.otherProvince.id;
      const m = await kit.model(actor, scope, "SUBMITTED");
      return {
        args: [new Request(`http://localhost/api/thong-ke/tai-ve?unit=${unitId}`)],
        target: { table: "model", id: m.id },
      };
    },
    outcome: byStatus,
  },
  // ——— spreadsheet import / export (lib/import; who may import which kind: lib/import/roles.ts) ———
  {
    module: "app/(portal)/nhap-du-lieu/actions.ts",
    export: "uploadImportAction",
    kind: "action",
    useCase: "lib/import/start-import.ts#startImport",
    permission: "signed-in",
    roles: ["ADMIN", "PROVINCE_OFFICER"],
    notInMatrix:
      "stores a file and queues a pg-boss job; roles and nothing-written: lib/import/models.test.ts, lib/import/queue.test.ts",
  },
  {
    module: "app/(portal)/nhap-du-lieu/actions.ts",
    export: "applyImportAction",
    kind: "action",
    useCase: "lib/import/apply-import.ts#applyImport",
    permission: "signed-in",
    roles: ["ADMIN", "PROVINCE_OFFICER"],
    notInMatrix:
      "queues a pg-boss job on the importer's own job; others' job not found, wrong role: lib/import/models.test.ts",
  },
  {
    module: "app/api/nhap-du-lieu/[id]/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/import/get-import-job.ts#getImportJob",
    permission: "signed-in",
    // Everyone sees only their own imports (the progress bar polls this).
    roles: ALL_ROLES,
    personal: true,
    fixture: async (kit, actor, scope) => {
      const job = await kit.importJob(actor, scope);
      return {
        args: routeArgs(`http://localhost/api/nhap-du-lieu/${job.id}`, job.id),
        target: { table: "importJob", id: job.id },
      };
    },
    outcome: byStatus,
  },
  {
    module: "app/api/nhap-du-lieu/[id]/loi/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/import/download-error-file.ts#downloadErrorFile",
    permission: "signed-in",
    roles: ALL_ROLES,
    personal: true,
    notInMatrix:
      "needs the uploaded file in the file store; own job only, others' null: lib/import/models.test.ts (error file)",
  },
  {
    module: "app/api/nhap-du-lieu/mau/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/import/template.ts#buildTemplate",
    permission: "signed-in",
    roles: ["ADMIN", "PROVINCE_OFFICER"],
    notInMatrix: "no object to scope (a blank template; the lists in it are scoped); lib/import/routes.test.ts",
  },
  {
    module: "app/api/nhap-du-lieu/xuat/route.ts",
    export: "GET",
    kind: "route",
    useCase: "lib/import/export-file.ts#exportXlsx",
    permission: "signed-in",
    roles: ["ADMIN", "PROVINCE_OFFICER"],
    notInMatrix: "no single object: exports the actor's scope; out-of-scope rows left out: lib/import/routes.test.ts",
  },
  // ——— organisation tree (administrator only) ———
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "createUnitAction",
    kind: "action",
    useCase: "lib/org/create-unit.ts#createOrgUnit",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "renameUnitAction",
    kind: "action",
    useCase: "lib/org/rename-unit.ts#renameUnit",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "moveUnitAction",
    kind: "action",
    useCase: "lib/org/move-unit.ts#moveUnit",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "closeUnitAction",
    kind: "action",
    useCase: "lib/org/close-unit.ts#closeUnit",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "mergeUnitAction",
    kind: "action",
    useCase: "lib/org/merge-unit.ts#mergeUnit",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "abolishDistrictLevelAction",
    kind: "action",
    useCase: "lib/org/abolish-district-level.ts#abolishDistrictLevel",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "loadProvinceAction",
    kind: "action",
    useCase: "lib/org/load-official-province.ts#loadOfficialProvince",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
  {
    module: "app/(portal)/quan-tri/don-vi/actions.ts",
    export: "reorganiseProvinceAction",
    kind: "action",
    useCase: "lib/org/reorganise-province.ts#applyReorganisation",
    permission: "manage:org:all",
    roles: ["ADMIN"],
    notInMatrix: ORG_NOT_IN_MATRIX,
  },
];

/** The entry of one export, if registered. */
export function findEntry(module: string, name: string): RegistryEntry | undefined {
  return REGISTRY.find((e) => e.module === module && e.export === name);
}
