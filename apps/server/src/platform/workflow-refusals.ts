import { DomainValidationError } from "@chanrong/domain";
import { AppError } from "./errors";

/**
 * Runs a domain transition and gives its refusals their HTTP meaning: not yours to do → 403;
 * not now → 409; a bad payload stays a 400. Shared by every workflow (loans, fund payments).
 */
export function decide<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    const rule = error instanceof DomainValidationError ? error.issues[0]?.rule : undefined;
    if (rule === "role-not-allowed") throw AppError.forbidden((error as Error).message);
    if (rule === "action-not-allowed-in-state") throw new AppError("conflict", (error as Error).message);
    throw error;
  }
}
