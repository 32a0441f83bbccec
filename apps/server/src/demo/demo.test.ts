import { eq, inArray, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { attachments, enterprises, interestSubsidyClaims, loanApplications } from "../db/schema";
import { INTEREST_SUBSIDY_FORM_TEXT } from "../modules/forms/interest-subsidy-form";
import { RECOMMENDATION_FORM_TEXT } from "../modules/forms/recommendation-form";
import { pdfText } from "../testing/pdf-text";
import { type TestClient, useTestApp } from "../testing/test-app";

// Every document a newcomer can open in the demo: each record's form as the A4 print view and as a PDF
// whose text is the Chinese it shows, whatever the record went through to get there.
describe("the demo data: every form of every record renders, in HTML and in PDF", () => {
  const ctx = useTestApp({ demo: true });
  let admin: TestClient;

  beforeAll(async () => {
    admin = await ctx.signIn("platform.admin");
  });

  /** The print view and the PDF at `url`, each checked to be a 200 carrying every one of `texts`. */
  async function expectRendered(url: string, texts: string[]) {
    const html = await admin.get(url);
    expect(html.statusCode, html.body).toBe(200);
    expect(html.headers["content-type"]).toContain("text/html");
    for (const text of texts) expect(html.body).toContain(text);

    const pdf = await admin.get(`${url}?format=pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const printed = pdfText(pdf.rawPayload);
    expect(printed).not.toContain("\ufffd");
    for (const text of texts) expect(printed).toContain(text);
  }

  it("keeps 十堰's key-supported list with the demo enterprise that applies on it, shown as its tag", async () => {
    const list = (await admin.get("/api/v1/key-supported-list?region=420300")).json();
    const names = list.map((entry: { enterpriseName: string }) => entry.enterpriseName);
    // The demo enterprise and every other 十堰 enterprise (2, 4, … 24), as the registry's tag had it.
    expect(names).toHaveLength(13);
    expect(names).toContain("十堰精工汽车零部件有限公司");
    const tagged = (await admin.get("/api/v1/enterprises?tag=CITY_AUTO_KEY&pageSize=100")).json();
    expect(tagged.items.map((e: { name: string }) => e.name).sort()).toEqual([...names].sort());
    const applicant = list.find(
      (entry: { enterpriseName: string }) => entry.enterpriseName === "十堰精工汽车零部件有限公司",
    );
    const eligibility = await admin.post("/api/v1/programmes/SHIYAN-CHANLIAN/eligibility", {
      enterpriseId: applicant.enterpriseId,
      supplyChainCategory: "ASSEMBLY_SUPPLIER",
      amount: "1000000.00",
      termMonths: 12,
      loanUse: "WORKING_CAPITAL",
    });
    // Every rule passes for the demo enterprise's application, this one included.
    expect(eligibility.json().checks.filter((check: { passed: boolean }) => !check.passed)).toEqual([]);
  });

  it("prints every application's 推荐表 with what its enterprise filled in", async () => {
    const rows = await ctx.database.db
      .select({ id: loanApplications.id, form: loanApplications.form, enterpriseName: enterprises.name })
      .from(loanApplications)
      .innerJoin(enterprises, eq(enterprises.id, loanApplications.enterpriseId))
      // A draft is its enterprise's alone until submitted; nobody else may print it.
      .where(ne(loanApplications.status, "DRAFT"));
    expect(rows).not.toHaveLength(0);
    for (const { id, form, enterpriseName } of rows) {
      const { legalRepresentative, mainBusiness } = form as Record<string, string>;
      expect(legalRepresentative).toBeTruthy();
      await expectRendered(`/api/v1/applications/${id}/recommendation-form`, [
        RECOMMENDATION_FORM_TEXT.title,
        enterpriseName,
        legalRepresentative ?? "",
        mainBusiness ?? "",
      ]);
    }
  });

  it("prints every interest-subsidy claim's 贴息表", async () => {
    const rows = await ctx.database.db
      .select({ id: interestSubsidyClaims.id, enterpriseName: enterprises.name })
      .from(interestSubsidyClaims)
      .innerJoin(enterprises, eq(enterprises.id, interestSubsidyClaims.enterpriseId));
    expect(rows).not.toHaveLength(0);
    for (const { id, enterpriseName } of rows) {
      await expectRendered(`/api/v1/interest-subsidy/claims/${id}/form`, [
        INTEREST_SUBSIDY_FORM_TEXT.title,
        enterpriseName,
      ]);
    }
  });

  it("serves every attached voucher as a PDF with its Chinese text", async () => {
    const rows = await ctx.database.db.select().from(attachments);
    expect(rows).not.toHaveLength(0);
    for (const { id, filename, contentType } of rows) {
      expect(contentType).toBe("application/pdf");
      const response = await admin.get(`/api/v1/attachments/${id}/content`);
      expect(response.statusCode, response.body).toBe(200);
      const printed = pdfText(response.rawPayload);
      expect(printed).toContain(`${filename.replace(/\.pdf$/, "")}（演示样张）`);
    }
  });

  it("tells one story of every disbursed loan: its status and its ledger agree", async () => {
    const rows = await ctx.database.db
      .select({ id: loanApplications.id, status: loanApplications.status })
      .from(loanApplications)
      .where(inArray(loanApplications.status, ["DISBURSED", "SETTLED"]));
    expect(rows).not.toHaveLength(0);
    for (const { id, status } of rows) {
      const { position, events } = (await admin.get(`/api/v1/applications/${id}/loan`)).json();
      expect(position.status, `${status} ${id}`).not.toBe("NOT_DISBURSED");
      expect(events[0]).toMatchObject({ number: 1, type: "DISBURSEMENT" });
    }
  });

  it("keeps seeded history on its story's dates: the May-2026 claim's payment is 2026's, made in May", async () => {
    const guarantor = await ctx.signIn("danbao.reviewer");
    const { items } = (await guarantor.get("/api/v1/fund-payments?kind=INTEREST_SUBSIDY")).json();
    const claimPayment = items.find((payment: { title: string }) => payment.title.includes("企业申请"));
    expect(claimPayment).toMatchObject({ year: 2026, createdOn: "2026-05-20" });
    expect(claimPayment.title).toMatch(/^2026年/);
    const detail = (await guarantor.get(`/api/v1/fund-payments/${claimPayment.id}`)).json();
    expect(detail.history.map((step: { businessDate: string }) => step.businessDate)).toEqual([
      "2026-05-20",
      "2026-05-20",
    ]);
  });

  // Loans imported before the factory filled their 推荐表 are stored with an empty form.
  it.each([
    ["十堰", "4203"],
    ["重庆", "50"],
  ])(
    "shows %s's financing demands and claims in every state, and its October whitelist batch",
    async (_city, prefix) => {
      const demands = (await admin.get("/api/v1/financing-demands")).json() as {
        regionCode: string;
        status: string;
        batchNumber: number | null;
        product: { institutionName: string } | null;
        claims: { state: string; orgName: string; rating: number | null }[];
      }[];
      const mine = demands.filter((demand) => demand.regionCode.startsWith(prefix));
      expect(new Set(mine.map((demand) => demand.status))).toEqual(
        new Set(["SUBMITTED", "ADMITTED", "DECLINED"]),
      );
      const states = new Set(mine.flatMap((demand) => demand.claims.map((claim) => claim.state)));
      expect(states).toEqual(
        new Set(["PUSHED", "CLAIMED", "CONTACTED", "APPROVED", "DECLINED", "FUNDED", "CLOSED", "RELEASED"]),
      );
      expect(mine.flatMap((demand) => demand.claims).find((claim) => claim.state === "CLOSED")?.rating).toBe(
        5,
      );
      expect(mine.filter((demand) => demand.batchNumber === 1).length).toBeGreaterThan(0);
      // 申请此产品: one asked for a product, pushed to that product's institution alone, which claimed it.
      const asked = mine.filter((demand) => demand.product !== null);
      expect(asked).toHaveLength(1);
      expect(asked[0]?.claims.map((claim) => [claim.orgName, claim.state])).toEqual([
        [asked[0]?.product?.institutionName, "CLAIMED"],
      ]);
    },
  );

  it("gives 十堰's PBOC branch three years of its banks' statistics: shares rising, one late, one correction", async () => {
    const pbc = await ctx.signIn("pbcsy.reviewer");
    const all = (await pbc.get("/api/v1/bank-statistics")).json() as {
      id: string;
      bankName: string;
      month: string;
      version: number;
      allLoansBalance: string;
      manufacturing: { balance: string };
    }[];
    const icbc = all.filter((row) => row.bankName === "中国工商银行十堰分行").reverse();
    expect(icbc).toHaveLength(36);
    expect(all.filter((row) => row.bankName === "湖北银行十堰分行")).toHaveLength(35);
    const share = (row: (typeof icbc)[number]) =>
      Number(row.manufacturing.balance) / Number(row.allLoansBalance);
    expect(share(icbc[0] as (typeof icbc)[number])).toBeLessThan(0.08);
    expect(share(icbc.at(-1) as (typeof icbc)[number])).toBeGreaterThan(0.095);
    const last = icbc.at(-1)?.month ?? "";
    const timeliness = (await pbc.get(`/api/v1/bank-statistics/timeliness?month=${last}`)).json();
    const statusOf = (t: { banks: { bankName: string; status: string }[] }) =>
      Object.fromEntries(t.banks.map((bank) => [bank.bankName, bank.status]));
    expect(statusOf(timeliness).中国工商银行十堰分行).toBe("ON_TIME");
    expect(["MISSING", "NOT_YET_DUE"]).toContain(statusOf(timeliness).湖北银行十堰分行);
    const before = icbc.at(-2)?.month ?? "";
    const earlier = (await pbc.get(`/api/v1/bank-statistics/timeliness?month=${before}`)).json();
    expect(statusOf(earlier).湖北银行十堰分行).toBe("LATE");
    const corrected = icbc.find((row) => row.version === 2);
    const detail = (await pbc.get(`/api/v1/bank-statistics/${corrected?.id}`)).json();
    expect(detail.versions.map((v: { reason: string | null }) => v.reason)).toEqual([
      null,
      "漏报票据贴现形成的制造业贷款,更正余额",
    ]);
  });

  it("prints an application with no 推荐表 on file as the form with blank cells", async () => {
    const [row] = await ctx.database.db.select({ id: loanApplications.id }).from(loanApplications).limit(1);
    await ctx.database.db
      .update(loanApplications)
      .set({ form: {} })
      .where(eq(loanApplications.id, row?.id ?? ""));
    const url = `/api/v1/applications/${row?.id}/recommendation-form`;
    const html = await admin.get(url);
    expect(html.statusCode, html.body).toBe(200);
    expect(html.body).not.toMatch(/undefined|null/);
    expect(html.body).toContain(`<td class="text" colspan="9"></td>`);
    const pdf = await admin.get(`${url}?format=pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(RECOMMENDATION_FORM_TEXT.productsAndPartners);
  });

  it("leaves the current pilot-city batch with work for the city, 湖北 and the ministry", async () => {
    const city = await ctx.signIn("applicant.operator");
    const [own] = (await city.get("/api/v1/pilot-applications")).json();
    expect(own).toMatchObject({
      status: "DRAFT",
      batchName: expect.stringContaining("产融合作试点城市申报"),
    });
    expect(Object.keys(own.draft.indicators)).toHaveLength(5);
    const hubei = await ctx.signIn("province.reviewer");
    const [xiangyang] = (await hubei.get("/api/v1/pilot-applications")).json();
    expect(xiangyang).toMatchObject({ applicantName: "襄阳市人民政府", status: "SUBMITTED" });
    const reviewed = (await hubei.get(`/api/v1/pilot-applications/${xiangyang.id}/review`)).json();
    expect(reviewed.opinions).toHaveLength(3);
    const miit = await ctx.signIn("miit.reviewer");
    const [mianyang] = (await miit.get("/api/v1/pilot-applications")).json();
    expect(mianyang).toMatchObject({
      applicantName: "绵阳市人民政府",
      status: "AT_MINISTRY",
      recommendationRank: 1,
    });
    const unit = (
      await miit.get(`/api/v1/pilot-batches/${mianyang.batchId}/recommending-units/510000`)
    ).json();
    expect(unit.confirmedOn).not.toBeNull();
  });
});
