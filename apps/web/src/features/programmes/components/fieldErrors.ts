import { ApiError } from "../../../shared/api/client";

/**
 * The same error with its field names renamed to the form's (e.g. "interestSubsidy.rate" →
 * "interestRate"), so that applyServerErrors can put each message on its field.
 */
export function renameFieldErrors(error: unknown, rename: (field: string) => string): unknown {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return error;
  return new ApiError(error.status, {
    ...error.problem,
    errors: error.fieldErrors.map((fieldError) => ({ ...fieldError, field: rename(fieldError.field) })),
  });
}

/** "eligibleDistricts.2" → "eligibleDistricts": a multi-select shows its items' errors on itself. */
export const collapseListIndex = (field: string, list: string) =>
  field.startsWith(`${list}.`) ? list : field;
