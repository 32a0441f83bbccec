import { throwIfIssues, type ValidationIssue } from "../errors";
import type { Term, Terms } from "../vocabulary";

/**
 * Who recommends pilot cities (seed 001 §三(二)): each province, autonomous region and municipality,
 * each 计划单列市 for itself, and the 新疆生产建设兵团.
 */
export type RecommendingUnitKind = "PROVINCE" | "AUTONOMOUS_REGION" | "MUNICIPALITY" | "PLAN_CITY" | "XPCC";

export const RECOMMENDING_UNIT_KIND_TERMS: Terms<RecommendingUnitKind> = {
  PROVINCE: { zh: "省", en: "Province" },
  AUTONOMOUS_REGION: { zh: "自治区", en: "Autonomous region" },
  MUNICIPALITY: { zh: "直辖市", en: "Municipality" },
  PLAN_CITY: { zh: "计划单列市", en: "City with independent planning status" },
  XPCC: { zh: "新疆生产建设兵团", en: "Xinjiang Production and Construction Corps" },
};

/** Seed 001 §三(二): "不超过2个" for provinces, regions and municipalities, "不超过1个" for the others. */
export const RECOMMENDATION_QUOTAS: Readonly<Record<RecommendingUnitKind, number>> = {
  PROVINCE: 2,
  AUTONOMOUS_REGION: 2,
  MUNICIPALITY: 2,
  PLAN_CITY: 1,
  XPCC: 1,
};

export interface RecommendingUnit {
  /** GB/T 2260 code of the unit's region; the 兵团 has none, see XPCC_CODE. */
  code: string;
  kind: RecommendingUnitKind;
  name: Term;
}

/**
 * The 兵团 has no GB/T 2260 code of its own: its cities are 新疆's 自治区直辖县级行政区划 (6590xx,
 * 石河子 659001 …). The platform gives it 660000, the code national statistics use for it, so that
 * it sorts and scopes like a province without colliding with a real code.
 */
export const XPCC_CODE = "660000";
/** The GB/T 2260 prefix of the 兵团's cities (师市合一): every 6590xx is one. */
export const XPCC_CITY_PREFIX = "6590";

const unit = (code: string, kind: RecommendingUnitKind, zh: string, en: string): RecommendingUnit => ({
  code,
  kind,
  name: { zh, en },
});

export const RECOMMENDING_UNITS: readonly RecommendingUnit[] = [
  unit("110000", "MUNICIPALITY", "北京市", "Beijing"),
  unit("120000", "MUNICIPALITY", "天津市", "Tianjin"),
  unit("130000", "PROVINCE", "河北省", "Hebei"),
  unit("140000", "PROVINCE", "山西省", "Shanxi"),
  unit("150000", "AUTONOMOUS_REGION", "内蒙古自治区", "Inner Mongolia"),
  unit("210000", "PROVINCE", "辽宁省", "Liaoning"),
  unit("210200", "PLAN_CITY", "大连市", "Dalian"),
  unit("220000", "PROVINCE", "吉林省", "Jilin"),
  unit("230000", "PROVINCE", "黑龙江省", "Heilongjiang"),
  unit("310000", "MUNICIPALITY", "上海市", "Shanghai"),
  unit("320000", "PROVINCE", "江苏省", "Jiangsu"),
  unit("330000", "PROVINCE", "浙江省", "Zhejiang"),
  unit("330200", "PLAN_CITY", "宁波市", "Ningbo"),
  unit("340000", "PROVINCE", "安徽省", "Anhui"),
  unit("350000", "PROVINCE", "福建省", "Fujian"),
  unit("350200", "PLAN_CITY", "厦门市", "Xiamen"),
  unit("360000", "PROVINCE", "江西省", "Jiangxi"),
  unit("370000", "PROVINCE", "山东省", "Shandong"),
  unit("370200", "PLAN_CITY", "青岛市", "Qingdao"),
  unit("410000", "PROVINCE", "河南省", "Henan"),
  unit("420000", "PROVINCE", "湖北省", "Hubei"),
  unit("430000", "PROVINCE", "湖南省", "Hunan"),
  unit("440000", "PROVINCE", "广东省", "Guangdong"),
  unit("440300", "PLAN_CITY", "深圳市", "Shenzhen"),
  unit("450000", "AUTONOMOUS_REGION", "广西壮族自治区", "Guangxi"),
  unit("460000", "PROVINCE", "海南省", "Hainan"),
  unit("500000", "MUNICIPALITY", "重庆市", "Chongqing"),
  unit("510000", "PROVINCE", "四川省", "Sichuan"),
  unit("520000", "PROVINCE", "贵州省", "Guizhou"),
  unit("530000", "PROVINCE", "云南省", "Yunnan"),
  unit("540000", "AUTONOMOUS_REGION", "西藏自治区", "Tibet"),
  unit("610000", "PROVINCE", "陕西省", "Shaanxi"),
  unit("620000", "PROVINCE", "甘肃省", "Gansu"),
  unit("630000", "PROVINCE", "青海省", "Qinghai"),
  unit("640000", "AUTONOMOUS_REGION", "宁夏回族自治区", "Ningxia"),
  unit("650000", "AUTONOMOUS_REGION", "新疆维吾尔自治区", "Xinjiang"),
  unit(XPCC_CODE, "XPCC", "新疆生产建设兵团", "Xinjiang Production and Construction Corps"),
];

const UNITS_BY_CODE = new Map(RECOMMENDING_UNITS.map((entry) => [entry.code, entry]));

export function recommendingUnit(code: string): RecommendingUnit | undefined {
  return UNITS_BY_CODE.get(code);
}

export function recommendationQuota(recommender: RecommendingUnit): number {
  return RECOMMENDATION_QUOTAS[recommender.kind];
}

const REGION_CODE_PATTERN = /^\d{6}$/;

/**
 * The unit that recommends an applicant of `regionCode`: the 兵团 for its cities, a 计划单列市 for
 * itself and its districts, otherwise the province. Undefined for a code no unit covers (a typo, a
 * national code, 台湾/香港/澳门, which the notice does not address).
 */
export function recommendingUnitFor(regionCode: string): RecommendingUnit | undefined {
  if (!REGION_CODE_PATTERN.test(regionCode) || regionCode.endsWith("0000")) return undefined;
  if (regionCode.startsWith(XPCC_CITY_PREFIX)) return recommendingUnit(XPCC_CODE);
  const planCity = recommendingUnit(`${regionCode.slice(0, 4)}00`);
  if (planCity?.kind === "PLAN_CITY") return planCity;
  return recommendingUnit(`${regionCode.slice(0, 2)}0000`);
}

/** The province-level area a region lies in, for "not from the applicant's province": 深圳 is in 广东, 石河子 in 新疆. */
export function provinceOf(regionCode: string): string {
  return `${regionCode.slice(0, 2)}0000`;
}

export interface RecommendedApplication {
  id: string;
  regionCode: string;
}

/**
 * Every reason a unit's recommendation list is refused: an application the unit does not recommend
 * for (wrong province, or a 计划单列市's district recommended by its province), the same application
 * twice, or more than the quota. Empty when the list may be confirmed.
 */
export function recommendationListIssues(
  recommender: RecommendingUnit,
  list: readonly RecommendedApplication[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  list.forEach((application, index) => {
    const path = ["recommendations", index];
    if (seen.has(application.id)) {
      issues.push({
        path,
        rule: "recommendation-duplicate",
        message: { zh: "同一申报重复推荐", en: "The same application is recommended twice" },
      });
    }
    seen.add(application.id);
    const owner = recommendingUnitFor(application.regionCode);
    if (owner?.code !== recommender.code) {
      const by = owner ? `应由${owner.name.zh}推荐` : "不属于任何推荐单位";
      const byEn = owner ? `it is recommended by ${owner.name.en}` : "no unit recommends it";
      issues.push({
        path,
        rule: "recommendation-outside-unit",
        message: {
          zh: `申报地区${application.regionCode}不在${recommender.name.zh}推荐范围内,${by}`,
          en: `Region ${application.regionCode} is outside ${recommender.name.en}: ${byEn}`,
        },
      });
    }
  });
  const quota = recommendationQuota(recommender);
  if (list.length > quota) {
    const kind = RECOMMENDING_UNIT_KIND_TERMS[recommender.kind];
    issues.push({
      path: ["recommendations"],
      rule: "recommendation-quota",
      message: {
        zh: `${recommender.name.zh}(${kind.zh})推荐数量不超过${quota}个,现为${list.length}个`,
        en: `${recommender.name.en} (${kind.en.toLowerCase()}) may recommend at most ${quota}, not ${list.length}`,
      },
    });
  }
  return issues;
}

export function assertRecommendationList(
  recommender: RecommendingUnit,
  list: readonly RecommendedApplication[],
): void {
  throwIfIssues(recommendationListIssues(recommender, list));
}
