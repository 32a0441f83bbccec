import type { SizeClass } from "./size-class";

/**
 * Reference lists for the enterprise registry (SPEC §2). Codes are stable identifiers
 * stored in the database; labels are what people read.
 */

export interface Labelled {
  code: string;
  zh: string;
  en: string;
}

export const ENTERPRISE_TAGS = [
  { code: "SRDI_CITY", zh: "专精特新(市级)", en: "Specialised & innovative (city)" },
  { code: "SRDI_PROVINCE", zh: "专精特新(省级)", en: "Specialised & innovative (province)" },
  { code: "LITTLE_GIANT", zh: "国家级专精特新“小巨人”", en: "National 'little giant'" },
  { code: "SINGLE_CHAMPION", zh: "制造业单项冠军", en: "Single-product champion" },
  { code: "CHAIN_LEADER", zh: "领军(链主)企业", en: "Chain leader" },
  { code: "DOUBLE_HUNDRED", zh: "双百企业", en: "Double-hundred enterprise" },
  { code: "GAZELLE", zh: "瞪羚企业", en: "Gazelle" },
  { code: "UNICORN", zh: "独角兽企业", en: "Unicorn" },
  { code: "HIGH_TECH", zh: "高新技术企业", en: "High-tech enterprise" },
  { code: "TECH_SME", zh: "科技型中小企业", en: "Technology SME" },
  { code: "LISTING_CULTIVATION", zh: "上市培育企业", en: "Listing cultivation" },
  { code: "CITY_AUTO_KEY", zh: "全市汽车产业重点支持企业", en: "City key-supported auto enterprise" },
  { code: "CLUSTER_33618", zh: "“33618”产业集群企业", en: "'33618' cluster enterprise" },
] as const satisfies readonly Labelled[];

export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number]["code"];
export const ENTERPRISE_TAG_CODES = ENTERPRISE_TAGS.map((tag) => tag.code) as [
  EnterpriseTag,
  ...EnterpriseTag[],
];

/**
 * 全市汽车产业重点支持企业 is the industry bureau's key-supported list shown as a tag: the list is the one
 * truth, so the tag is never stored, typed or imported with the registry's own tags.
 */
export const KEY_SUPPORTED_TAG = "CITY_AUTO_KEY" satisfies EnterpriseTag;

/** A tag derived from a list another organisation keeps, rather than recorded in the registry. */
export const isDerivedTag = (code: string): boolean => code === KEY_SUPPORTED_TAG;

export type RecordedEnterpriseTag = Exclude<EnterpriseTag, typeof KEY_SUPPORTED_TAG>;
/** The tags the registry records itself (a form or an import may set them). */
export const RECORDED_TAG_CODES = ENTERPRISE_TAG_CODES.filter((code) => !isDerivedTag(code)) as [
  RecordedEnterpriseTag,
  ...RecordedEnterpriseTag[],
];

/**
 * The derived 全市汽车产业重点支持企业 tag of an enterprise on the key-supported list since `addedOn`:
 * valid from that day for as long as the entry stays.
 */
export const keySupportedTag = (addedOn: string) => ({
  tag: KEY_SUPPORTED_TAG,
  validFrom: addedOn,
  validTo: null,
});

export const OWNERSHIP_TYPES = [
  { code: "STATE", zh: "国有", en: "State-owned" },
  { code: "COLLECTIVE", zh: "集体", en: "Collective" },
  { code: "PRIVATE", zh: "民营", en: "Private" },
  { code: "FOREIGN", zh: "外资", en: "Foreign-invested" },
  { code: "HMT", zh: "港澳台资", en: "Hong Kong, Macao, Taiwan" },
  { code: "MIXED", zh: "混合所有制", en: "Mixed ownership" },
] as const satisfies readonly Labelled[];

export type OwnershipType = (typeof OWNERSHIP_TYPES)[number]["code"];
export const OWNERSHIP_CODES = OWNERSHIP_TYPES.map((o) => o.code) as [OwnershipType, ...OwnershipType[]];

/** GB/T 4754-2017 classes the platform's manufacturers mostly fall in (section C). */
export const INDUSTRY_CODES = [
  { code: "C", zh: "制造业", en: "Manufacturing" },
  { code: "C33", zh: "金属制品业", en: "Metal products" },
  { code: "C34", zh: "通用设备制造业", en: "General equipment" },
  { code: "C35", zh: "专用设备制造业", en: "Special equipment" },
  { code: "C36", zh: "汽车制造业", en: "Automobiles" },
  { code: "C3611", zh: "汽柴油车整车制造", en: "Petrol and diesel vehicles" },
  { code: "C3612", zh: "新能源车整车制造", en: "New-energy vehicles" },
  { code: "C3660", zh: "汽车车身、挂车制造", en: "Bodies and trailers" },
  { code: "C3670", zh: "汽车零部件及配件制造", en: "Auto parts and accessories" },
  { code: "C38", zh: "电气机械和器材制造业", en: "Electrical machinery" },
  { code: "C3841", zh: "锂离子电池制造", en: "Lithium-ion batteries" },
  { code: "C39", zh: "计算机、通信和其他电子设备制造业", en: "Electronics" },
  { code: "C29", zh: "橡胶和塑料制品业", en: "Rubber and plastics" },
  { code: "C31", zh: "黑色金属冶炼和压延加工业", en: "Ferrous metals" },
  { code: "C32", zh: "有色金属冶炼和压延加工业", en: "Non-ferrous metals" },
] as const satisfies readonly Labelled[];

export const SIZE_CLASSES = [
  { code: "LARGE", zh: "大型", en: "Large" },
  { code: "MEDIUM", zh: "中型", en: "Medium" },
  { code: "SMALL", zh: "小型", en: "Small" },
  { code: "MICRO", zh: "微型", en: "Micro" },
] as const satisfies readonly Labelled[];
export const SIZE_CLASS_CODES = SIZE_CLASSES.map((size) => size.code) as [SizeClass, ...SizeClass[]];

/** A tag's name in one language; a code outside the list reads as itself. */
export const tagName = (code: string, language: "zh" | "en"): string =>
  ENTERPRISE_TAGS.find((tag) => tag.code === code)?.[language] ?? code;

/** A tag counts on `date` when its validity period covers it (an open end never expires). */
export function tagIsValidOn(tag: { validFrom: string; validTo: string | null }, date: string): boolean {
  return tag.validFrom <= date && (tag.validTo === null || tag.validTo >= date);
}
