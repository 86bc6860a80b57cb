import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

/** The importer as of now (a disabled account or a changed role stops its queued import). */
export async function loadActorById(userId: number): Promise<Actor | null> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      disabled: true,
      unit: { select: { id: true, name: true, level: true, path: true } },
    },
  });
  if (!u || u.disabled) return null;
  return {
    userId: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    unitId: u.unit.id,
    unitName: u.unit.name,
    unitLevel: u.unit.level,
    unitPath: u.unit.path,
  };
}
