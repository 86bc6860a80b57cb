import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadSessionUser } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/types";
import { createOrgTree, createUser, type OrgTree } from "@/tests/fixtures";
import { createAccount, resetAccountPassword, setAccountDisabled, updateAccount } from "./manage";
import { getAccount } from "./queries";

let tree: OrgTree;
let admin: Actor;

beforeAll(async () => {
  tree = await createOrgTree(prisma);
  const u = await createUser(prisma, { role: "ADMIN", unitId: tree.province.id, fullName: "Lý Quang Huy" });
  admin = (await loadSessionUser(u.id, u.sessionVersion))!.actor;
});

describe("account history", () => {
  it("reads as Vietnamese changes (labels, role and unit names, states), never raw audit JSON", async () => {
    const r = await createAccount(admin, {
      username: "xa.lichsu",
      fullName: "Nông Văn Thắng",
      role: "COMMUNE_REVIEWER",
      unitId: tree.commune.id,
    });
    if (!r.ok) throw new Error(r.message);
    const created = await prisma.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(
      await updateAccount(admin, {
        id: r.id,
        version: created.updatedAt.toISOString(),
        fullName: "Nông Văn Thắng",
        role: "DISTRICT_REVIEWER",
        unitId: tree.district.id,
        email: "thang@example.vn",
      }),
    ).toEqual({ ok: true });
    expect(await setAccountDisabled(admin, { id: r.id, disabled: true })).toEqual({ ok: true });
    expect((await resetAccountPassword(admin, { id: r.id })).ok).toBe(true);

    const account = await getAccount(admin, r.id);
    const history = account!.history.map((h) => ({ action: h.action, by: h.actor?.fullName, changes: h.changes }));
    const commune = `${tree.commune.name} (${tree.commune.code})`;
    const district = `${tree.district.name} (${tree.district.code})`;
    expect(history).toEqual([
      {
        action: "account.password.reset",
        by: "Lý Quang Huy",
        // Already had to change it: nothing else changed, the step's name says what happened.
        changes: [],
      },
      {
        action: "account.disable",
        by: "Lý Quang Huy",
        changes: [{ label: "Trạng thái", before: "Đang hoạt động", after: "Đã khóa" }],
      },
      {
        action: "account.update",
        by: "Lý Quang Huy",
        changes: [
          { label: "Thư điện tử", before: "(trống)", after: "thang@example.vn" },
          { label: "Vai trò", before: "Cán bộ thẩm định cấp xã", after: expect.stringContaining("Cán bộ thẩm định") },
          { label: "Đơn vị", before: commune, after: district },
        ],
      },
      {
        action: "account.create",
        by: "Lý Quang Huy",
        changes: [
          { label: "Tên đăng nhập", before: null, after: "xa.lichsu" },
          { label: "Họ và tên", before: null, after: "Nông Văn Thắng" },
          { label: "Vai trò", before: null, after: "Cán bộ thẩm định cấp xã" },
          { label: "Đơn vị", before: null, after: commune },
          { label: "Trạng thái", before: null, after: "Đang hoạt động" },
          { label: "Phải đổi mật khẩu khi đăng nhập", before: null, after: "Có" },
        ],
      },
    ]);
    // The page gets no audit JSON to print.
    expect(account!.history.every((h) => !("data" in h))).toBe(true);
    expect(JSON.stringify(account!.history)).not.toMatch(/unitId|mustChangePassword|"disabled"/);
  });
});
