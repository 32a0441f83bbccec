import type { ProductAction } from "@chanrong/domain";
import type { Database } from "../db/client";
import { compileCatalogue, publishCatalogue } from "../modules/products/catalogues.service";
import type { ProductInput } from "../modules/products/products.schemas";
import { createProduct, editProduct, takeStep } from "../modules/products/products.service";
import { actorOfUser } from "../platform/actor";
import { asOf } from "../platform/clock";

type DemoStep = ProductAction | "revise";

interface DemoProduct {
  /** The institution's demo user key (its users are `<key>.operator`). */
  org: string;
  bureau: string;
  input: Omit<ProductInput, "materials" | "description" | "contactName" | "contactPhone"> &
    Partial<ProductInput>;
  /** The steps it goes through, ending in the state the demo shows. */
  steps: DemoStep[];
}

const ANY = { tags: [], clusters: [], industries: [], sizeClasses: [], districts: [] };
const LOAN_TERMS = { rateMin: "0.0320", rateMax: "0.0480", termMinMonths: 6, termMaxMonths: 36 };
const LISTED: DemoStep[] = ["submit", "list"];

/** 十堰's and 重庆's institutions' products, in every state of the 上架审核. */
const DEMO_PRODUCTS: DemoProduct[] = [
  // 十堰
  {
    org: "icbc",
    bureau: "jxj",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "工银专精特新贷",
      category: "CREDIT",
      type: "SRDI_LOAN",
      amountMin: "500000",
      amountMax: "10000000",
      collateral: ["NONE", "INTELLECTUAL_PROPERTY"],
      tags: ["SRDI_CITY", "SRDI_PROVINCE", "LITTLE_GIANT"],
    },
    steps: LISTED,
  },
  {
    org: "icbc",
    bureau: "jxj",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "工银订单贷",
      category: "CREDIT",
      type: "ORDER_LOAN",
      amountMin: "200000",
      amountMax: "5000000",
      termMaxMonths: 12,
      collateral: ["ORDERS"],
      industries: ["C36"],
    },
    steps: [...LISTED, "revise", "submit"],
  },
  {
    org: "icbc",
    bureau: "jxj",
    input: {
      ...ANY,
      rateMin: null,
      rateMax: null,
      name: "工银科创债券承销",
      category: "BOND",
      type: "BOND_UNDERWRITING",
      amountMin: "50000000",
      amountMax: "500000000",
      termMinMonths: 36,
      termMaxMonths: 60,
      collateral: ["NONE"],
      sizeClasses: ["LARGE", "MEDIUM"],
    },
    steps: [],
  },
  // Two more loans for the same demands, targeted differently, so matching ranks them (issue 12 point 5).
  {
    org: "icbc",
    bureau: "jxj",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      rateMin: "0.0345",
      name: "工银设备更新贷",
      category: "CREDIT",
      type: "EQUIPMENT_ORDER_PLEDGE",
      amountMin: "1000000",
      amountMax: "10000000",
      collateral: ["EQUIPMENT"],
      industries: ["C36"],
      sizeClasses: ["SMALL", "MEDIUM"],
    },
    steps: LISTED,
  },
  {
    org: "icbc",
    bureau: "jxj",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      rateMin: "0.0395",
      rateMax: "0.0520",
      name: "工银制造业普惠信用贷",
      category: "CREDIT",
      type: "COMMERCIAL_VALUE_CREDIT",
      amountMin: "100000",
      amountMax: "10000000",
      collateral: ["NONE"],
    },
    steps: LISTED,
  },
  {
    org: "hbbank",
    bureau: "jxj",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "湖北银行应收账款融资",
      category: "SUPPLY_CHAIN",
      type: "RECEIVABLES_PLEDGE",
      amountMin: "100000",
      amountMax: "8000000",
      termMaxMonths: 12,
      collateral: ["RECEIVABLES"],
    },
    steps: LISTED,
  },
  {
    org: "hbbank",
    bureau: "jxj",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "湖北银行技改贷",
      category: "CREDIT",
      type: "TECH_RENOVATION_LOAN",
      amountMin: "1000000",
      amountMax: "20000000",
      termMaxMonths: 60,
      collateral: ["EQUIPMENT", "REAL_ESTATE"],
    },
    steps: ["submit", "return"],
  },
  {
    org: "hbbank",
    bureau: "jxj",
    input: {
      ...ANY,
      rateMin: "0.0150",
      rateMax: "0.0250",
      name: "湖北银行票据贴现",
      category: "SUPPLY_CHAIN",
      type: "BILL_DISCOUNT",
      amountMin: "10000",
      amountMax: "5000000",
      termMinMonths: 1,
      termMaxMonths: 12,
      collateral: ["NONE"],
    },
    steps: [...LISTED, "delist"],
  },
  {
    org: "danbao",
    bureau: "jxj",
    input: {
      ...ANY,
      rateMin: "0.0080",
      rateMax: "0.0150",
      name: "产供强链贷担保",
      category: "GUARANTEE",
      type: "FINANCING_GUARANTEE",
      amountMin: "500000",
      amountMax: "10000000",
      termMinMonths: 12,
      termMaxMonths: 36,
      collateral: ["GUARANTEE", "EQUIPMENT"],
      industries: ["C36", "C38"],
    },
    steps: LISTED,
  },
  {
    org: "fund",
    bureau: "jxj",
    input: {
      ...ANY,
      rateMin: null,
      rateMax: null,
      name: "十堰产业基金股权投资",
      category: "EQUITY",
      type: "EQUITY_INVESTMENT",
      amountMin: "5000000",
      amountMax: "50000000",
      termMinMonths: 36,
      termMaxMonths: 84,
      collateral: ["NONE"],
      tags: ["HIGH_TECH", "GAZELLE"],
    },
    steps: ["submit"],
  },
  // 重庆
  {
    org: "cqbank",
    bureau: "cqjxw",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "建行知识价值信用贷",
      category: "CREDIT",
      type: "KNOWLEDGE_VALUE_CREDIT",
      amountMin: "100000",
      amountMax: "5000000",
      collateral: ["NONE"],
      tags: ["TECH_SME", "HIGH_TECH"],
    },
    steps: LISTED,
  },
  {
    org: "cqbank",
    bureau: "cqjxw",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "建行渝链贷",
      category: "SUPPLY_CHAIN",
      type: "YULIANDAI",
      amountMin: "200000",
      amountMax: "30000000",
      termMaxMonths: 12,
      collateral: ["RECEIVABLES", "ORDERS"],
      clusters: ["NEV", "ELECTRONICS"],
    },
    steps: LISTED,
  },
  {
    org: "cqrcb",
    bureau: "cqjxw",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "渝农商专精特新贷",
      category: "CREDIT",
      type: "SRDI_LOAN",
      amountMin: "500000",
      amountMax: "10000000",
      collateral: ["NONE", "INTELLECTUAL_PROPERTY"],
      clusters: ["NEV", "NEW_ENERGY_STORAGE", "LIGHT_ALLOYS"],
    },
    steps: LISTED,
  },
  {
    org: "cqrcb",
    bureau: "cqjxw",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      name: "渝农商碳汇贷",
      category: "CREDIT",
      type: "CARBON_SINK_LOAN",
      amountMin: "300000",
      amountMax: "5000000",
      collateral: ["NONE"],
      clusters: ["GREEN_ENVIRONMENTAL"],
    },
    steps: ["submit", "return"],
  },
  {
    org: "cqrcb",
    bureau: "cqjxw",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      rateMin: "0.0355",
      name: "渝农商汽车电子设备贷",
      category: "CREDIT",
      type: "EQUIPMENT_ORDER_PLEDGE",
      amountMin: "500000",
      amountMax: "20000000",
      collateral: ["EQUIPMENT"],
      clusters: ["NEV", "ELECTRONICS"],
      sizeClasses: ["SMALL", "MEDIUM"],
    },
    steps: LISTED,
  },
  {
    org: "cqbank",
    bureau: "cqjxw",
    input: {
      ...ANY,
      ...LOAN_TERMS,
      rateMin: "0.0410",
      rateMax: "0.0550",
      name: "建行制造业普惠信用贷",
      category: "CREDIT",
      type: "COMMERCIAL_VALUE_CREDIT",
      amountMin: "100000",
      amountMax: "10000000",
      collateral: ["NONE"],
    },
    steps: LISTED,
  },
  {
    org: "cqdanbao",
    bureau: "cqjxw",
    input: {
      ...ANY,
      rateMin: "0.0080",
      rateMax: "0.0120",
      name: "技改专项贷担保",
      category: "GUARANTEE",
      type: "FINANCING_GUARANTEE",
      amountMin: "1000000",
      amountMax: "20000000",
      termMinMonths: 12,
      termMaxMonths: 36,
      collateral: ["GUARANTEE"],
    },
    steps: LISTED,
  },
  {
    org: "cqinsurer",
    bureau: "cqjxw",
    input: {
      ...ANY,
      rateMin: "0.0100",
      rateMax: "0.0300",
      name: "首台(套)重大技术装备保险",
      category: "INSURANCE",
      type: "FIRST_SET",
      amountMin: "1000000",
      amountMax: "100000000",
      termMinMonths: 12,
      termMaxMonths: 36,
      collateral: ["NONE"],
      clusters: ["SMART_EQUIPMENT", "NEV", "SMART_MANUFACTURING_EQUIPMENT"],
    },
    steps: LISTED,
  },
  {
    org: "cqinsurer",
    bureau: "cqjxw",
    input: {
      ...ANY,
      rateMin: "0.0150",
      rateMax: "0.0200",
      name: "小微企业贷款保证保险",
      category: "INSURANCE",
      type: "LOAN_GUARANTEE_INSURANCE",
      amountMin: "100000",
      amountMax: "3000000",
      termMinMonths: 6,
      termMaxMonths: 12,
      collateral: ["NONE"],
      sizeClasses: ["SMALL", "MICRO"],
    },
    steps: ["submit"],
  },
  {
    org: "cqleasing",
    bureau: "cqjxw",
    input: {
      ...ANY,
      rateMin: "0.0450",
      rateMax: "0.0650",
      name: "设备售后回租",
      category: "LEASING",
      type: "SALE_AND_LEASEBACK",
      amountMin: "1000000",
      amountMax: "50000000",
      termMinMonths: 24,
      termMaxMonths: 60,
      collateral: ["EQUIPMENT"],
    },
    steps: LISTED,
  },
  {
    org: "cqleasing",
    bureau: "cqjxw",
    input: {
      ...ANY,
      rateMin: "0.0500",
      rateMax: "0.0700",
      name: "智能产线直接租赁",
      category: "LEASING",
      type: "DIRECT_LEASE",
      amountMin: "2000000",
      amountMax: "30000000",
      termMinMonths: 24,
      termMaxMonths: 60,
      collateral: ["EQUIPMENT"],
    },
    steps: [],
  },
  {
    org: "cqfund",
    bureau: "cqjxw",
    input: {
      ...ANY,
      rateMin: null,
      rateMax: null,
      name: "产业母基金直投",
      category: "EQUITY",
      type: "EQUITY_INVESTMENT",
      amountMin: "10000000",
      amountMax: "100000000",
      termMinMonths: 36,
      termMaxMonths: 96,
      collateral: ["NONE"],
    },
    steps: [...LISTED, "delist"],
  },
];

const NOTES: Record<ProductAction, string | null> = {
  submit: null,
  list: "要素齐全,利率区间合理,同意上架",
  return: "请补充申请材料清单并明确适用企业范围",
  delist: "机构申请暂停办理该产品",
};

/**
 * The product pool as its users find it (issue 12): each institution's products in every state, listed in
 * October 2026 through the services, and 重庆's catalogue of the quarter published and pushed while
 * 十堰's is compiled awaiting publication.
 */
export async function seedProductsDemo(db: Database): Promise<void> {
  await asOf("2026-10-15", async () => {
    for (const demo of DEMO_PRODUCTS) {
      const institution = await actorOfUser(db, `${demo.org}.operator`);
      const bureau = await actorOfUser(db, `${demo.bureau}.reviewer`);
      const input: ProductInput = {
        materials: "营业执照、近两年财务报表、纳税证明、法定代表人身份证明",
        description: `${demo.input.name}:面向辖区制造业企业,线上申请、线下尽调。`,
        contactName: "产品经理",
        contactPhone: "023-60000000",
        ...demo.input,
      };
      let product = await createProduct(db, institution, input, null);
      for (const step of demo.steps) {
        product =
          step === "revise"
            ? await editProduct(
                db,
                institution,
                product.id,
                { ...input, amountMax: "8000000", version: product.version },
                null,
              )
            : await takeStep(
                db,
                step === "submit" ? institution : bureau,
                product.id,
                step,
                { version: product.version, note: NOTES[step] },
                null,
              );
      }
    }
  });
  await asOf("2026-11-01", async () => {
    const period = { periodFrom: "2026-10-01", periodTo: "2026-10-31" };
    const cq = await actorOfUser(db, "cqjxw.operator");
    const cqCatalogue = await compileCatalogue(
      db,
      cq,
      { title: "重庆市制造业金融产品汇编(2026年10月)", ...period },
      null,
    );
    await publishCatalogue(db, cq, cqCatalogue.id, null);
    await compileCatalogue(
      db,
      await actorOfUser(db, "jxj.operator"),
      { title: "十堰市制造业金融产品汇编(2026年10月)", ...period },
      null,
    );
  });
}
