import "server-only";
// The field list (lĩnh vực), administrator only. Codes stay as created (imports, exports and the
// dashboard's links key on them); names, order and "in use" change. A field no longer in use is not
// offered to new registrations, and models that have it keep it (lib/models/references.ts).
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/types";
import { foldVietnamese } from "@/lib/db/search";
import { can } from "@/lib/permissions";
import { fieldErrorsOf } from "@/lib/accounts/schema";
import type { FieldErrors } from "@/lib/result";
import { INT4_MAX, parseDbId } from "@/lib/validation/text";
import { FieldInput } from "./schema";

export type FieldResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: "not-found" | "invalid" | "conflict"; message: string; fieldErrors?: FieldErrors };

export const FIELD_NOT_FOUND = "Không tìm thấy lĩnh vực.";
const notFound = { ok: false, reason: "not-found", message: FIELD_NOT_FOUND } as const;
const CHECK = "Vui lòng kiểm tra các trường được đánh dấu.";
const CONFLICT = "Lĩnh vực vừa được người khác thay đổi. Tải lại trang để xem bản mới nhất.";
const invalid = (fieldErrors: FieldErrors) => ({ ok: false, reason: "invalid", message: CHECK, fieldErrors }) as const;

export const mayManageFields = (actor: Actor) => can(actor, "manage:list:all");

const snapshot = (f: { code: string; name: string; sortOrder: number; active: boolean }) => ({
  code: f.code,
  name: f.name,
  sortOrder: f.sortOrder,
  active: f.active,
});

/** Two fields of the same name (without diacritics, any case) would make the import's name column ambiguous. */
async function nameTaken(name: string, exceptId?: number): Promise<boolean> {
  const key = foldVietnamese(name).replace(/\s+/g, " ");
  const rows = await prisma.field.findMany({ select: { id: true, name: true } });
  return rows.some((f) => f.id !== exceptId && foldVietnamese(f.name).replace(/\s+/g, " ") === key);
}

export async function createField(actor: Actor, input: unknown): Promise<FieldResult<{ id: number }>> {
  if (!mayManageFields(actor)) return notFound;
  const parsed = FieldInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { active, ...data } = parsed.data;
  if (await prisma.field.findUnique({ where: { code: data.code }, select: { id: true } }))
    return invalid({ code: ["Mã lĩnh vực đã được dùng."] });
  if (await nameTaken(data.name)) return invalid({ name: ["Đã có lĩnh vực mang tên này."] });
  return prisma.$transaction(async (tx) => {
    const row = await tx.field.create({ data: { ...data, active: active === "1" } });
    await audit(tx, {
      actorId: actor.userId,
      action: "field.create",
      entity: "Field",
      entityId: row.id,
      data: { after: snapshot(row) },
    });
    return { ok: true, id: row.id } as const;
  });
}

export async function updateField(actor: Actor, input: Record<string, unknown>): Promise<FieldResult> {
  if (!mayManageFields(actor)) return notFound;
  const id = parseDbId(input.id);
  if (id === null) return notFound;
  const before = await prisma.field.findUnique({ where: { id } });
  if (!before) return notFound;
  const version = Number(input.version);
  if (typeof input.version === "boolean" || !Number.isInteger(version) || version < 0 || version > INT4_MAX)
    return { ok: false, reason: "conflict", message: CONFLICT };
  const parsed = FieldInput.safeParse({ ...input, code: before.code });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { name, sortOrder } = parsed.data;
  const active = parsed.data.active === "1";
  if (await nameTaken(name, id)) return invalid({ name: ["Đã có lĩnh vực mang tên này."] });
  return prisma.$transaction(async (tx) => {
    if (before.active && !active) {
      // Two administrators switching off the last two fields at once must not both succeed.
      await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('active-fields'))) AS l`;
      if ((await tx.field.count({ where: { active: true, id: { not: id } } })) === 0)
        return invalid({ active: ["Phải còn ít nhất một lĩnh vực đang dùng để đăng ký mô hình."] });
    }
    const { count } = await tx.field.updateMany({
      where: { id, version },
      data: { name, sortOrder, active, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, reason: "conflict", message: CONFLICT } as const;
    const after = await tx.field.findUniqueOrThrow({ where: { id } });
    await audit(tx, {
      actorId: actor.userId,
      action: "field.update",
      entity: "Field",
      entityId: id,
      data: { before: snapshot(before), after: snapshot(after) },
    });
    return { ok: true } as const;
  });
}

/** Every field, in use or not, with how many models have it. */
export async function listFields(actor: Actor) {
  if (!mayManageFields(actor)) return null;
  return prisma.field.findMany({
    orderBy: [{ active: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
    include: { _count: { select: { models: true } } },
  });
}
