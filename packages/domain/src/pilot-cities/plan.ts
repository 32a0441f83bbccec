import { addDays, checkIsoDate, isLeapYear, yearOf } from "../dates";
import type { ValidationIssue } from "../errors";
import type { Term } from "../vocabulary";

/** Seed 001 §三(一)2: "方案实施期不超过3年". */
export const MAX_PLAN_YEARS = 3;

/** An implementation plan's period, both days counted (2021-01-01 to 2023-12-31 is three years). */
export interface PlanPeriod {
  from: string;
  to: string;
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function sameDayYearsLater(date: string, years: number): string {
  const year = yearOf(date) + years;
  const monthDay = date.slice(5) === "02-29" && !isLeapYear(year) ? "02-28" : date.slice(5);
  return `${year}-${monthDay}`;
}

/** Every problem of a plan period: real dates, an end not before the start, at most three years. */
export function planPeriodIssues(period: PlanPeriod, maxYears = MAX_PLAN_YEARS): ValidationIssue[] {
  const dateIssues = (["from", "to"] as const).flatMap((field) => checkIsoDate(period[field], [field]) ?? []);
  if (dateIssues.length > 0) return dateIssues;
  if (period.to < period.from) {
    return [
      {
        path: ["to"],
        rule: "plan-period-order",
        message: {
          zh: `实施期结束日期${period.to}不能早于开始日期${period.from}`,
          en: "The plan period must not end before it starts",
        },
      },
    ];
  }
  // The period [from, to] fits in maxYears if the day after it is no later than from's anniversary.
  const latestEnd = addDays(sameDayYearsLater(period.from, maxYears), -1);
  if (period.to <= latestEnd) return [];
  return [
    {
      path: ["to"],
      rule: "plan-period-max-years",
      message: {
        zh: `方案实施期不超过${maxYears}年:自${period.from}起最晚至${latestEnd},现为${period.to}`,
        en: `The plan period may not exceed ${maxYears} years: from ${period.from} it ends by ${latestEnd}`,
      },
    },
  ];
}

/** The calendar years a period touches: the years its indicator targets are set for. */
export function planYears(period: PlanPeriod): number[] {
  const first = yearOf(period.from);
  return Array.from({ length: yearOf(period.to) - first + 1 }, (_, index) => first + index);
}

/** A section of the outline a plan follows (编制提纲). */
export interface OutlineSection {
  code: string;
  title: Term;
  /** What the section must say. */
  guidance: Term;
  required: boolean;
  children?: readonly OutlineSection[];
}

const section = (
  code: string,
  zh: string,
  en: string,
  guidanceZh: string,
  guidanceEn: string,
  children?: readonly OutlineSection[],
): OutlineSection => ({
  code,
  title: { zh, en },
  guidance: { zh: guidanceZh, en: guidanceEn },
  required: true,
  ...(children ? { children } : {}),
});

/**
 * The outline of 附件1 (产融合作试点城市实施方案编制提纲). The notice as stored names the annex but
 * does not reproduce it; these sections follow what the notice asks a plan to show (§二's four
 * conditions, §一's strategies, §三(一)2's period and the indicators of 附件2) and are data a
 * ministry official edits per batch.
 */
export const PLAN_OUTLINE: readonly OutlineSection[] = [
  section(
    "1",
    "基本情况",
    "Current situation",
    "产业基础、金融资源和产融合作工作基础",
    "Industry, finance and cooperation so far",
    [
      section(
        "1.1",
        "产业发展基础",
        "Industrial base",
        "产业特色、产业链水平、重点领域",
        "Specialities, chain level, key fields",
      ),
      section(
        "1.2",
        "金融资源状况",
        "Financial resources",
        "金融机构、金融科技、普惠金融与绿色金融",
        "Institutions, fintech, inclusive and green finance",
      ),
      section(
        "1.3",
        "产融合作工作基础",
        "Cooperation so far",
        "已有机构、机制、专项资金和做法亮点",
        "Bodies, mechanisms, funds and highlights",
      ),
    ],
  ),
  section(
    "2",
    "总体思路和目标",
    "Approach and targets",
    "指导思想、基本原则、实施期和目标",
    "Principles, the period and the targets",
    [
      section(
        "2.1",
        "指导思想和基本原则",
        "Guiding principles",
        "与国家重大战略和区域发展战略的衔接",
        "How the plan serves national and regional strategies",
      ),
      section(
        "2.2",
        "实施期和主要目标",
        "Period and targets",
        "实施期不超过3年;定量目标与定量指标统计表一致",
        "At most 3 years; targets as in the indicator table",
      ),
    ],
  ),
  section(
    "3",
    "主要任务",
    "Main tasks",
    "金融支持制造业的举措和重点领域",
    "How finance will support manufacturing",
    [
      section(
        "3.1",
        "重点领域产融合作",
        "Key fields",
        "战略性新兴产业、新型基础设施建设等",
        "Strategic emerging industries, new infrastructure",
      ),
      section(
        "3.2",
        "金融产品和服务创新",
        "Products and services",
        "信贷、直接融资、保险、融资担保等",
        "Credit, direct finance, insurance, guarantees",
      ),
      section(
        "3.3",
        "产融信息对接与数据赋能",
        "Information and data",
        "产融合作平台建设与工业大数据应用",
        "Platforms and industrial big data",
      ),
      section(
        "3.4",
        "金融风险防范",
        "Financial risk",
        "防范化解金融风险的措施",
        "How financial risk is prevented",
      ),
    ],
  ),
  section(
    "4",
    "重点项目",
    "Key projects",
    "实施期内的重点项目及其融资安排",
    "Key projects and how they are financed",
  ),
  section(
    "5",
    "保障措施",
    "Safeguards",
    "组织、政策和资金保障;疫情防控和复工复产",
    "Organisation, policy and money; epidemic measures",
    [
      section("5.1", "组织保障", "Organisation", "工作机构和工作机制", "Bodies and mechanisms"),
      section("5.2", "政策保障", "Policy", "地方出台的相关政策", "Local policies"),
      section("5.3", "资金保障", "Funding", "安排的专项资金", "Dedicated funds"),
    ],
  ),
  section("6", "进度安排", "Timetable", "分年度工作安排", "Year-by-year schedule"),
];

/** The codes of the required sections a plan has not filled, in outline order. */
export function missingOutlineSections(
  outline: readonly OutlineSection[],
  filled: ReadonlySet<string>,
): string[] {
  return outline.flatMap((entry) => {
    const own = entry.required && !entry.children && !filled.has(entry.code) ? [entry.code] : [];
    return [...own, ...missingOutlineSections(entry.children ?? [], filled)];
  });
}
