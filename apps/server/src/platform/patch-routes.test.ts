import { beforeAll, describe, expect, it } from "vitest";
import { applicationBody, registerEligibleEnterprise } from "../testing/applications";
import { buildEnterpriseInput, usccFor } from "../testing/factories";
import { type TestClient, useTestApp } from "../testing/test-app";

type Resource = Record<string, unknown>;

/** How to exercise one PATCH route: a resource to edit, how to read it back, a new value per field. */
interface PatchCase {
  create(): Promise<string>;
  read(id: string): Promise<Resource>;
  /** A new, valid value for every field the route takes besides `version`. */
  values: Record<string, unknown>;
  /** Fields computed from a sent one, which may change with it. */
  derived?: Record<string, string[]>;
  /** Fields that instruct rather than store, so are not read back as sent (a password, a confirmation). */
  writeOnly?: string[];
  /**
   * Fields only another kind of the resource takes, each with how to create one that does (a department
   * is a provincial authority's, an institution kind a financial institution's).
   */
  createFor?: Record<string, () => Promise<string>>;
  /** Who edits, when not the platform admin (a draft is its enterprise's alone). */
  editor?: TestClient;
}

/** Never compared: they change with every successful write. */
const BOOKKEEPING = ["version", "updatedAt"];

const without = (resource: Resource, fields: string[]) =>
  Object.fromEntries(Object.entries(resource).filter(([key]) => !fields.includes(key)));

describe("a partial PATCH changes only what it sends (every PATCH route, one field at a time)", () => {
  const ctx = useTestApp();
  let admin: TestClient;
  let cases: Record<string, PatchCase>;

  beforeAll(async () => {
    admin = await ctx.signIn("platform.admin");
    const created = async (url: string, body: unknown) => {
      const response = await admin.post(url, body);
      if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
      return response.json().id as string;
    };
    const enterprise = (sequence: number) =>
      created(
        "/api/v1/enterprises",
        buildEnterpriseInput(
          {
            districtCode: "420303",
            tags: [{ tag: "CHAIN_LEADER", validFrom: "2025-01-01", validTo: null }],
            bankAccounts: [{ bankOrgId: ctx.orgs.icbc ?? null, bankName: "工商银行", accountNo: "42030001" }],
          },
          sequence,
        ),
      );
    const linkedEnterprise = await enterprise(9101);
    await registerEligibleEnterprise(ctx, 9104);
    const applicant = await ctx.signIn("enterprise.operator");
    // A second programme and guarantor the 张湾区 enterprise may choose.
    await admin.post("/api/v1/programmes/SHIYAN-CHANLIAN/copies", {
      code: "ZHANGWAN-CHANLIAN",
      name: "张湾区产供强链贷",
      regionCode: "420303",
      eligibleDistricts: ["420303"],
    });
    const secondGuarantor = await created("/api/v1/organisations", {
      name: "十堰第二融资担保有限公司",
      type: "GUARANTOR",
      regionCode: "420300",
    });
    cases = {
      "/api/v1/applications/{id}": {
        create: async () => {
          const response = await applicant.post("/api/v1/applications", applicationBody(ctx));
          if (response.statusCode !== 201) throw new Error(response.body);
          return response.json().id;
        },
        read: async (id) => {
          const detail = (await applicant.get(`/api/v1/applications/${id}`)).json();
          return {
            ...detail,
            programmeCode: detail.programme.code,
            bankOrgId: detail.bank.id,
            guarantorOrgId: detail.guarantor.id,
          };
        },
        values: {
          programmeCode: "ZHANGWAN-CHANLIAN",
          bankOrgId: ctx.orgs.hbbank,
          guarantorOrgId: secondGuarantor,
          amount: "2000000.00",
          termMonths: 18,
          loanUse: "WORKING_CAPITAL",
          supplyChainCategory: "VEHICLE_MAKER_SUPPLIER",
          form: {
            address: "十堰市张湾区东风大道 8 号",
            legalRepresentative: "赵立新",
            phone: "0719-8000000",
            contactName: "钱晓梅",
            contactPhone: "13907191111",
            mainBusiness: "驱动桥总成",
            productsAndPartners: "为东风商用车配套驱动桥。",
          },
        },
        derived: {
          programmeCode: ["programme"],
          bankOrgId: ["bank"],
          guarantorOrgId: ["guarantor"],
        },
        editor: applicant,
      },
      "/api/v1/enterprises/{id}": {
        create: () => enterprise(9102),
        read: async (id) => (await admin.get(`/api/v1/enterprises/${id}`)).json(),
        values: {
          uscc: usccFor("420303", 9103),
          name: "十堰改名精工有限公司",
          address: "十堰市东风大道 1 号",
          districtCode: "420302",
          legalRepresentative: "周海峰",
          contactName: "吴文静",
          contactPhone: "13800001111",
          establishedOn: "2010-06-15",
          industryCode: "C3841",
          mainBusiness: "动力电池",
          employees: 5,
          cluster: "NEV",
          totalAssets: "123456.78",
          ownership: "MIXED",
          revenues: [{ year: 2025, amount: "1000.00" }],
          tags: [{ tag: "HIGH_TECH", validFrom: "2025-06-01", validTo: null }],
          bankAccounts: [{ bankOrgId: ctx.orgs.hbbank, bankName: "湖北银行", accountNo: "42030002" }],
          usccConfirmedAsIssued: true,
        },
        derived: {
          districtCode: ["districtName"],
          employees: ["sizeClass"],
          revenues: ["sizeClass"],
        },
        // Only says that a code failing its check digit was really issued; this one passes it.
        writeOnly: ["usccConfirmedAsIssued"],
      },
      "/api/v1/organisations/{id}": {
        create: () =>
          created("/api/v1/organisations", {
            name: "十堰测试保险公司",
            type: "FINANCIAL_INSTITUTION",
            institutionKind: "INSURER",
            regionCode: "420300",
          }),
        read: async (id) =>
          (await admin.get("/api/v1/organisations")).json().find((org: { id: string }) => org.id === id),
        values: {
          name: "十堰测试融资租赁公司",
          institutionKind: "LEASING",
          department: "CSRC",
          // Becoming a bank clears the institution kind.
          type: "BANK",
          regionCode: "420303",
          enterpriseId: linkedEnterprise,
          payeeAccount: {
            accountName: "十堰测试融资租赁公司",
            bankName: "湖北银行十堰分行",
            accountNo: "6230012345678",
          },
          active: false,
        },
        derived: { type: ["institutionKind"] },
        createFor: {
          department: () =>
            created("/api/v1/organisations", {
              name: "湖北省测试监管局",
              type: "PROVINCE",
              department: "NFRA",
              regionCode: "420000",
            }),
        },
      },
      "/api/v1/users/{id}": {
        create: () =>
          created(`/api/v1/organisations/${ctx.orgs.icbc}/users`, {
            username: "patch.tester",
            displayName: "测试员",
            password: "Xiangyang-2027a",
            roles: ["operator"],
          }),
        read: async (id) =>
          (await admin.get(`/api/v1/organisations/${ctx.orgs.icbc}/users`))
            .json()
            .find((user: { id: string }) => user.id === id),
        values: {
          displayName: "改名测试员",
          roles: ["operator", "reviewer"],
          active: false,
          password: "Shiyan-2028b",
        },
        writeOnly: ["password"],
      },
    };
  });

  it("has a case for every PATCH route in the OpenAPI document, covering each of its fields", async () => {
    const document = (await admin.get("/api/openapi.json")).json();
    const patchRoutes = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .filter(([, operations]) => "patch" in operations)
      .map(([path]) => path);
    expect(patchRoutes.sort()).toEqual(Object.keys(cases).sort());
    for (const path of patchRoutes) {
      const schema = document.paths[path].patch.requestBody.content["application/json"].schema;
      const fields = Object.keys(schema.properties).filter((field) => field !== "version");
      expect(fields.sort(), path).toEqual(Object.keys(cases[path]?.values ?? {}).sort());
    }
  });

  it("leaves every other field as it was when one field is sent", async () => {
    for (const [path, patchCase] of Object.entries(cases)) {
      const shared = await patchCase.create();
      for (const [field, value] of Object.entries(patchCase.values)) {
        const create = patchCase.createFor?.[field];
        const id = create ? await create() : shared;
        const url = path.replace("{id}", id);
        const before = await patchCase.read(id);
        const editor = patchCase.editor ?? admin;
        const response = await editor.patch(url, { [field]: value, version: before.version });
        expect(response.statusCode, `${path} ${field}: ${response.body}`).toBe(200);
        const after = await patchCase.read(id);
        const ignored = [field, ...BOOKKEEPING, ...(patchCase.derived?.[field] ?? [])];
        expect(without(after, ignored), `${path} ${field}`).toEqual(without(before, ignored));
        if (!patchCase.writeOnly?.includes(field))
          expect({ [field]: after[field] }, `${path} ${field}`).toMatchObject({ [field]: value });
      }
    }
  });
});
