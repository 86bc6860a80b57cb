// No "server-only" here: the start script and `npm run admin:create` run this outside Next.
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { addressData } from "@/lib/org/address-data";
import { importCurrentProvince } from "@/lib/org/import-org-tree";
import { accountsText } from "@/lib/i18n/accounts";
import { ensureDefaultFields } from "@/tests/fixtures/fields";
import { consumeToken, issueToken, SETUP_TOKEN_TTL_MS } from "./one-time-token";
import { fieldErrorsOf, FirstAdminInput, type FieldErrors } from "./schema";
import { compareVi } from "@/lib/format";

/** Setup is open while no active administrator exists (first run, or every administrator disabled by SQL). */
export async function needsSetup(db: Pick<Tx, "user"> = prisma): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN", disabled: false } })) === 0;
}

/**
 * Today's 34 provinces and centrally-run cities (Resolution 202/2025/QH15), as the setup offers them: full
 * names ("Tỉnh Thái Nguyên", "Thành phố Huế"), ordered by the place's own name so Cần Thơ, Đà Nẵng and Huế
 * sit among the provinces rather than in a block of "Thành phố …". A pre-2025 province's history is loaded
 * afterwards from the organisation tree's page (load-official-province.ts).
 */
export function setupProvinces(): string[] {
  return addressData()
    .provinces.slice()
    .sort((a, b) => compareVi(a.name.replace(/^Thành phố /, ""), b.name.replace(/^Thành phố /, "")))
    .map((p) => p.fullName);
}

/** A setup link token, or null when an active administrator already exists (nothing is issued then). */
export async function issueSetupToken(db: Pick<Tx, "user" | "oneTimeToken"> = prisma): Promise<string | null> {
  if (!(await needsSetup(db))) return null;
  return issueToken(db, "SETUP", { ttlMs: SETUP_TOKEN_TTL_MS });
}

export type FirstAdminResult = { ok: true; userId: number } | { ok: false; message: string; fieldErrors?: FieldErrors };

const CLOSED = "Liên kết thiết lập không còn hiệu lực (đã dùng, đã hết hạn hoặc đã có quản trị viên).";

/**
 * Creates the first administrator, who chooses the password. Through the browser the one-time setup
 * token is required (`via: "link"`); `npm run admin:create` runs on the server itself (`via: "console"`).
 * On an empty database it also loads the chosen province's organisation tree and the default fields,
 * so the administrator has a unit to belong to and units to give accounts to.
 */
export async function createFirstAdmin(
  input: Record<string, unknown>,
  via: { kind: "link"; token: unknown; ip?: string | null } | { kind: "console" },
): Promise<FirstAdminResult> {
  const parsed = FirstAdminInput.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      message: "Vui lòng kiểm tra các trường được đánh dấu.",
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  const data = parsed.data;
  const problem = passwordProblem(data.password, data);
  if (problem) return { ok: false, message: problem, fieldErrors: { password: [problem] } };
  const passwordHash = await hashPassword(data.password);

  try {
    return await prisma.$transaction(
      async (tx): Promise<FirstAdminResult> => {
        // Two setup submissions at once: the second waits here, then sees the first administrator.
        await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('first-admin'))) AS l`;
        if (via.kind === "link" && !(await consumeToken(tx, "SETUP", via.token))) return { ok: false, message: CLOSED };
        if (!(await needsSetup(tx))) return { ok: false, message: CLOSED };

        if ((await tx.unit.count()) === 0) {
          if (!data.provinceName || !setupProvinces().includes(data.provinceName)) {
            const required = accountsText.setup.provinceRequired;
            throw new Refusal({ ok: false, message: required, fieldErrors: { provinceName: [required] } });
          }
          await importCurrentProvince(tx, data.provinceName);
          await ensureDefaultFields(tx);
        }
        const unit = await tx.unit.findFirst({
          where: { level: "PROVINCE", validTo: null, parentId: null },
          orderBy: { id: "asc" },
          select: { id: true },
        });
        if (!unit)
          throw new Refusal({ ok: false, message: "Chưa có đơn vị cấp tỉnh đang hoạt động trong cơ sở dữ liệu." });
        if (await tx.user.findUnique({ where: { username: data.username }, select: { id: true } })) {
          throw new Refusal({
            ok: false,
            message: "Tên đăng nhập đã được dùng.",
            fieldErrors: { username: ["Tên đăng nhập đã được dùng."] },
          });
        }
        const user = await tx.user.create({
          data: { username: data.username, fullName: data.fullName, passwordHash, role: "ADMIN", unitId: unit.id },
          select: { id: true },
        });
        // Any other setup link printed earlier stops working with the first administrator.
        await tx.oneTimeToken.updateMany({ where: { purpose: "SETUP", usedAt: null }, data: { usedAt: new Date() } });
        await audit(tx, {
          actorId: user.id,
          action: "account.first-admin.created",
          entity: "User",
          entityId: user.id,
          data: {
            after: { username: data.username, fullName: data.fullName, role: "ADMIN", unitId: unit.id },
            via: via.kind,
          },
          ip: via.kind === "link" ? via.ip : null,
        });
        return { ok: true, userId: user.id };
      },
      { timeout: 180_000, maxWait: 30_000 },
    );
  } catch (e) {
    if (e instanceof Refusal) return e.result;
    throw e;
  }
}

/**
 * A refusal the person can fix (no province chosen, login taken): thrown to roll the transaction back, so the
 * setup link it consumed stays usable for the corrected form.
 */
class Refusal extends Error {
  constructor(readonly result: FirstAdminResult & { ok: false }) {
    super(result.message);
  }
}
