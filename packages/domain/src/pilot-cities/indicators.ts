import { Decimal } from "decimal.js";
import type { ValidationIssue } from "../errors";
import type { Term, Terms } from "../vocabulary";

export type IndicatorType = "integer" | "decimal";
export type IndicatorUnit = "亿元" | "万元" | "家" | "个" | "项" | "%";
/** Which way is better, for progress against a target: more loans, fewer bad ones. */
export type IndicatorDirection = "higher" | "lower";
export type IndicatorGroup = "INDUSTRY" | "FINANCE" | "COOPERATION";

export const INDICATOR_GROUP_TERMS: Terms<IndicatorGroup> = {
  INDUSTRY: { zh: "产业基础", en: "Industrial base" },
  FINANCE: { zh: "金融资源", en: "Financial resources" },
  COOPERATION: { zh: "产融合作成效", en: "Cooperation results" },
};

/** One row of the 定量指标统计表. Bounds are decimal strings, both ends allowed. */
export interface IndicatorDefinition {
  code: string;
  group: IndicatorGroup;
  name: Term;
  unit: IndicatorUnit;
  type: IndicatorType;
  /** Places after the point a decimal may have (0 for an integer). */
  maxDecimals: number;
  required: boolean;
  min: string;
  max: string;
  direction: IndicatorDirection;
  /** 填表说明 for the row. */
  notes: string;
}

/** A column of years: what was (the years before the batch) or what the plan targets. */
export interface IndicatorColumn {
  key: string;
  year: number;
  kind: "actual" | "target";
  /** A required indicator must be filled in this column. */
  required: boolean;
}

export interface IndicatorTemplate {
  indicators: readonly IndicatorDefinition[];
  /** The years whose actual values an applicant reports (2017–2019 for the 2020 batch). */
  actualYears: readonly number[];
}

const AMOUNT_MAX = "1000000"; // 100万亿元 in 亿元: anything above is a typing slip
const COUNT_MAX = "1000000";

const amount = (
  code: string,
  group: IndicatorGroup,
  zh: string,
  en: string,
  notes: string,
  required = true,
) =>
  ({
    code,
    group,
    name: { zh, en },
    unit: "亿元",
    type: "decimal",
    maxDecimals: 2,
    required,
    min: "0",
    max: AMOUNT_MAX,
    direction: "higher",
    notes,
  }) as const satisfies IndicatorDefinition;

const count = (code: string, group: IndicatorGroup, zh: string, en: string, notes: string, required = true) =>
  ({
    code,
    group,
    name: { zh, en },
    unit: "家",
    type: "integer",
    maxDecimals: 0,
    required,
    min: "0",
    max: COUNT_MAX,
    direction: "higher",
    notes,
  }) as const satisfies IndicatorDefinition;

const percent = (
  code: string,
  group: IndicatorGroup,
  zh: string,
  en: string,
  notes: string,
  bounds: { min: string; max: string; direction?: IndicatorDirection },
) =>
  ({
    code,
    group,
    name: { zh, en },
    unit: "%",
    type: "decimal",
    maxDecimals: 2,
    required: true,
    min: bounds.min,
    max: bounds.max,
    direction: bounds.direction ?? "higher",
    notes,
  }) as const satisfies IndicatorDefinition;

/**
 * The indicators of 附件2 (定量指标统计表). The notice as stored names the annex without its rows;
 * these measure what §二 asks of a city (industry, finance, cooperation results) and are data the
 * ministry edits per batch.
 */
export const PILOT_INDICATORS: readonly IndicatorDefinition[] = [
  amount("I01", "INDUSTRY", "地区生产总值", "Gross regional product", "当年价,统计部门年报数"),
  amount("I02", "INDUSTRY", "规模以上工业增加值", "Industrial value added (above scale)", "统计部门年报数"),
  percent(
    "I03",
    "INDUSTRY",
    "制造业增加值占地区生产总值比重",
    "Manufacturing share of GRP",
    "百分比,不含%号",
    {
      min: "0",
      max: "100",
    },
  ),
  count("I04", "INDUSTRY", "规模以上工业企业数", "Industrial enterprises above scale", "年末数"),
  count("I05", "INDUSTRY", "高新技术企业数", "High-tech enterprises", "有效期内的认定数"),
  count("I06", "INDUSTRY", "专精特新中小企业数", "Specialised SMEs (专精特新)", "省级及以上认定数", false),
  amount("F01", "FINANCE", "制造业贷款余额", "Manufacturing loans outstanding", "人民银行统计口径,年末余额"),
  amount("F02", "FINANCE", "制造业中长期贷款余额", "Manufacturing medium/long-term loans", "年末余额"),
  percent("F03", "FINANCE", "制造业贷款余额同比增速", "Manufacturing loan growth", "可为负数", {
    min: "-100",
    max: "1000",
  }),
  amount("F04", "FINANCE", "普惠小微企业贷款余额", "Inclusive small-business loans", "年末余额"),
  amount("F05", "FINANCE", "绿色贷款余额", "Green loans outstanding", "年末余额", false),
  percent("F06", "FINANCE", "银行业不良贷款率", "Banks' non-performing loan ratio", "年末数", {
    min: "0",
    max: "100",
    direction: "lower",
  }),
  count("C01", "COOPERATION", "境内外上市公司数", "Listed companies", "年末数,含境外上市"),
  amount("C02", "COOPERATION", "直接融资额", "Direct financing raised", "当年股票和债券融资合计"),
  amount("C03", "COOPERATION", "政府性融资担保在保余额", "Government guarantees outstanding", "年末余额"),
  amount("C04", "COOPERATION", "产业投资基金规模", "Industrial investment funds", "已设立基金认缴规模"),
  {
    ...amount("C05", "COOPERATION", "产融合作专项资金", "Dedicated cooperation funds", "当年财政安排"),
    unit: "万元",
  },
  count(
    "C06",
    "COOPERATION",
    "产融合作平台注册企业数",
    "Enterprises on the cooperation platform",
    "年末数",
    false,
  ),
];

export const PILOT_INDICATOR_TEMPLATE_2020: IndicatorTemplate = {
  indicators: PILOT_INDICATORS,
  actualYears: [2017, 2018, 2019],
};

/**
 * The columns of a city's table: the template's actual years, then one target per year of its plan.
 * Every actual year is required; of the targets only the plan's last year is, as the plan may set
 * its intermediate steps in words.
 */
export function indicatorColumns(
  template: IndicatorTemplate,
  planYears: readonly number[],
): IndicatorColumn[] {
  const actual = template.actualYears.map(
    (year): IndicatorColumn => ({ key: `${year}`, year, kind: "actual", required: true }),
  );
  const target = planYears.map(
    (year, index): IndicatorColumn => ({
      key: `target-${year}`,
      year,
      kind: "target",
      required: index === planYears.length - 1,
    }),
  );
  return [...actual, ...target];
}

/** A row as filled in, e.g. from one line of the Excel upload; `row` is the sheet's row number. */
export interface FilledIndicatorRow {
  row?: number;
  code: string;
  unit?: string;
  values: Readonly<Record<string, string | null | undefined>>;
}

/** An issue of a filled table: the sheet row (null for a row that is missing), the field and the rule. */
export interface IndicatorIssue extends ValidationIssue {
  row: number | null;
  code: string;
  field: string;
}

export interface CheckedIndicatorTable {
  issues: IndicatorIssue[];
  /** The values that passed, normalised (1.50 → 1.5), by indicator code and column key. */
  values: Record<string, Record<string, string>>;
}

const NUMBER_PATTERN = /^[+-]?\d+(\.\d+)?$/;

function checkValue(
  definition: IndicatorDefinition,
  text: string,
): { rule: string; message: Term } | { value: string } {
  const label = definition.name.zh;
  if (!NUMBER_PATTERN.test(text)) {
    return {
      rule: "indicator-number",
      message: { zh: `${label}应填数字,"${text}"不是数字`, en: `Expected a number, not "${text}"` },
    };
  }
  const value = new Decimal(text);
  if (value.decimalPlaces() > definition.maxDecimals) {
    return definition.maxDecimals === 0
      ? { rule: "indicator-integer", message: { zh: `${label}应为整数`, en: "Expected a whole number" } }
      : {
          rule: "indicator-decimals",
          message: {
            zh: `${label}最多${definition.maxDecimals}位小数`,
            en: `At most ${definition.maxDecimals} decimal places`,
          },
        };
  }
  if (value.lessThan(definition.min) || value.greaterThan(definition.max)) {
    return {
      rule: "indicator-bounds",
      message: {
        zh: `${label}应在${definition.min}至${definition.max}${definition.unit}之间,现为${text}`,
        en: `Must be from ${definition.min} to ${definition.max} ${definition.unit}`,
      },
    };
  }
  return { value: value.toString() };
}

/**
 * Checks a filled table against the template: every problem at once, each with its sheet row, the
 * field (code, unit or a column key) and the rule, as the upload's row-by-row report needs.
 */
export function checkIndicatorTable(
  template: IndicatorTemplate,
  columns: readonly IndicatorColumn[],
  rows: readonly FilledIndicatorRow[],
): CheckedIndicatorTable {
  const definitions = new Map(template.indicators.map((definition) => [definition.code, definition]));
  const columnKeys = new Set(columns.map((column) => column.key));
  const issues: IndicatorIssue[] = [];
  const values: Record<string, Record<string, string>> = {};
  /** `index` is the row's place in `rows`, null for a required row that is missing altogether. */
  const report = (index: number | null, code: string, field: string, rule: string, message: Term) =>
    issues.push({
      path: index === null ? ["rows", code] : ["rows", index, field],
      rule,
      message,
      row: index === null ? null : (rows[index]?.row ?? index + 1),
      code,
      field,
    });

  rows.forEach((row, index) => {
    const at = (field: string, rule: string, message: Term) => report(index, row.code, field, rule, message);
    const definition = definitions.get(row.code);
    if (!definition) {
      at("code", "indicator-unknown", {
        zh: `指标代码"${row.code}"不在统计表中`,
        en: `"${row.code}" is not an indicator of the template`,
      });
      return;
    }
    if (values[row.code]) {
      at("code", "indicator-duplicate", {
        zh: `指标${row.code}(${definition.name.zh})重复填报`,
        en: `Indicator ${row.code} appears twice`,
      });
      return;
    }
    if (row.unit !== undefined && row.unit.trim() !== definition.unit) {
      at("unit", "indicator-unit", {
        zh: `${definition.name.zh}的单位应为${definition.unit},不是"${row.unit}"`,
        en: `The unit must be ${definition.unit}, not "${row.unit}"`,
      });
    }
    const filled: Record<string, string> = {};
    values[row.code] = filled;
    for (const key of Object.keys(row.values)) {
      if (!columnKeys.has(key)) {
        at(key, "indicator-column", {
          zh: `统计表没有"${key}"列`,
          en: `The table has no column "${key}"`,
        });
      }
    }
    for (const column of columns) {
      const text = row.values[column.key]?.trim() ?? "";
      if (text === "") {
        if (definition.required && column.required) {
          at(column.key, "indicator-required", {
            zh: `${definition.name.zh}${column.kind === "target" ? "目标" : ""}(${column.year}年)为必填项`,
            en: `${definition.name.en} (${column.year}${column.kind === "target" ? " target" : ""}) is required`,
          });
        }
        continue;
      }
      const checked = checkValue(definition, text);
      if ("value" in checked) filled[column.key] = checked.value;
      else at(column.key, checked.rule, checked.message);
    }
  });

  for (const definition of template.indicators) {
    if (definition.required && !values[definition.code]) {
      report(null, definition.code, "code", "indicator-missing", {
        zh: `缺少必填指标${definition.code}(${definition.name.zh})`,
        en: `Required indicator ${definition.code} (${definition.name.en}) is missing`,
      });
    }
  }
  return { issues, values };
}
