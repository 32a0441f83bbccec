import { AppError } from "./errors";

/** Turns a unique-constraint violation into a 409 naming the field. */
export function uniqueViolation(field: string, message: string) {
  return (error: unknown): never => {
    const cause = (error as { cause?: { code?: string } }).cause;
    if ((error as { code?: string }).code === "23505" || cause?.code === "23505") {
      throw new AppError("conflict", message, [{ field, rule: "unique", message }]);
    }
    throw error;
  };
}
