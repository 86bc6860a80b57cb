import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyDummyPassword, verifyPassword } from "./password";

const PHC_PARAMS = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

describe("password hashing", () => {
  it("hashes with argon2id, 19 MiB, 2 passes, 1 lane and a fresh salt", async () => {
    const a = await hashPassword("Mật khẩu đúng 1");
    const b = await hashPassword("Mật khẩu đúng 1");
    expect(a).toMatch(PHC_PARAMS);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const h = await hashPassword("Mật khẩu đúng 1");
    expect(await verifyPassword(h, "Mật khẩu đúng 1")).toBe(true);
    expect(await verifyPassword(h, "Mat khau dung 1")).toBe(false);
  });

  it("treats a malformed stored hash as a wrong password instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("uses a dummy hash with the same cost as real hashes, so unknown users take as long", async () => {
    expect(DUMMY_HASH).toMatch(PHC_PARAMS);
    expect(await verifyDummyPassword("anything")).toBe(false);
  });
});
