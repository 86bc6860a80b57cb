/**
 * Every public endpoint of the portal: each export of a `"use server"` module and each handler of an
 * `app/**\/route.ts`. Two tests read this list:
 * - registry.coverage.test.ts imports every such file it finds on disk and fails on an export without an entry;
 * - registry.matrix.test.ts runs every entry as every role, on an object inside and outside the role's
 *   scope, and (`successor`) on one in the history of a unit merged into the role's unit (ADR 0025):
 *   allowed roles in scope succeed, every other cell gets the refusal named here, and the target row (its
 *   version too) and the AuditLog count stay as they were.
 *
 * To add an endpoint: use the builder of its target below (`cadreForm`, `committeeForm`, `decisionForm`,
 * `campaignForm`, `accountForm`, `route`, `orgAction`, `elsewhere`), or `entry("module#export", useCase,
 * permission, roles, { fixture, outcome })` for a shape of its own: `fixture` builds the call's arguments
 * and the row it acts on (kit helpers: `kit.model(actor, scope, state)`, `kit.decision(scope)`,
 * `kit.form({...})`), `outcome` maps the return value to "ok" or a refusal. An endpoint that cannot run
 * outside Next (sign-in, sign-out) is `elsewhere(...)`, naming the test that covers it.
 *
 * Types only are imported here, so nothing of the app or of the tests is loaded by importing the list.
 */
import type { Actor } from "@/lib/auth/types";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Permission } from "@/lib/permissions";
import type { Kit } from "./test-kit";

/**
 * Where the cell's object lies: in the role's scope, outside it, or in the history of a unit that merged
 * into the role's unit on 1/7/2025 (the successor rule, ADR 0025).
 */
export type Scope = "in" | "out" | "successor";
/** How a call ended. Anything else is reported as "other: <message>" and fails the cell. */
export type Outcome = "ok" | "not_found" | "forbidden" | "invalid" | "illegal_state" | "conflict" | "unauthenticated";
export type Target = {
  table: "model" | "decision" | "attachment" | "notification" | "issuer" | "user" | "campaign" | "importJob" | "field";
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
  /**
   * The object can lie in a merged unit's history, and the matrix adds `successor` cells: for reviewers and
   * the province officer that object is in scope (they read their predecessors' history); for a cadre it
   * is outside ("reviewers": a cadre's scope is its own unit) or inside ("all": e.g. the province-wide
   * replication-origin picker, which includes the provinces merged into the cadre's). "none": a closed
   * unit's history takes no new entries, so the object is outside for everyone (a committee's entries for
   * a unit, ADR 0052).
   */
  successor?: "reviewers" | "all" | "none";
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
const ADMIN: readonly Role[] = ["ADMIN"];
/** Campaigns and spreadsheet imports: the province officer for its province, the administrator for all. */
const OFFICER_OR_ADMIN: readonly Role[] = ["ADMIN", "PROVINCE_OFFICER"];

const MODEL_NOT_FOUND = "Không tìm thấy mô hình.";
const DECISION_NOT_FOUND = "Không tìm thấy quyết định.";
const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";

type Answer = { ok?: boolean; code?: string; message?: string; conflict?: boolean };
type Values = Parameters<Kit["form"]>[0];
type KitModel = Awaited<ReturnType<Kit["model"]>>;
type KitDecision = Awaited<ReturnType<Kit["decision"]>>;
type KitCampaign = Awaited<ReturnType<Kit["campaign"]>>;
type KitAccount = Awaited<ReturnType<Kit["account"]>>;
type KitIssuer = Awaited<ReturnType<Kit["freshIssuer"]>>;
type KitField = Awaited<ReturnType<Kit["field"]>>;

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

/** A notification counts as reached when the call left it read. */
async function readNow(call: Call): Promise<Outcome> {
  const { prisma } = await import("@/lib/db/client");
  const n = await prisma.notification.findUniqueOrThrow({ where: { id: call.target.id } });
  return n.readAt ? "ok" : "not_found";
}

// ——— entry builders: one per kind of target, so an entry is a few lines ———

/**
 * The common part: `at` is "module#export" (the module from the repository root; a `route.ts` module
 * makes it a route handler), `useCase` is "lib/…/file.ts#function".
 */
function entry(
  at: string,
  useCase: string,
  permission: RegistryEntry["permission"],
  roles: readonly Role[],
  more: Partial<RegistryEntry> = {},
): RegistryEntry {
  const [module, name] = at.split("#");
  if (!module || !name) throw new Error(`registry: "${at}" is not "module#export"`);
  const kind = module.endsWith("/route.ts") ? "route" : "action";
  return { module, export: name, kind, useCase, permission, roles, ...more };
}

/** An endpoint the matrix cannot run: `why` names the test that covers it instead. */
function elsewhere(
  at: string,
  useCase: string,
  permission: RegistryEntry["permission"],
  roles: readonly Role[],
  why: string,
  more: Partial<RegistryEntry> = {},
): RegistryEntry {
  return entry(at, useCase, permission, roles, { ...more, notInMatrix: why });
}

const MODELS = "app/(portal)/mo-hinh/actions.ts";
const REVIEW = "app/(portal)/tham-dinh/actions.ts";
const DECISIONS = "app/(portal)/quyet-dinh/actions.ts";
const CAMPAIGNS = "app/(portal)/dot-thi-dua/actions.ts";
const ACCOUNTS = "app/(portal)/quan-tri/actions.ts";
const NOTIFICATIONS = "app/(portal)/thong-bao/actions.ts";
const IMPORTS = "app/(portal)/nhap-du-lieu/actions.ts";
const ORG = "app/(portal)/quan-tri/don-vi/actions.ts";
const ISSUERS = "app/(portal)/co-quan-ban-hanh/actions.ts";
const FIELDS = "app/(portal)/quan-tri/linh-vuc/actions.ts";

/** A cadre's form on one model of theirs in `state` (`{ id, version }` unless `values` says otherwise). */
function cadreForm(
  name: string,
  useCase: string,
  permission: Permission,
  state: KitModel["state"],
  values: (m: KitModel) => Values = (m) => ({ id: m.id, version: m.version }),
): RegistryEntry {
  return entry(`${MODELS}#${name}`, useCase, permission, CADRE, {
    successor: "reviewers",
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, state);
      return { args: [{}, kit.form(values(m))], target: { table: "model", id: m.id } };
    },
    outcome: byCode,
  });
}

/** A committee's form on a submitted model it holds. */
function committeeForm(
  name: string,
  useCase: string,
  values: (m: KitModel) => Values,
  outcome: NonNullable<RegistryEntry["outcome"]> = byMessage(MODEL_NOT_FOUND),
): RegistryEntry {
  return entry(`${REVIEW}#${name}`, useCase, "recognize:model:subtree", REVIEWERS, {
    successor: "reviewers",
    fixture: async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "SUBMITTED");
      return { args: [{ ok: false }, kit.form(values(m))], target: { table: "model", id: m.id } };
    },
    outcome,
  });
}

/**
 * The province officer's form on a decision (`{ id, version }` plus `values`). A decision of the province
 * lies outside every lower role's subtree ("not found"); the administrator sees every unit but manages
 * no decisions ("forbidden").
 */
function decisionForm(
  name: string,
  useCase: string,
  values: (d: KitDecision, kit: Kit, scope: Scope) => Values | Promise<Values> = () => ({}),
  made: { status?: "DRAFT" | "ISSUED"; honorees?: number } = {},
): RegistryEntry {
  return entry(`${DECISIONS}#${name}`, useCase, "manage:decision:subtree", PROVINCE, {
    refusal: { wrongRole: "not_found", byRole: { ADMIN: "forbidden" } },
    successor: "reviewers",
    fixture: async (kit, _actor, scope) => {
      const d = await kit.decision(scope, made.status, made.honorees);
      const fd = kit.form({ id: d.id, version: d.version, ...(await values(d, kit, scope)) });
      return { args: [{ ok: false }, fd], target: { table: "decision", id: d.id } };
    },
    outcome: byMessage(DECISION_NOT_FOUND),
  });
}

/** The campaign forms: the province officer for its own province, the administrator for all. */
function campaignForm(name: string, useCase: string, values: (c: KitCampaign, scope: Scope) => Values): RegistryEntry {
  return entry(`${CAMPAIGNS}#${name}`, useCase, "manage:campaign:province", OFFICER_OR_ADMIN, {
    refusal: { wrongRole: "not_found" },
    fixture: async (kit, _actor, scope) => {
      const c = await kit.campaign(scope);
      return { args: [{}, kit.form(values(c, scope))], target: { table: "campaign", id: c.id } };
    },
    outcome: byMessage("Không tìm thấy đợt thi đua."),
  });
}
const CAMPAIGN_FIELDS = {
  name: "Phong trào “Dân vận khéo” năm 2027",
  startDate: "01/01/2027",
  endDate: "31/12/2027",
  criteria: "HQ | Hiệu quả | 50\nST | Sáng tạo | 50",
};

/**
 * The issuer editor: the province officer for its province's bodies (those of a province merged into it
 * too), the administrator for all; everyone else, and another province's body, "not found".
 */
function issuerForm(name: string, useCase: string, values: (i: KitIssuer) => Values): RegistryEntry {
  return entry(
    `${ISSUERS}#${name}`,
    `lib/issuers/manage-issuer.ts#${useCase}`,
    "manage:issuer:province",
    OFFICER_OR_ADMIN,
    {
      refusal: { wrongRole: "not_found" },
      successor: "reviewers",
      fixture: async (kit, _actor, scope) => {
        const i = await kit.freshIssuer(scope);
        return { args: [{}, kit.form(values(i))], target: { table: "issuer", id: i.id } };
      },
      outcome: byMessage("Không tìm thấy cơ quan ban hành."),
    },
  );
}
const ISSUER_FIELDS = {
  name: "BAN CHỈ ĐẠO PHONG TRÀO",
  parentName: "TỈNH ỦY MINH SƠN",
  place: "Minh Sơn",
  style: "PARTY",
  numberSuffix: "QĐ/BCĐ",
  termStartYear: 2025,
  validFrom: "01/07/2020",
};

/** The field list: administrator only, one list for the portal (no scope). */
function fieldForm(name: string, values: (f: KitField) => Values): RegistryEntry {
  return entry(
    `${FIELDS}#${name}`,
    `lib/fields/manage-field.ts#${name.replace(/Action$/, "")}`,
    "manage:list:all",
    ADMIN,
    {
      refusal: { wrongRole: "not_found" },
      fixture: async (kit) => {
        const f = await kit.field();
        return { args: [{}, kit.form(values(f))], target: { table: "field", id: f.id } };
      },
      outcome: byMessage("Không tìm thấy lĩnh vực."),
    },
  );
}

/** Account administration: administrator only; everyone else gets "not found". */
function accountForm(name: string, values: (u: KitAccount) => Values): RegistryEntry {
  return entry(
    `${ACCOUNTS}#${name}`,
    `lib/accounts/manage.ts#${name.replace(/Action$/, "")}`,
    "manage:user:all",
    ADMIN,
    {
      refusal: { wrongRole: "not_found" },
      fixture: async (kit) => {
        const u = await kit.account();
        return { args: [{}, kit.form(values(u))], target: { table: "user", id: u.id } };
      },
      outcome: byMessage("Không tìm thấy tài khoản."),
    },
  );
}

/** A GET handler answering one object by HTTP status; `id` fills the `[id]` segment if the route has one. */
function route(
  module: string,
  useCase: string,
  permission: RegistryEntry["permission"],
  roles: readonly Role[],
  request: (kit: Kit, actor: Actor, scope: Scope) => Promise<{ url: string; id?: number; target: Target }>,
  more: Partial<RegistryEntry> = {},
): RegistryEntry {
  return entry(`${module}#GET`, useCase, permission, roles, {
    ...more,
    fixture: async (kit, actor, scope) => {
      const { url, id, target } = await request(kit, actor, scope);
      const req = new Request(`http://localhost${url}`);
      return { args: id === undefined ? [req] : [req, { params: Promise.resolve({ id: String(id) }) }], target };
    },
    outcome: byStatus,
  });
}

/** The tree operations (administrator only). */
function orgAction(name: string, useCase: string): RegistryEntry {
  // They act on Unit rows (no version column; the administrator's scope is the whole tree, so there is
  // no "outside"): lib/org/tree-admin.test.ts calls each use case as every other role and checks units,
  // models, users and the AuditLog count unchanged.
  return elsewhere(
    `${ORG}#${name}`,
    useCase,
    "manage:org:all",
    ADMIN,
    "administrator-only tree operations on Unit rows; lib/org/tree-admin.test.ts runs every other role with units, models, users and audit unchanged",
  );
}

export const REGISTRY: readonly RegistryEntry[] = [
  // ——— campaigns ———
  campaignForm("createCampaignAction", "lib/campaigns/manage-campaign.ts#createCampaignDraft", (c, scope) => ({
    ...CAMPAIGN_FIELDS,
    code: `MT-${c.id}-${scope}`,
    ownerUnitId: c.ownerUnitId,
  })),
  campaignForm("updateCampaignAction", "lib/campaigns/manage-campaign.ts#updateCampaign", (c) => ({
    ...CAMPAIGN_FIELDS,
    id: c.id,
    version: c.version,
  })),
  campaignForm("setCampaignStatusAction", "lib/campaigns/manage-campaign.ts#setCampaignStatus", (c) => ({
    id: c.id,
    version: c.version,
    status: "OPEN",
  })),

  // ——— issuing bodies and the field list ———
  issuerForm("createIssuerAction", "createIssuer", (i) => ({ ...ISSUER_FIELDS, unitId: i.unitId })),
  issuerForm("updateIssuerAction", "updateIssuer", (i) => ({ ...ISSUER_FIELDS, id: i.id, version: i.version })),
  issuerForm("endIssuerValidityAction", "endIssuerValidity", (i) => ({
    id: i.id,
    version: i.version,
    validTo: "31/12/2026",
  })),
  fieldForm("createFieldAction", (f) => ({ code: `MT${f.id}`, name: `Lĩnh vực ma trận ${f.id}`, sortOrder: 50 })),
  fieldForm("updateFieldAction", (f) => ({
    id: f.id,
    version: f.version,
    name: `${f.name} (sửa)`,
    sortOrder: 7,
    active: "0",
  })),

  // ——— account administration ———
  accountForm("createAccountAction", (u) => ({
    username: `moi.${u.id}`,
    fullName: "Người Dùng Mới",
    role: "COMMUNE_REVIEWER",
    unitId: u.unitId,
  })),
  accountForm("updateAccountAction", (u) => ({
    id: u.id,
    version: u.updatedAt.toISOString(),
    fullName: `${u.fullName} (sửa)`,
    role: u.role,
    unitId: u.unitId,
  })),
  accountForm("setAccountDisabledAction", (u) => ({ id: u.id, disabled: "1" })),
  accountForm("resetAccountPasswordAction", (u) => ({ id: u.id })),

  // ——— sign-in / sign-out and the caller's own account: no object, no scope ———
  elsewhere(
    "app/(auth)/dang-nhap/actions.ts#login",
    "lib/auth/authenticate.ts#authenticate",
    "public",
    ALL_ROLES,
    "next-auth signIn needs Next's request context; lib/auth/authenticate.test.ts covers the rules",
  ),
  elsewhere(
    "app/(auth)/thiet-lap/actions.ts#setupAction",
    "lib/accounts/setup.ts#createFirstAdmin",
    "public",
    ALL_ROLES,
    "first-run setup: no session, guarded by a one-time token and an empty database; lib/accounts/setup.test.ts",
  ),
  elsewhere(
    "app/(auth)/dat-mat-khau/actions.ts#setPasswordByLinkAction",
    "lib/accounts/set-password-by-link.ts#setPasswordByLink",
    "public",
    ALL_ROLES,
    "no session: guarded by the one-time link an accounts import issued; lib/import/accounts.test.ts (set-password link)",
  ),
  elsewhere(
    "app/(portal)/tai-khoan/actions.ts#changeOwnPasswordAction",
    "lib/accounts/change-own-password.ts#changeOwnPassword",
    "signed-in",
    ALL_ROLES,
    "the caller's own account only (no object to scope), ends in next-auth signIn; lib/accounts/change-own-password.test.ts",
  ),
  elsewhere(
    "app/(portal)/actions.ts#signOutAction",
    "lib/auth/index.ts#signOut",
    "signed-in",
    ALL_ROLES,
    "next-auth signOut needs Next's request context; tests/e2e/auth.spec.ts signs out",
  ),
  elsewhere(
    "app/(portal)/actions.ts#signOutEverywhereAction",
    "lib/auth/sign-out-everywhere.ts#signOutEverywhere",
    "signed-in",
    ALL_ROLES,
    "acts on the caller's own sessions only (no object to scope) and ends in next-auth signOut; lib/auth/sessions.test.ts",
  ),
  elsewhere(
    "app/api/auth/[...nextauth]/route.ts#GET",
    "lib/auth/index.ts#handlers",
    "public",
    ALL_ROLES,
    "next-auth's own endpoints (session, CSRF); lib/auth/index.test.ts and tests/e2e/auth.spec.ts",
  ),
  elsewhere(
    "app/api/auth/[...nextauth]/route.ts#POST",
    "lib/auth/index.ts#handlers",
    "public",
    ALL_ROLES,
    "next-auth's credentials callback; lib/auth/authenticate.test.ts and tests/e2e/auth.spec.ts",
  ),

  // ——— models (unit cadres) ———
  entry(
    `${MODELS}#createModelAction`,
    "lib/models/create-model-draft.ts#createModelDraft",
    "register:model:own-unit",
    CADRE,
    {
      // The object is the committee registered with: one outside the cadre's chain (or closed by a merger)
      // is a field error. Nothing is loaded before the permission check, so a wrong role is "forbidden" either way.
      refusal: { outOfScope: "invalid", wrongRoleOutOfScope: "forbidden" },
      successor: "reviewers",
      fixture: async (kit, _actor, scope) => {
        const { w } = kit;
        const committee = await kit.committee(scope);
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
  ),
  cadreForm(
    "updateModelAction",
    "lib/models/update-model-draft.ts#updateModelDraft",
    "edit:model:own-unit",
    "DRAFT",
    (m) => ({
      id: m.id,
      version: m.version,
      kind: m.kind,
      title: "Tên mô hình đã sửa",
      fieldId: m.fieldId,
      campaignId: m.campaignId,
      registeredWithUnitId: m.registeredWithUnitId,
    }),
  ),
  cadreForm("deleteDraftAction", "lib/models/delete-model-draft.ts#deleteModelDraft", "edit:model:own-unit", "DRAFT"),
  cadreForm("submitModelAction", "lib/models/submit-model.ts#submitModel", "edit:model:own-unit", "DRAFT"),
  cadreForm("withdrawModelAction", "lib/models/withdraw-model.ts#withdrawModel", "edit:model:own-unit", "SUBMITTED"),
  cadreForm(
    "reportProgressAction",
    "lib/models/report-progress.ts#reportProgress",
    "report:progress:own-unit",
    "RECOGNIZED",
    (m) => ({
      modelId: m.id,
      reportDate: "2026-07-01",
      note: "Đã làm thêm 1 km đường.",
      roadKm: "1",
    }),
  ),
  entry(`${MODELS}#deleteFileAction`, "lib/uploads/delete-upload.ts#deleteUpload", "edit:model:own-unit", CADRE, {
    successor: "reviewers",
    fixture: async (kit, actor, scope) => {
      const { model, attachment } = await kit.attachment(actor, scope);
      const fd = kit.form({ fileId: attachment.id, modelId: model.id });
      return { args: [{}, fd], target: { table: "attachment", id: attachment.id } };
    },
    outcome: byCode,
  }),
  entry(
    `${MODELS}#searchOriginsAction`,
    "lib/models/search-replication-origins.ts#searchReplicationOrigins",
    "register:model:own-unit",
    CADRE,
    {
      // A read answers with a list: refused callers get an empty one.
      refusal: { wrongRole: "not_found" },
      // Origins come from the actor's province and the provinces merged into it, for cadres too.
      successor: "all",
      fixture: async (kit, actor, scope) => {
        const m = await kit.model(actor, scope, "RECOGNIZED", { title: "Mô hình gốc để nhân rộng khơi dậy" });
        return { args: ["khoi day"], target: { table: "model", id: m.id } };
      },
      outcome: listed((r) =>
        (r as { ok: boolean }).ok ? (r as { items: { id: number }[] }).items.map((i) => i.id) : null,
      ),
    },
  ),

  // ——— a committee's entries for a unit of its subtree (ADR 0052) ———
  {
    module: "app/(portal)/tham-dinh/dang-ky-thay/actions.ts",
    export: "registerOnBehalfAction",
    kind: "action",
    useCase: "lib/models/register-on-behalf.ts#registerOnBehalf",
    permission: "register:model:subtree",
    roles: REVIEWERS,
    refusal: { wrongRoleOutOfScope: "forbidden" },
    successor: "none",
    fixture: async (kit, actor, scope) => ({
      args: [
        {},
        kit.form({
          ownerUnitId: (await kit.entryUnit(actor, scope)).id,
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
    successor: "none",
    fixture: async (kit, actor, scope) => {
      const campaign = await kit.closedCampaign();
      return {
        args: [
          {},
          kit.form({
            ownerUnitId: (await kit.entryUnit(actor, scope)).id,
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
  committeeForm("reviewStepAction", "lib/review/review-step.ts#reviewStep", (m) => ({
    modelId: m.id,
    version: m.version,
    action: "RECOGNIZE",
  })),
  committeeForm(
    "bulkReviewAction",
    "lib/review/bulk-review.ts#bulkReview",
    (m) => ({ action: "RECOGNIZE", noScores: "1", item: `${m.id}:${m.version}:${m.title}` }),
    // The batch answers ok with one result per item: the cell is that item's result.
    (result) => {
      const r = result as Answer & { results?: { ok: boolean; message?: string }[] };
      return byMessage(MODEL_NOT_FOUND)(r.ok && r.results?.[0] ? r.results[0] : r);
    },
  ),

  // ——— notifications (everyone's own) ———
  entry(
    `${NOTIFICATIONS}#markReadAction`,
    "lib/notifications/mark-read.ts#markNotificationsRead",
    "signed-in",
    ALL_ROLES,
    {
      personal: true,
      fixture: async (kit, actor, scope) => {
        const n = await kit.notification(actor, scope);
        return { args: [{ ok: false }, kit.form({ id: n.id })], target: { table: "notification", id: n.id } };
      },
      // Someone else's id answers "Không tìm thấy thông báo." (and the row stays unread: fingerprint).
      outcome: (result, call) => {
        if ((result as Answer).message === "Không tìm thấy thông báo.") return "not_found";
        if (!(result as Answer).ok) return `other: ${(result as Answer).message}`;
        return readNow(call);
      },
    },
  ),
  entry(
    `${NOTIFICATIONS}#openNotificationAction`,
    "lib/notifications/open-notification.ts#openNotification",
    "signed-in",
    ALL_ROLES,
    {
      personal: true,
      fixture: async (kit, actor, scope) => {
        const n = await kit.notification(actor, scope);
        return { args: [kit.form({ id: n.id })], target: { table: "notification", id: n.id } };
      },
      // It always redirects (to the model, or back to the list): "not found" is the row still unread.
      outcome: (_result, call) => readNow(call),
    },
  ),

  // ——— decisions (province) ———
  entry(
    `${DECISIONS}#createDecisionAction`,
    "lib/decisions/create-decision.ts#createDecision",
    "manage:decision:subtree",
    PROVINCE,
    {
      // The objects are the issuer and the honorees: a foreign issuer is a field error of the form.
      refusal: { outOfScope: "invalid", wrongRoleOutOfScope: "forbidden" },
      successor: "reviewers",
      fixture: async (kit, _actor, scope) => {
        const honoree = await kit.model(kit.w.provinceOfficer, "in", "RECOGNIZED");
        const { issuer, date } = kit.issuer(scope);
        const fd = kit.form({
          issuerId: issuer.id,
          number: 900 + honoree.id,
          decisionDate: date,
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
  ),
  decisionForm("correctHonoreeAction", "lib/decisions/update-decision.ts#updateDecision", (d) => ({
    honoreeId: d.honorees[0].id,
    name: `${d.honorees[0].name} (sửa)`,
    address: d.honorees[0].address,
  })),
  decisionForm("reorderHonoreesAction", "lib/decisions/update-decision.ts#updateDecision", (d) => ({
    order: d.honorees.map((h) => h.id).join(","),
  })),
  decisionForm("issueDecisionAction", "lib/decisions/issue-decision.ts#issueDecision"),
  decisionForm(
    "reopenDecisionAction",
    "lib/decisions/reopen-decision.ts#reopenDecision",
    () => ({ reason: "Sai tên một tập thể, cần sửa trước khi in lại." }),
    { status: "ISSUED" },
  ),
  decisionForm("updateDecisionFieldsAction", "lib/decisions/update-decision.ts#updateDecision", (d) => ({
    issuerId: d.issuerId,
    number: d.number,
    decisionDate: d.decisionDate.toISOString().slice(0, 10),
    signerName: d.signerName,
    signerTitle: d.signerTitle,
    awardForm: d.awardForm,
    title: `${d.title} (sửa)`,
  })),
  decisionForm("addHonoreesAction", "lib/decisions/update-decision.ts#updateDecision", async (_d, kit, scope) => ({
    modelIds: String((await kit.recognized(scope)).id),
  })),
  decisionForm(
    "removeHonoreeAction",
    "lib/decisions/update-decision.ts#updateDecision",
    (d) => ({ honoreeId: d.honorees[0].id }),
    { honorees: 2 },
  ),
  decisionForm("deleteDecisionAction", "lib/decisions/delete-decision.ts#deleteDecision"),
  entry(
    `${DECISIONS}#searchCandidatesAction`,
    "lib/decisions/search-honoree-candidates.ts#searchHonoreeCandidates",
    "manage:decision:subtree",
    PROVINCE,
    {
      refusal: { wrongRole: "not_found" },
      successor: "reviewers",
      fixture: async (kit, _actor, scope) => {
        const m = await kit.model(kit.w.provinceOfficer, scope, "RECOGNIZED", {
          title: "Ứng viên khen thưởng độc nhất",
        });
        return { args: [{ q: "ung vien khen thuong doc nhat" }], target: { table: "model", id: m.id } };
      },
      outcome: listed((r) => (r ? (r as { rows: { modelId: number }[] }).rows.map((x) => x.modelId) : null)),
    },
  ),
  entry(
    `${DECISIONS}#suggestNumberAction`,
    "lib/decisions/suggest-next-number.ts#suggestNextNumber",
    "manage:decision:subtree",
    PROVINCE,
    {
      // It answers a number or null: null is both "not yours" and "not allowed".
      refusal: { wrongRole: "not_found" },
      successor: "reviewers",
      fixture: async (kit, _actor, scope) => {
        const { issuer, date } = kit.issuer(scope);
        return { args: [issuer.id, date], target: { table: "issuer", id: issuer.id } };
      },
      outcome: (result) => (typeof result === "number" ? "ok" : "not_found"),
    },
  ),

  // ——— route handlers ———
  route(
    "app/api/tep/[id]/route.ts",
    "lib/uploads/read-upload.ts#readUpload",
    "view:model:own-unit",
    // Whoever may see the model may see its files: cadres their unit's, reviewers their subtree's, the administrator all.
    ALL_ROLES,
    async (kit, actor, scope) => {
      const { attachment } = await kit.attachment(actor, scope);
      return {
        url: `/api/tep/${attachment.id}`,
        id: attachment.id,
        target: { table: "attachment", id: attachment.id },
      };
    },
    { successor: "reviewers" },
  ),
  route(
    "app/api/quyet-dinh/[id]/tai-ve/route.ts",
    "lib/decisions/download-decision.ts#downloadDecision",
    "manage:decision:subtree",
    // The province officer its subtree's decisions; the administrator reads every province's issued ones
    // (view:decision:all; a draft is not found for it: lib/decisions/decisions.test.ts).
    OFFICER_OR_ADMIN,
    async (kit, _actor, scope) => {
      const d = await kit.decision(scope, "ISSUED");
      return {
        url: `/api/quyet-dinh/${d.id}/tai-ve?dinh-dang=xlsx`,
        id: d.id,
        target: { table: "decision", id: d.id },
      };
    },
    { refusal: { wrongRole: "not_found" }, successor: "reviewers" },
  ),

  // ——— dashboard ———
  route(
    "app/api/thong-ke/tai-ve/route.ts",
    "lib/dashboard/download-dashboard.ts#downloadDashboard",
    "view:dashboard:subtree",
    // Cadres see their own unit's figures (view:dashboard:own-unit), reviewers their subtree, the administrator all.
    ALL_ROLES,
    async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "SUBMITTED");
      const unitId = { in: actor.unitId, out: kit.w.tree.otherProvince.id, successor: m.ownerUnitId }[scope];
      return { url: `/api/thong-ke/tai-ve?unit=${unitId}`, target: { table: "model", id: m.id } };
    },
    { successor: "reviewers" },
  ),

  // ——— review progress ———
  route(
    "app/api/tham-dinh/tien-do/tai-ve/route.ts",
    "lib/review/download-review-progress.ts#downloadReviewProgress",
    "view:review-progress:subtree",
    // The committees with committees below them: the district reviewer and the province officer; for any
    // other role the section does not exist (404, as the dashboard's file answers a unit out of scope).
    ["DISTRICT_REVIEWER", "PROVINCE_OFFICER"],
    async (kit, actor, scope) => {
      const m = await kit.model(actor, scope, "SUBMITTED");
      const unitId = { in: actor.unitId, out: kit.w.tree.otherProvince.id, successor: m.ownerUnitId }[scope];
      return { url: `/api/tham-dinh/tien-do/tai-ve?unit=${unitId}`, target: { table: "model", id: m.id } };
    },
    { refusal: { wrongRole: "not_found" }, successor: "reviewers" },
  ),

  // ——— spreadsheet import / export (lib/import; who may import which kind: lib/import/roles.ts) ———
  elsewhere(
    `${IMPORTS}#uploadImportAction`,
    "lib/import/start-import.ts#startImport",
    "signed-in",
    OFFICER_OR_ADMIN,
    "stores a file and queues a pg-boss job; roles and nothing-written: lib/import/models.test.ts, lib/import/queue.test.ts",
  ),
  elsewhere(
    `${IMPORTS}#applyImportAction`,
    "lib/import/apply-import.ts#applyImport",
    "signed-in",
    OFFICER_OR_ADMIN,
    "queues a pg-boss job on the importer's own job; others' job not found, wrong role: lib/import/models.test.ts",
  ),
  route(
    "app/api/nhap-du-lieu/[id]/route.ts",
    "lib/import/get-import-job.ts#getImportJob",
    "signed-in",
    // Everyone sees only their own imports (the progress bar polls this).
    ALL_ROLES,
    async (kit, actor, scope) => {
      const job = await kit.importJob(actor, scope);
      return { url: `/api/nhap-du-lieu/${job.id}`, id: job.id, target: { table: "importJob", id: job.id } };
    },
    { personal: true },
  ),
  elsewhere(
    "app/api/nhap-du-lieu/[id]/loi/route.ts#GET",
    "lib/import/download-error-file.ts#downloadErrorFile",
    "signed-in",
    ALL_ROLES,
    "needs the uploaded file in the file store; own job only, others' null: lib/import/models.test.ts (error file)",
    { personal: true },
  ),
  elsewhere(
    "app/api/nhap-du-lieu/mau/route.ts#GET",
    "lib/import/template.ts#buildTemplate",
    "signed-in",
    OFFICER_OR_ADMIN,
    "no object to scope (a blank template; the lists in it are scoped); lib/import/routes.test.ts",
  ),
  elsewhere(
    "app/api/nhap-du-lieu/xuat/route.ts#GET",
    "lib/import/export-file.ts#exportXlsx",
    "signed-in",
    OFFICER_OR_ADMIN,
    "no single object: exports the actor's scope; out-of-scope rows left out: lib/import/routes.test.ts",
  ),

  // ——— organisation tree (administrator only) ———
  orgAction("createUnitAction", "lib/org/create-unit.ts#createOrgUnit"),
  orgAction("renameUnitAction", "lib/org/rename-unit.ts#renameUnit"),
  orgAction("moveUnitAction", "lib/org/move-unit.ts#moveUnit"),
  orgAction("closeUnitAction", "lib/org/close-unit.ts#closeUnit"),
  orgAction("mergeUnitAction", "lib/org/merge-unit.ts#mergeUnit"),
  orgAction("abolishDistrictLevelAction", "lib/org/abolish-district-level.ts#abolishDistrictLevel"),
  orgAction("loadProvinceAction", "lib/org/load-official-province.ts#loadOfficialProvince"),
  orgAction("reorganiseProvinceAction", "lib/org/reorganise-province.ts#applyReorganisation"),
];

/** The entry of one export, if registered. */
export function findEntry(module: string, name: string): RegistryEntry | undefined {
  return REGISTRY.find((e) => e.module === module && e.export === name);
}
