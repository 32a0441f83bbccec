import type { Term } from "@chanrong/domain";
import { AppError } from "./errors";

/** The SQLSTATE of a database error, whether the driver wraps it (Drizzle's `cause`) or not. */
export function pgErrorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } }).cause;
  return (error as { code?: string }).code ?? cause?.code;
}

/** The database's detail line of an error (for a check constraint: "Failing row contains (…)"). */
export function pgErrorDetail(error: unknown): string | undefined {
  const cause = (error as { cause?: { detail?: string } }).cause;
  return (error as { detail?: string }).detail ?? cause?.detail;
}

/** Turns a unique-constraint violation into a 409 naming the field. */
export function uniqueViolation(field: string, message: Term) {
  return (error: unknown): never => {
    if (pgErrorCode(error) === "23505") {
      throw new AppError("conflict", message, [{ field, rule: "unique", message }]);
    }
    throw error;
  };
}
