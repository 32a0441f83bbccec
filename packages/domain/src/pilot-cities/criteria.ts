import type { Term, Terms } from "../vocabulary";

/** The four conditions of seed 001 §二, which the province and the ministry review against. */
export type PilotCondition = "COMMITMENT" | "FOUNDATION" | "PRACTICE" | "RECOVERY";

export interface ReviewCriterion {
  /** The clause of §二 it comes from. */
  clause: string;
  name: Term;
  /** The condition as the notice states it. */
  text: string;
}

export const PILOT_CONDITIONS: Readonly<Record<PilotCondition, ReviewCriterion>> = {
  COMMITMENT: {
    clause: "二(一)",
    name: { zh: "重视程度与保障", en: "Commitment and support" },
    text: "对产融合作工作高度重视,将产融合作列入本地重点工作,建立相关机构或工作机制,资源整合能力较强,安排相关专项资金,组织保障和政策保障有力,积极支持和参与国家产融合作平台建设。",
  },
  FOUNDATION: {
    clause: "二(二)",
    name: { zh: "产业与金融基础", en: "Industrial and financial base" },
    text: "产业基础能力较强,产业特色鲜明,产业链水平较高,金融资源较为丰富,金融科技发展条件良好,普惠金融和绿色金融发展初显成效,有效防范化解金融风险。",
  },
  PRACTICE: {
    clause: "二(三)",
    name: { zh: "做法亮点与成效", en: "Practice and results" },
    text: "产融合作相关做法亮点突出,金融支持制造业力度较大,战略性新兴产业、新型基础设施建设等重点领域的产融合作成效较为显著,积极应用工业大数据等赋能产融合作。",
  },
  RECOVERY: {
    clause: "二(四)",
    name: { zh: "疫情防控与复工复产", en: "Epidemic control and recovery" },
    text: "积极落实常态化疫情防控举措,支持企业复工复产,在做好\u201c六稳\u201d工作、落实\u201c六保\u201d任务等方面取得实效,有力保障经济社会秩序全面恢复。",
  },
};

export const PILOT_CONDITION_CODES = Object.keys(PILOT_CONDITIONS) as PilotCondition[];

/** The national and regional strategies an applicant may declare it serves (§一, first sentence). */
export type PilotStrategy =
  | "BEIJING_TIANJIN_HEBEI"
  | "YANGTZE_ECONOMIC_BELT"
  | "GREATER_BAY_AREA"
  | "WESTERN_DEVELOPMENT"
  | "NORTHEAST_REVITALISATION"
  | "RISE_OF_CENTRAL_CHINA"
  | "PRODUCTIVITY_LAYOUT"
  | "COMMENDED_FOR_RESULTS";

export const PILOT_STRATEGY_TERMS: Terms<PilotStrategy> = {
  BEIJING_TIANJIN_HEBEI: { zh: "京津冀协同发展", en: "Beijing–Tianjin–Hebei coordinated development" },
  YANGTZE_ECONOMIC_BELT: { zh: "长江经济带发展", en: "Yangtze River Economic Belt" },
  GREATER_BAY_AREA: { zh: "粤港澳大湾区建设", en: "Guangdong–Hong Kong–Macao Greater Bay Area" },
  WESTERN_DEVELOPMENT: { zh: "西部大开发", en: "Western development" },
  NORTHEAST_REVITALISATION: { zh: "东北振兴", en: "Revitalising the Northeast" },
  RISE_OF_CENTRAL_CHINA: { zh: "中部崛起", en: "Rise of Central China" },
  PRODUCTIVITY_LAYOUT: { zh: "符合国家重大生产力布局要求", en: "Fits the national productivity layout" },
  COMMENDED_FOR_RESULTS: {
    zh: "落实国家有关重大决策措施成效明显、国家明确予以表扬激励",
    en: "Commended by the State for carrying out major policies",
  },
};

/** The demonstration bases whose cities the notice encourages to apply (§一, second sentence). */
export type PilotBase =
  | "TRANSFORMATION_CITY"
  | "NEW_INDUSTRIALISATION_BASE"
  | "ADVANCED_MANUFACTURING_CLUSTER"
  | "EMERGENCY_INDUSTRY_BASE"
  | "SMALL_MICRO_INNOVATION_BASE";

export const PILOT_BASE_TERMS: Terms<PilotBase> = {
  TRANSFORMATION_CITY: { zh: "转型升级成效明显市州", en: "City with marked transformation results" },
  NEW_INDUSTRIALISATION_BASE: {
    zh: "国家新型工业化产业示范基地",
    en: "National new-industrialisation demonstration base",
  },
  ADVANCED_MANUFACTURING_CLUSTER: { zh: "先进制造业集群", en: "Advanced manufacturing cluster" },
  EMERGENCY_INDUSTRY_BASE: { zh: "应急产业示范基地", en: "Emergency industry demonstration base" },
  SMALL_MICRO_INNOVATION_BASE: {
    zh: "小型微型企业创业创新示范基地",
    en: "Small and micro enterprise innovation base",
  },
};

export const PILOT_STRATEGY_CODES = Object.keys(PILOT_STRATEGY_TERMS) as PilotStrategy[];
export const PILOT_BASE_CODES = Object.keys(PILOT_BASE_TERMS) as PilotBase[];
