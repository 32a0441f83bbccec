import { type OutlineSection, PILOT_INDICATORS, PLAN_OUTLINE } from "@chanrong/domain";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { organisations, users } from "../db/schema";
import { multipartFile } from "./multipart";
import type { TestClient } from "./test-app";

/** Seed 001: the second batch, notice of 2020-07-22, cities by 2020-08-31, provinces by 2020-09-15. */
export const SECOND_BATCH = {
  number: 2,
  name: "第二批产融合作试点城市",
  documentNumber: "工信部联财函〔2020〕161号",
  opensOn: "2020-07-22",
  applicationDeadline: "2020-08-31",
  provincialDeadline: "2020-09-15",
};

export const PDF = Buffer.concat([
  Buffer.from("%PDF-1.7\n"),
  Buffer.alloc(512, 0x20),
  Buffer.from("\n%%EOF\n"),
]);

const leaves = (sections: readonly OutlineSection[]): string[] =>
  sections.flatMap((section) => (section.children ? leaves(section.children) : [section.code]));

/** A plan of 2021–2023 with every section of the outline written. */
export const COMPLETE_PLAN = {
  periodStart: "2021-01-01",
  periodEnd: "2023-12-31",
  sections: Object.fromEntries(
    leaves(PLAN_OUTLINE).map((code) => [code, `第${code}节:丹江口市的做法和目标。`]),
  ),
};

/** Every indicator for the 2020 batch's actual years and the plan's last target year. */
export const COMPLETE_INDICATORS = Object.fromEntries(
  PILOT_INDICATORS.map((definition) => [
    definition.code,
    { "2017": "10", "2018": "11", "2019": "12", "target-2023": "15" },
  ]),
);

export const json = (response: { json(): unknown }) => response.json() as Record<string, unknown>;

/** Uploads a file to `url` as multipart, with plain fields before it. */
export function uploadTo(client: TestClient, url: string, filename: string, content: Buffer, fields = {}) {
  const type = filename.endsWith(".xlsx")
    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    : "application/pdf";
  const { payload, headers } = multipartFile("file", filename, content, type, fields);
  return client.request({ method: "POST", url, payload, headers });
}

/** A city's complete application, submitted: its id. */
export async function submittedApplication(city: TestClient, batchId: string): Promise<string> {
  const created = await city.post("/api/v1/pilot-applications", { batchId });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = json(created).id as string;
  const base = `/api/v1/pilot-applications/${id}`;
  const steps = [
    await uploadTo(city, `${base}/documents`, "申报文件.pdf", PDF, { kind: "APPLICATION" }),
    await city.put(`${base}/plan`, COMPLETE_PLAN),
    await city.put(`${base}/indicators`, { values: COMPLETE_INDICATORS }),
    await city.put(`${base}/declarations`, { strategies: ["YANGTZE_ECONOMIC_BELT"], bases: [] }),
    await city.post(`${base}/submission`),
  ];
  const failed = steps.find((step) => step.statusCode >= 300);
  if (failed) throw new Error(failed.body);
  return id;
}

const FIVE = ["province", "hbczt", "hbpbc", "hbnfra", "hbcsrc"] as const;
export const HUBEI_DEPARTMENTS = FIVE.map((key) => `${key}.reviewer`);

/** 湖北's five departments agree, and its 工信 department scores: ready to be recommended. */
export async function reviewedByHubei(departments: TestClient[], id: string) {
  for (const department of departments) {
    const opinion = await department.put(`/api/v1/pilot-applications/${id}/opinion`, {
      agrees: true,
      opinion: "同意推荐。",
    });
    if (opinion.statusCode !== 200) throw new Error(opinion.body);
  }
  const scored = await departments[0]?.put(`/api/v1/pilot-applications/${id}/provincial-scores`, {
    scores: { COMMITMENT: "8", FOUNDATION: "8", PRACTICE: "9", RECOVERY: "7" },
  });
  if (scored?.statusCode !== 200) throw new Error(scored?.body);
}

/** Another applicant city, with an operator `<key>.operator` signing in with the demo password. */
export async function addCityApplicant(db: Database, key: string, name: string, regionCode: string) {
  const [template] = await db.select().from(users).where(eq(users.username, "applicant.operator"));
  if (!template) throw new Error("no applicant.operator to copy");
  const [org] = await db
    .insert(organisations)
    .values({ name, type: "CITY_APPLICANT", regionCode })
    .returning();
  if (!org) throw new Error("no organisation");
  await db.insert(users).values({
    orgId: org.id,
    username: `${key}.operator`,
    displayName: `${name}经办人`,
    passwordHash: template.passwordHash,
    roles: ["operator"],
  });
}
