import {
  CLUSTERS_33618,
  COLLATERAL_KINDS,
  ENTERPRISE_TAGS,
  formatYuanGrouped,
  PRODUCT_CATEGORIES,
  PRODUCT_VERSION_STATES,
  parseYuan,
  rateAsPercent,
  SIZE_CLASSES,
} from "@chanrong/domain";
import type { Content } from "pdfmake/interfaces";
import { tablesWorkbook } from "../../platform/spreadsheets";
import { A4_PAGE, renderPdf } from "../forms/form-layout";
import type { ListedProduct, listPool } from "./products.service";

/** What the booklet and the sheets print of a product: its terms and its institution. */
type ProductTerms = Omit<ListedProduct, "id" | "orgId" | "regionCode" | "listedVersion" | "listedOn">;
type PoolProduct = Awaited<ReturnType<typeof listPool>>[number];

/** A catalogue as printed: its title, period and one section per category in the seed's order. */
export interface Booklet {
  title: string;
  regionName: string;
  periodFrom: string;
  periodTo: string;
  compiledOn: string;
  sections: { category: string; products: ListedProduct[] }[];
}

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

const labelOf = (list: readonly { code: string; zh: string }[], code: string) =>
  list.find((entry) => entry.code === code)?.zh ?? code;
const labels = (list: readonly { code: string; zh: string }[], codes: readonly string[], none: string) =>
  codes.length === 0 ? none : codes.map((code) => labelOf(list, code)).join("、");

export const categoryLabel = (code: string) => labelOf(PRODUCT_CATEGORIES, code);
const PRODUCT_TYPES: readonly { code: string; zh: string }[] = PRODUCT_CATEGORIES.flatMap(
  (category): readonly { code: string; zh: string }[] => category.types,
);
const typeLabel = (code: string) => labelOf(PRODUCT_TYPES, code);

/** "3.45%–5%", or 面议 when the institution states no rate. */
function rateRange(product: ProductTerms): string {
  if (product.rateMin === null || product.rateMax === null) return "面议";
  return product.rateMin === product.rateMax
    ? rateAsPercent(product.rateMin)
    : `${rateAsPercent(product.rateMin)}–${rateAsPercent(product.rateMax)}`;
}

const amountRange = (product: ProductTerms) =>
  `${formatYuanGrouped(parseYuan(product.amountMin))}–${formatYuanGrouped(parseYuan(product.amountMax))} 元`;
const termRange = (product: ProductTerms) =>
  product.termMinMonths === product.termMaxMonths
    ? `${product.termMinMonths} 个月`
    : `${product.termMinMonths}–${product.termMaxMonths} 个月`;

/** Whom the product is for, in one line: tags, clusters, sizes, industries, districts. */
function audience(product: ProductTerms): string {
  const parts = [
    product.tags.length ? `标签:${labels(ENTERPRISE_TAGS, product.tags, "")}` : "",
    product.clusters.length ? `“33618”集群:${labels(CLUSTERS_33618, product.clusters, "")}` : "",
    product.sizeClasses.length ? `规模:${labels(SIZE_CLASSES, product.sizeClasses, "")}` : "",
    product.industries.length ? `行业:${product.industries.join("、")}` : "",
    product.districts.length ? `区县:${product.districts.join("、")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join(";") : "辖区内各类企业";
}

/** The rows of one product, label and value, as the booklet and the workbook both show them. */
function productFacts(product: ProductTerms): [string, string][] {
  return [
    ["发布机构", product.institutionName],
    ["产品类型", typeLabel(product.type)],
    ["年利率(费率)", rateRange(product)],
    ["额度", amountRange(product)],
    ["期限", termRange(product)],
    ["担保方式", labels(COLLATERAL_KINDS, product.collateral, "—")],
    ["适用对象", audience(product)],
    ["申请材料", product.materials],
    ["产品说明", product.description || "—"],
    ["联系人", `${product.contactName} ${product.contactPhone}`],
  ];
}

function productBlock(product: ListedProduct, index: number): Content {
  return {
    unbreakable: true,
    margin: [0, 0, 0, 10],
    stack: [
      { text: `${index + 1}. ${product.name}`, bold: true, fontSize: 13, margin: [0, 0, 0, 4] },
      {
        table: {
          widths: [80, "*"],
          body: productFacts(product).map(([label, value]) => [{ text: label, color: "#555" }, value]),
        },
        layout: "lightHorizontalLines",
        fontSize: 10.5,
      },
    ],
  };
}

/** The A4 booklet: a cover, the contents with page numbers, then one section per category. */
export function catalogueBookletPdf(booklet: Booklet): Promise<Buffer> {
  const sections = booklet.sections.flatMap((section, i): Content[] => [
    {
      text: `${CHINESE_NUMERALS[i] ?? i + 1}、${categoryLabel(section.category)}(${section.products.length} 项)`,
      tocItem: true,
      fontSize: 16,
      bold: true,
      pageBreak: "before",
      margin: [0, 0, 0, 10],
    },
    ...section.products.map(productBlock),
  ]);
  return renderPdf({
    ...A4_PAGE,
    info: { title: booklet.title },
    footer: (page: number) => ({
      text: String(page),
      alignment: "center",
      fontSize: 9,
      margin: [0, 10, 0, 0],
    }),
    content: [
      { text: booklet.title, fontSize: 22, bold: true, alignment: "center", margin: [0, 200, 0, 20] },
      { text: booklet.regionName, fontSize: 14, alignment: "center", margin: [0, 0, 0, 6] },
      {
        text: `收录 ${booklet.periodFrom} 至 ${booklet.periodTo} 上架的金融产品`,
        alignment: "center",
        margin: [0, 0, 0, 6],
      },
      { text: `汇编日期:${booklet.compiledOn}`, alignment: "center" },
      {
        toc: {
          title: { text: "目录", fontSize: 18, bold: true, alignment: "center", margin: [0, 0, 0, 12] },
        },
        pageBreak: "before",
      },
      ...sections,
    ],
  });
}

const SHEET_COLUMNS = [
  { key: "category", header: "类别", width: 12 },
  { key: "name", header: "产品名称", width: 24 },
  ...[
    ["发布机构", 28],
    ["产品类型", 16],
    ["年利率(费率)", 14],
    ["额度", 24],
    ["期限", 12],
    ["担保方式", 24],
    ["适用对象", 40],
    ["申请材料", 40],
    ["产品说明", 40],
    ["联系人", 22],
  ].map(([header, width]) => ({ key: String(header), header: String(header), width: Number(width) })),
];

/** Products as rows of a sheet, the same facts the booklet prints. */
export function productRows(products: readonly ProductTerms[]): Record<string, string>[] {
  return products.map((product) => ({
    category: categoryLabel(product.category),
    name: product.name,
    ...Object.fromEntries(productFacts(product)),
  }));
}

/** The catalogue as a workbook: every product on one sheet, and one sheet per category. */
export function catalogueWorkbook(booklet: Booklet): Promise<Buffer> {
  return tablesWorkbook([
    {
      name: "全部产品",
      columns: SHEET_COLUMNS,
      rows: productRows(booklet.sections.flatMap((s) => s.products)),
    },
    ...booklet.sections.map((section) => ({
      name: categoryLabel(section.category),
      columns: SHEET_COLUMNS,
      rows: productRows(section.products),
    })),
  ]);
}

/** The pool's export: each product at its latest version, with the state of its 上架审核. */
export function poolWorkbook(products: readonly PoolProduct[]): Promise<Buffer> {
  return tablesWorkbook([
    {
      name: "产品池",
      columns: [
        { key: "state", header: "审核状态", width: 12 },
        { key: "version", header: "版本", width: 6 },
        { key: "listedOn", header: "上架日期", width: 12 },
        ...SHEET_COLUMNS,
      ],
      rows: products.map((product) => ({
        state:
          PRODUCT_VERSION_STATES.find((state) => state.code === product.latest.state)?.zh ??
          product.latest.state,
        version: String(product.latest.version),
        listedOn: product.listedOn ?? "",
        ...productRows([{ ...product.latest, institutionName: product.institutionName }])[0],
      })),
    },
  ]);
}

/** The supermarket's export: the filtered listed products. */
export function supermarketWorkbook(products: readonly ListedProduct[]): Promise<Buffer> {
  return tablesWorkbook([{ name: "金融产品超市", columns: SHEET_COLUMNS, rows: productRows(products) }]);
}
