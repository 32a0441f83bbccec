import { RECOMMENDING_UNITS } from "@chanrong/domain";

/**
 * Demo divisions (GB/T 2260). 十堰's development zone, high-tech zone and 武当山特区 have
 * no GB code of their own; they carry platform-assigned codes 4203 7x under the city
 * (ADR 004) so that regional scoping by code prefix still works.
 */
export const DEMO_REGIONS = [
  { code: "000000", name: "全国", nameEn: "China", parentCode: null, level: "country" },
  { code: "420000", name: "湖北省", nameEn: "Hubei", parentCode: "000000", level: "province" },
  { code: "420300", name: "十堰市", nameEn: "Shiyan", parentCode: "420000", level: "city" },
  { code: "420302", name: "茅箭区", nameEn: "Maojian", parentCode: "420300", level: "district" },
  { code: "420303", name: "张湾区", nameEn: "Zhangwan", parentCode: "420300", level: "district" },
  { code: "420304", name: "郧阳区", nameEn: "Yunyang", parentCode: "420300", level: "district" },
  { code: "420322", name: "郧西县", nameEn: "Yunxi", parentCode: "420300", level: "district" },
  { code: "420323", name: "竹山县", nameEn: "Zhushan", parentCode: "420300", level: "district" },
  { code: "420324", name: "竹溪县", nameEn: "Zhuxi", parentCode: "420300", level: "district" },
  { code: "420325", name: "房县", nameEn: "Fang", parentCode: "420300", level: "district" },
  { code: "420381", name: "丹江口市", nameEn: "Danjiangkou", parentCode: "420300", level: "district" },
  { code: "420371", name: "十堰经济技术开发区", nameEn: "Shiyan ETDZ", parentCode: "420300", level: "zone" },
  {
    code: "420372",
    name: "十堰高新技术产业园区",
    nameEn: "Shiyan High-tech Zone",
    parentCode: "420300",
    level: "zone",
  },
  {
    code: "420373",
    name: "武当山旅游经济特区",
    nameEn: "Wudangshan Special Zone",
    parentCode: "420300",
    level: "zone",
  },
  { code: "500000", name: "重庆市", nameEn: "Chongqing", parentCode: "000000", level: "province" },
  { code: "500103", name: "渝中区", nameEn: "Yuzhong", parentCode: "500000", level: "district" },
  { code: "500105", name: "江北区", nameEn: "Jiangbei", parentCode: "500000", level: "district" },
  { code: "500106", name: "沙坪坝区", nameEn: "Shapingba", parentCode: "500000", level: "district" },
  { code: "500107", name: "九龙坡区", nameEn: "Jiulongpo", parentCode: "500000", level: "district" },
  { code: "500112", name: "渝北区", nameEn: "Yubei", parentCode: "500000", level: "district" },
  { code: "500113", name: "巴南区", nameEn: "Banan", parentCode: "500000", level: "district" },
  // Pilot-city applicants besides 丹江口 (seed 001): a second 湖北 city, and one in 四川.
  { code: "420600", name: "襄阳市", nameEn: "Xiangyang", parentCode: "420000", level: "city" },
  { code: "510700", name: "绵阳市", nameEn: "Mianyang", parentCode: "510000", level: "city" },
  { code: "430100", name: "长沙市", nameEn: "Changsha", parentCode: "430000", level: "city" },
] as const;

/**
 * The other recommending units of seed 001 (provinces, 计划单列市, the 兵团), so that applicant cities,
 * provincial authorities and experts anywhere in China have a region.
 */
const RECOMMENDING_UNIT_REGIONS = RECOMMENDING_UNITS.filter(
  (unit) => !DEMO_REGIONS.some((region) => region.code === unit.code),
).map((unit) => ({
  code: unit.code,
  name: unit.name.zh,
  nameEn: unit.name.en,
  parentCode: unit.kind === "PLAN_CITY" ? `${unit.code.slice(0, 2)}0000` : "000000",
  level: unit.kind === "PLAN_CITY" ? "city" : "province",
}));

/** The applicant cities of the 2020 second batch's recorded review (pilot-review-demo), under their units. */
export const PILOT_REVIEW_REGIONS = [
  { code: "420500", name: "宜昌市", nameEn: "Yichang", parentCode: "420000", level: "city" },
  { code: "510600", name: "德阳市", nameEn: "Deyang", parentCode: "510000", level: "city" },
  { code: "330500", name: "湖州市", nameEn: "Huzhou", parentCode: "330000", level: "city" },
  { code: "330212", name: "鄞州区", nameEn: "Yinzhou", parentCode: "330200", level: "district" },
];

export const ALL_DEMO_REGIONS = [...DEMO_REGIONS, ...RECOMMENDING_UNIT_REGIONS, ...PILOT_REVIEW_REGIONS];

export const SHIYAN_DISTRICTS = DEMO_REGIONS.filter((r) => r.parentCode === "420300").map((r) => r.code);
export const CHONGQING_DISTRICTS = DEMO_REGIONS.filter((r) => r.parentCode === "500000").map((r) => r.code);
