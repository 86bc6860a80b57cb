import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id (the library default algorithm) with the OWASP minimum: 19 MiB, 2 passes, 1 lane.
 * The parameters are stored in every hash, so raising them later keeps old hashes verifiable.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export { MAX_PASSWORD_LENGTH } from "./password-rules";

/**
 * A hash of a password nobody has, made with OPTIONS. Verifying against it when the username does not
 * exist costs the same time as a real check, so response time does not reveal which usernames exist.
 */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$rVJ+WBRd3Pba4HNx83v1VA$qyOAhHLxnsheGSPRm/Vb1f61HX7yE9gptrUbzjhOyeA";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Never throws: a malformed stored hash counts as a wrong password. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Burns the same time as verifyPassword and always fails; call it when there is no user to check. */
export async function verifyDummyPassword(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}
