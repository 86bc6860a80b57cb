// `npm run admin:create`: creates the first administrator from the server's console, asking for the
// username, full name and a password the person chooses (typed twice, not echoed). Uses DATABASE_URL, or
// the embedded database of a running `npm start`. Refuses when an active administrator already exists.
import readline from "node:readline";
import { loadEnv } from "../lib/env";
import { migrate } from "../lib/db/migrate";

function ask(question: string, hidden = false): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    if (hidden) {
      const out = rl as unknown as { _writeToOutput: (s: string) => void };
      out._writeToOutput = (s: string) => {
        if (s.startsWith(question)) process.stdout.write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const env = loadEnv();
  const url = env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${env.EMBEDDED_PG_PORT}/dan_van_kheo`;
  process.env.DATABASE_URL = url;
  await migrate(url, { log: () => {} });
  const { prisma } = await import("../lib/db/client");
  const { createFirstAdmin, needsSetup, setupProvinces } = await import("../lib/accounts/setup");
  if (!(await needsSetup(prisma))) {
    console.error("Đã có quản trị viên đang hoạt động: hãy tạo tài khoản mới trong trang Quản trị.");
    process.exit(1);
  }
  let provinceName: string | undefined;
  if ((await prisma.unit.count()) === 0) {
    const provinces = setupProvinces();
    provinces.forEach((p, i) => console.log(`${String(i + 1).padStart(2)}. ${p}`));
    provinceName = provinces[Number(await ask("Số thứ tự tỉnh/thành phố (để nạp cây tổ chức): ")) - 1];
  }
  const username = await ask("Tên đăng nhập: ");
  const fullName = await ask("Họ và tên: ");
  const password = await ask("Mật khẩu (ít nhất 8 ký tự, nên từ 15): ", true);
  const confirmPassword = await ask("Nhập lại mật khẩu: ", true);
  const result = await createFirstAdmin(
    { provinceName, username, fullName, password, confirmPassword },
    { kind: "console" },
  );
  if (!result.ok) {
    const details = Object.values(result.fieldErrors ?? {}).flat();
    console.error([result.message, ...details.filter((d) => d !== result.message)].join("\n"));
    process.exit(1);
  }
  console.log("Đã tạo quản trị viên. Đăng nhập tại trang /dang-nhap.");
  await prisma.$disconnect();
}

main().catch((err) => {
  console.error(`Lỗi: ${(err as Error).message}`);
  process.exit(1);
});
