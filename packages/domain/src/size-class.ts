import { DomainValidationError } from "./errors";
import { FEN_PER_WAN } from "./money-text";

/** 大 / 中 / 小 / 微 under 工信部联企业〔2011〕300号. */
export type SizeClass = "LARGE" | "MEDIUM" | "SMALL" | "MICRO";

/** A class applies when both minimums are reached (the standard's "且"). */
export interface SizeThreshold {
  readonly minEmployees: number;
  readonly minRevenueFen: bigint;
}

/** Thresholds per class, checked from LARGE down; anything below SMALL is MICRO. */
export type SizeThresholds = Readonly<Record<Exclude<SizeClass, "MICRO">, SizeThreshold>>;

/** 工业: large ≥1000 staff and ≥40,000万元 revenue; medium ≥300 and ≥2,000万; small ≥20 and ≥300万. */
export const DEFAULT_INDUSTRY_SIZE_THRESHOLDS: SizeThresholds = {
  LARGE: { minEmployees: 1000, minRevenueFen: 40_000n * FEN_PER_WAN },
  MEDIUM: { minEmployees: 300, minRevenueFen: 2_000n * FEN_PER_WAN },
  SMALL: { minEmployees: 20, minRevenueFen: 300n * FEN_PER_WAN },
};

const CLASSES_LARGEST_FIRST = ["LARGE", "MEDIUM", "SMALL"] as const;

export function classifySize(
  enterprise: { employees: number; revenueFen: bigint },
  thresholds: SizeThresholds = DEFAULT_INDUSTRY_SIZE_THRESHOLDS,
): SizeClass {
  const { employees, revenueFen } = enterprise;
  if (!Number.isInteger(employees) || employees < 0) {
    throw DomainValidationError.single(["employees"], "non-negative-integer", {
      zh: "从业人员数须为非负整数",
      en: "Employees must be a non-negative integer",
    });
  }
  if (revenueFen < 0n) {
    throw DomainValidationError.single(["revenue"], "non-negative", {
      zh: "营业收入不能为负数",
      en: "Must not be negative",
    });
  }
  const reached = CLASSES_LARGEST_FIRST.find(
    (sizeClass) =>
      employees >= thresholds[sizeClass].minEmployees && revenueFen >= thresholds[sizeClass].minRevenueFen,
  );
  return reached ?? "MICRO";
}
