import { Decimal } from "decimal.js";
import { DomainValidationError, type ValidationPath } from "../errors";
import { formatYuan, parseRate, parseYuan } from "../money";
import { type ProgrammeConfig, validateProgrammeConfig } from "./programme-config";

/**
 * The JSON form of a programme configuration, as stored (jsonb) and as the API shows it:
 * amounts in fen become decimal yuan strings under the key without its `Fen` suffix
 * (`minAnnualRevenueFen: 2000000000n` ↔ `minAnnualRevenue: "20000000.00"`), rates and
 * shares become decimal strings. Everything else is plain JSON already.
 */
export type ProgrammeConfigWire = Record<string, unknown>;

const FEN_SUFFIX = "Fen";
/** Decimal-valued keys of the configuration (rates and shares). */
const RATE_KEYS = new Set([
  "rate",
  "maxShareOfActualRate",
  "maxRatePoints",
  "feeRateCeiling",
  "maxShareOfActualFee",
  "fundShareOfGuarantor",
]);
/** Money keys, by their wire names. */
const YUAN_KEYS = new Set(["minAnnualRevenue", "maxAmountPerEnterprise", "maxPerEnterprisePerYear", "cap"]);

function encode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(encode);
  if (value === null || typeof value !== "object" || Decimal.isDecimal(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      // An unset limit (null) moves to the wire key too, so the wire never shows a `…Fen` key.
      if (key.endsWith(FEN_SUFFIX) && (typeof item === "bigint" || item === null)) {
        return [key.slice(0, -FEN_SUFFIX.length), item === null ? null : formatYuan(item)];
      }
      if (Decimal.isDecimal(item)) return [key, item.toString()];
      return [key, encode(item)];
    }),
  );
}

function decode(value: unknown, path: ValidationPath): unknown {
  if (Array.isArray(value)) return value.map((item, index) => decode(item, [...path, index]));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const itemPath = [...path, key];
      if (YUAN_KEYS.has(key) && item !== null && item !== undefined) {
        if (typeof item !== "string")
          throw DomainValidationError.single(itemPath, "decimal-string", {
            zh: "金额须为字符串",
            en: "Amount must be a string",
          });
        return [`${key}${FEN_SUFFIX}`, parseYuan(item, itemPath)];
      }
      if (YUAN_KEYS.has(key)) return [`${key}${FEN_SUFFIX}`, item];
      if (RATE_KEYS.has(key) && item !== undefined) {
        if (typeof item !== "string")
          throw DomainValidationError.single(itemPath, "decimal-string", {
            zh: "比率须为字符串",
            en: "Rate must be a string",
          });
        return [key, parseRate(item, itemPath)];
      }
      return [key, decode(item, itemPath)];
    }),
  );
}

export function programmeConfigToWire(config: ProgrammeConfig): ProgrammeConfigWire {
  return encode(config) as ProgrammeConfigWire;
}

/** Parses and validates a configuration sent by an admin or read back from storage. */
export function programmeConfigFromWire(wire: unknown): ProgrammeConfig {
  if (wire === null || typeof wire !== "object" || Array.isArray(wire)) {
    throw DomainValidationError.single([], "object", {
      zh: "配置须为对象",
      en: "Configuration must be an object",
    });
  }
  return validateProgrammeConfig(decode(wire, []) as ProgrammeConfig);
}
