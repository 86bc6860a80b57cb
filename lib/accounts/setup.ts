// No "server-only" here: the start script and `npm run admin:create` run this outside Next.
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { addressData } from "@/lib/org/address-data";
import { importOrgTree } from "@/lib/org/import-org-tree";
import { ensureDefaultFields } from "@/tests/fixtures/fields";
import { consumeToken, issueToken, SETUP_TOKEN_TTL_MS } from "./one-time-token";
import { fieldErrorsOf, FirstAdminInput, type FieldErrors } from "./schema";
import { compareVi } from "@/lib/format";

/** Setup is open while no active administrator exists (first run, or every administrator disabled by SQL). */
export async function needsSetup(db: Pick<Tx, "user"> = prisma): Promise<boolean> {
  return (await db.user.count({ where: { role: "ADMIN", disabled: false } })) === 0;
}

/** Pre-reform provinces whose whole tree moved into one new province: the org tree the setup can load. */
export function setupProvinces(): string[] {
  const byOld = new Map<string, Set<string>>();
  for (const m of addressData().mappings) {
    const set = byOld.get(m.oldProvinceName) ?? new Set<string>();
    set.add(m.newProvinceName);
    byOld.set(m.oldProvinceName, set);
  }
  return [...byOld]
    .filter(([, news]) => news.size === 1)
    .map(([old]) => old)
    .sort(compareVi);
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

  return prisma.$transaction(
    async (tx): Promise<FirstAdminResult> => {
      // Two setup submissions at once: the second waits here, then sees the first administrator.
      await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('first-admin'))) AS l`;
      if (via.kind === "link" && !(await consumeToken(tx, "SETUP", via.token))) return { ok: false, message: CLOSED };
      if (!(await needsSetup(tx))) return { ok: false, message: CLOSED };

      if ((await tx.unit.count()) === 0) {
        if (!data.provinceName || !setupProvinces().includes(data.provinceName)) {
          return { ok: false, message: "Vui lòng chọn tỉnh.", fieldErrors: { provinceName: ["Vui lòng chọn tỉnh."] } };
        }
        await importOrgTree(tx, { oldProvinceName: data.provinceName });
        await ensureDefaultFields(tx);
      }
      const unit = await tx.unit.findFirst({
        where: { level: "PROVINCE", validTo: null, parentId: null },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      if (!unit) return { ok: false, message: "Chưa có đơn vị cấp tỉnh đang hoạt động trong cơ sở dữ liệu." };
      if (await tx.user.findUnique({ where: { username: data.username }, select: { id: true } })) {
        return {
          ok: false,
          message: "Tên đăng nhập đã được dùng.",
          fieldErrors: { username: ["Tên đăng nhập đã được dùng."] },
        };
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
}
