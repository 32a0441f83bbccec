import type { Term } from "@chanrong/domain";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/** Minimum rules for a password set by an admin or a user. */
export function passwordProblem(password: string): Term | null {
  if (password.length < 10) return { zh: "密码至少 10 位", en: "At least 10 characters" };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    return { zh: "密码须同时包含字母和数字", en: "Must contain letters and digits" };
  }
  return null;
}
