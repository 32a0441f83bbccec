import { Decimal } from "decimal.js";
import type { ValidationIssue, ValidationPath } from "../errors";

/** Checks one value of a configuration, collecting what is wrong with it into `issues`. */
type Shape = (value: unknown, path: ValidationPath, issues: ValidationIssue[]) => void;

function kind(test: (value: unknown) => boolean, zh: string, en: string): Shape {
  return (value, path, issues) => {
    if (value === undefined) issues.push({ path, rule: "required", message: { zh: "必填", en: "Required" } });
    else if (!test(value))
      issues.push({ path, rule: "type", message: { zh: `须为${zh}`, en: `Must be ${en}` } });
  };
}

const string = kind((value) => typeof value === "string", "字符串", "a string");
const number = kind((value) => typeof value === "number", "数字", "a number");
const boolean = kind((value) => typeof value === "boolean", "true 或 false", "true or false");
// Amounts and rates arrive as strings the wire decoding has already turned into fen and Decimals.
const fen = kind((value) => typeof value === "bigint", "金额字符串", "an amount string");
const decimal = kind((value) => Decimal.isDecimal(value), "比率字符串", "a rate string");

const nullable =
  (shape: Shape): Shape =>
  (value, path, issues) => {
    if (value !== null) shape(value, path, issues);
  };

const optional =
  (shape: Shape): Shape =>
  (value, path, issues) => {
    if (value !== undefined) shape(value, path, issues);
  };

const isObject = (value: unknown) => value !== null && typeof value === "object" && !Array.isArray(value);
const objectKind = kind(isObject, "对象", "an object");
const arrayKind = kind(Array.isArray, "数组", "an array");

const array =
  (item: Shape): Shape =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return arrayKind(value, path, issues);
    for (const [index, element] of value.entries()) item(element, [...path, index], issues);
  };

/** Fields named `…Fen` are reported by their wire name, as the admin sent them. */
const object =
  (fields: Record<string, Shape>): Shape =>
  (value, path, issues) => {
    if (!isObject(value)) return objectKind(value, path, issues);
    for (const [key, field] of Object.entries(fields)) {
      field((value as Record<string, unknown>)[key], [...path, key.replace(/Fen$/, "")], issues);
    }
  };

const labelled = array(object({ code: string, zh: string, en: string }));
const slaPeriod = object({ amount: number, unit: string });

const PROGRAMME_CONFIG = object({
  code: string,
  version: number,
  name: string,
  regionCode: string,
  eligibleDistricts: array(string),
  supplyChainCategories: nullable(labelled),
  minOperatingYears: nullable(number),
  minAnnualRevenueFen: nullable(fen),
  requireKeySupportedList: boolean,
  checkNegativeList: boolean,
  permittedLoanUses: labelled,
  maxAmountPerEnterpriseFen: nullable(fen),
  maxTermMonths: nullable(number),
  interestSubsidy: object({
    rate: decimal,
    dayCount: string,
    maxShareOfActualRate: optional(decimal),
    maxRatePoints: optional(decimal),
    maxPerEnterprisePerYearFen: optional(fen),
    noneIfEverOverdue: boolean,
    applicationWindow: string,
  }),
  guaranteeFeeSubsidy: object({
    rate: decimal,
    dayCount: string,
    feeRateCeiling: optional(decimal),
    maxShareOfActualFee: optional(decimal),
    capFen: optional(fen),
  }),
  riskSharingSchemes: array(string),
  fundShareOfGuarantor: decimal,
  slas: object({ review: slaPeriod, disbursement: slaPeriod }),
  reviewChain: array(object({ reviewers: array(object({ orgType: string, name: string })) })),
  validityYears: number,
  counterGuaranteeMethods: labelled,
  requiredMaterials: optional(array(string)),
});

/**
 * Every field missing or of the wrong type in a configuration of any shape, so that the rules
 * that follow can read each field as its type says (an admin's `{}` is a 400, not a crash).
 */
export function programmeConfigShapeIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  PROGRAMME_CONFIG(value, [], issues);
  return issues;
}
