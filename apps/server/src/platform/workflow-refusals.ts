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
    const issue = error instanceof DomainValidationError ? error.issues[0] : undefined;
    if (issue?.rule === "role-not-allowed") throw AppError.forbidden(issue.message);
    if (issue?.rule === "action-not-allowed-in-state") {
      // The rule travels with the 409, so a client can tell "not now" from other conflicts.
      throw new AppError("conflict", issue.message, [
        { field: issue.path.join("."), rule: issue.rule, message: issue.message },
      ]);
    }
    throw error;
  }
}
