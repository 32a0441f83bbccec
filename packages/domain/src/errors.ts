import type { Term } from "./vocabulary";

/** A path into the caller's input, e.g. ["events", 2, "date"]; the server joins it as "events.2.date". */
export type ValidationPath = (string | number)[];

export interface ValidationIssue {
  path: ValidationPath;
  /** Stable machine name of the rule that failed, e.g. "iso-date", "max-2-decimals". */
  rule: string;
  /** In both languages: the server answers each caller in theirs. */
  message: Term;
}

/**
 * Thrown for input the domain cannot accept; the server maps it to HTTP 400.
 *
 * Paths name fields as they appear at the boundary (yuan strings such as "amount", "loss"),
 * not the internal `…Fen` properties, so the 400 body points at what the client actually sent.
 */
export class DomainValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(
      issues
        .map((issue) => `${issue.path.join(".") || "(input)"}: ${issue.message.zh} (${issue.message.en})`)
        .join("; "),
    );
    this.name = "DomainValidationError";
    this.issues = issues;
  }

  static single(path: ValidationPath, rule: string, message: Term): DomainValidationError {
    return new DomainValidationError([{ path, rule, message }]);
  }
}

/** Throws if any issues were collected; lets validators report every problem at once. */
export function throwIfIssues(issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new DomainValidationError(issues);
}
