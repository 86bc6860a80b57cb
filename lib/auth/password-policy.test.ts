import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./password-policy";

describe("password rules (ASVS 5.0 V6.2)", () => {
  it("needs at least 8 characters, counted as characters not bytes", () => {
    expect(passwordProblem("Ngắn7ab")).toMatch(/ít nhất 8 ký tự/);
    expect(passwordProblem("Đồng Hỷ 8")).toBeNull();
  });

  it("accepts long passphrases with spaces and Vietnamese letters, up to 256 characters", () => {
    expect(passwordProblem("con đường làng đã được bê tông hóa năm 2024 nhờ bà con hiến đất")).toBeNull();
    expect(passwordProblem("x".repeat(64) + "yz")).toBeNull();
    expect(passwordProblem("a".repeat(255) + "b")).toBeNull();
    expect(passwordProblem("a".repeat(257))).toMatch(/không được dài quá 256/);
  });

  it("has no composition rules: only lower-case letters are fine when not common", () => {
    expect(passwordProblem("tramhuongdaibang")).toBeNull();
  });

  it("refuses the top-10,000 list, case-insensitively", () => {
    for (const common of ["password", "12345678", "Qwerty123", "iloveyou", "sunshine", "trustno1"]) {
      expect(passwordProblem(common), common).toMatch(/quá phổ biến/);
    }
    expect(isCommonPassword("password")).toBe(true);
  });

  it("refuses common Vietnamese passwords and the portal's own name, with or without diacritics", () => {
    for (const common of ["matkhau123", "Mật khẩu", "123456a@", "danvankheo", "Dân vận khéo", "anhyeuem"]) {
      expect(passwordProblem(common), common).toMatch(/quá phổ biến/);
    }
    expect(isCommonPassword("Mật khẩu")).toBe(true);
    expect(isCommonPassword("matkhau")).toBe(true);
    expect(isCommonPassword("Dân vận khéo")).toBe(true);
    expect(passwordProblem("DanVan@2026")).toMatch(/quá phổ biến/);
  });

  it("refuses the account's own username or full name", () => {
    expect(passwordProblem("nguyenvana", { username: "nguyenvana" })).toMatch(/trùng tên đăng nhập/);
    expect(passwordProblem("Nguyễn Văn An", { fullName: "Nguyễn Văn An" })).toMatch(/trùng tên đăng nhập/);
  });
});
