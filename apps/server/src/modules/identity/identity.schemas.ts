import { DEPARTMENTS, INSTITUTION_KIND_CODES } from "@chanrong/domain";
import { z } from "zod";
import { ORG_TYPES, ROLES } from "../../platform/actor";
import { isoDate, pageQuery, patchOf, text, versionField } from "../../platform/http";
import { schemaMessage } from "../../platform/language";
import { pageOf } from "../../platform/responses";

/* Requests ---------------------------------------------------------------------------------------- */

export const signInBody = z
  .object({ username: text({ max: 80 }), password: z.string().min(1).max(200) })
  .strict();

export const organisationsQuery = z
  .object({ type: z.enum(ORG_TYPES).optional(), q: text({ min: 0, max: 100 }).optional() })
  .strict();

const payeeAccountInput = z
  .object({
    accountName: text({ min: 2, max: 100 }),
    bankName: text({ min: 2, max: 100 }),
    accountNo: z
      .string()
      .regex(/^[0-9-]{8,32}$/, schemaMessage({ zh: "账号为 8–32 位数字", en: "8–32 digits" })),
  })
  .strict()
  .meta({ id: "PayeeAccount" });

export const organisationInput = z
  .object({
    name: text({ min: 2, max: 100 }),
    type: z.enum(ORG_TYPES),
    regionCode: z
      .string()
      .regex(/^\d{6}$/, schemaMessage({ zh: "6 位行政区划代码", en: "6-digit division code" })),
    enterpriseId: z.uuid().nullish(),
    institutionKind: z
      .enum(INSTITUTION_KIND_CODES)
      .nullish()
      .describe("What a FINANCIAL_INSTITUTION is (required for that type, absent for the others)"),
    department: z
      .enum(DEPARTMENTS)
      .nullish()
      .describe(
        "Which of the five lines a PROVINCE or MINISTRY is (required for those types, absent for the others)",
      ),
    payeeAccount: payeeAccountInput
      .nullish()
      .describe(
        "The account the special fund pays the organisation into (a guarantor's fee subsidies, compensations)",
      ),
  })
  .strict();

export const organisationPatch = patchOf(organisationInput)
  .extend({ active: z.boolean().optional(), version: versionField })
  .strict();

export const userInput = z
  .object({
    username: z.string().regex(
      /^[a-z0-9][a-z0-9._-]{2,39}$/,
      schemaMessage({
        zh: "3–40 位小写字母、数字、点、下划线或连字符",
        en: "3–40 lowercase letters, digits, . _ -",
      }),
    ),
    displayName: text({ max: 60 }),
    password: z.string().max(200),
    roles: z.array(z.enum(ROLES)).min(1),
  })
  .strict();

export const userPatch = z
  .object({
    displayName: userInput.shape.displayName.optional(),
    roles: userInput.shape.roles.optional(),
    active: z.boolean().optional(),
    password: userInput.shape.password.optional(),
    version: versionField,
  })
  .strict();

export const apiKeyInput = z.object({ name: text({ min: 2, max: 60 }) }).strict();

export const auditQuery = z
  .object({
    actorUsername: text({ min: 0, max: 80 }).optional(),
    orgId: z.uuid().optional(),
    action: text({ min: 0, max: 80 }).optional(),
    entityType: text({ min: 0, max: 40 }).optional(),
    entityId: text({ min: 0, max: 80 }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    ...pageQuery,
  })
  .strict();

/* Responses: no password hash, session token or API-key hash is ever named here ------------------ */

/** An answer with no body (204). */
export const noContent = z.null().describe("无内容 (no content)");

// Stored as text: the answers name the vocabulary without refusing to show a row that strays from it.
const orgType = z.string().describe(`One of ${ORG_TYPES.join(", ")}`);
const roles = z.array(z.string().describe(`One of ${ROLES.join(", ")}`));

export const signInResponse = z.object({
  csrfToken: z
    .string()
    .describe("Send it back in the X-CSRF-Token header on every write; the session itself is the cookie"),
});

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles,
  }),
  organisation: z.object({
    id: z.string(),
    name: z.string(),
    type: orgType,
    regionCode: z.string(),
    enterpriseId: z.string().nullable(),
    department: z.enum(DEPARTMENTS).nullable(),
  }),
  csrfToken: z.string().nullable(),
  today: z.string().describe("The platform's business date (YYYY-MM-DD; a demo may pin it)"),
  listsInUse: z
    .object({ keySupportedList: z.boolean(), negativeList: z.boolean() })
    .describe("Whether a loan programme over or inside the organisation's region uses each list"),
});

export type MeResponse = z.infer<typeof meResponse>;

export const regionsResponse = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    parentCode: z.string().nullable(),
    level: z.string(),
  }),
);

/** A bank's or guarantor's entry in the directories every signed-in user may read. */
export const directoryResponse = z
  .array(z.object({ id: z.string(), name: z.string(), type: orgType, regionCode: z.string() }))
  .meta({ id: "OrganisationDirectory" });

export const organisationResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    type: orgType,
    regionCode: z.string(),
    enterpriseId: z.string().nullable(),
    institutionKind: z.enum(INSTITUTION_KIND_CODES).nullable(),
    department: z.enum(DEPARTMENTS).nullable(),
    payeeAccount: z
      .object({ accountName: z.string(), bankName: z.string(), accountNo: z.string() })
      .nullable(),
    active: z.boolean(),
    createdAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: "Organisation" });

export const userResponse = z
  .object({
    id: z.string(),
    orgId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles,
    active: z.boolean(),
    lockedUntil: z
      .date()
      .nullable()
      .describe("When the lock after repeated failed sign-ins ends, while it holds"),
    createdAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: "User" });

/** A key as listed: its first characters only, never the key or its hash. */
export const apiKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  createdBy: z.string().describe("The username of the admin who created it; the key acts as that user"),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
});

/** A key just created: the only answer that carries the key itself. */
export const createdApiKeyResponse = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  key: z.string(),
});

export const auditEntry = z
  .object({
    id: z.number().int(),
    at: z.date(),
    actorUserId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    actorOrgId: z.string().nullable(),
    actorOrgName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    subject: z
      .string()
      .nullable()
      .describe(
        "The object's name as it is now (enterprise, application's enterprise and programme, payment title …)",
      ),
    before: z.unknown().describe("The entity as it was, as recorded (JSON)"),
    after: z.unknown().describe("The entity as it became, or what the action recorded (JSON)"),
    ip: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });

export const auditPage = pageOf(auditEntry).meta({ id: "AuditLogPage" });
