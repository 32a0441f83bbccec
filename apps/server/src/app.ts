import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DatabaseHandle } from "./db/client";
import { currentMigration } from "./db/migrate";
import { registerApplicationRoutes } from "./modules/applications/applications.routes";
import { registerAttachmentRoutes } from "./modules/applications/attachments.routes";
import { registerNotificationRoutes } from "./modules/applications/notifications.routes";
import { registerBridgeLoanRoutes } from "./modules/bridge-loans/bridge-loans.routes";
import { registerCalculatorRoutes } from "./modules/calculators/calculators.routes";
import { registerCalendarRoutes } from "./modules/calendar/calendar.routes";
import { registerDefaultRoutes } from "./modules/default-cases/default-cases.routes";
import { registerDemandRoutes } from "./modules/demands/demands.routes";
import { registerEnterpriseRoutes } from "./modules/enterprises/enterprises.routes";
import { registerEventRoutes } from "./modules/events/events.routes";
import { registerFeeSubsidyRoutes } from "./modules/fee-subsidy/fee-subsidy.routes";
import { registerIdentityRoutes } from "./modules/identity/identity.routes";
import { registerIncentiveRoutes } from "./modules/incentives/incentives.routes";
import { registerInterestSubsidyRoutes } from "./modules/interest-subsidy/interest-subsidy.routes";
import { registerLedgerRoutes } from "./modules/ledger/ledger.routes";
import { registerListingPipelineRoutes } from "./modules/listing-pipeline/listing-pipeline.routes";
import { registerMatchingRoutes } from "./modules/matching/matching.routes";
import { registerMonitoringRoutes } from "./modules/monitoring/bank-statistics/bank-statistics.routes";
import { registerDashboardRoutes } from "./modules/monitoring/dashboard/dashboard.routes";
import { registerIndicatorRoutes } from "./modules/monitoring/indicators/indicators.routes";
import { registerQuarterlyFigureRoutes } from "./modules/monitoring/quarterly-figures/quarterly-figures.routes";
import { registerPaymentRoutes } from "./modules/payments/payments.routes";
import { registerPilotCityRoutes } from "./modules/pilot-cities/batches/batches.routes";
import { registerMinistryReviewRoutes } from "./modules/pilot-cities/ministry-review/ministry-review.routes";
import { registerPilotListRoutes } from "./modules/pilot-cities/pilot-list/pilot-list.routes";
import { registerPilotProgressRoutes } from "./modules/pilot-cities/progress/progress-reports.routes";
import { registerPilotRenewalRoutes } from "./modules/pilot-cities/renewals/renewals.routes";
import { registerProductRoutes } from "./modules/products/products.routes";
import { registerProgrammeRoutes } from "./modules/programmes/programmes.routes";
import { registerReportRoutes } from "./modules/reports/reports.routes";
import { registerSupplyChainFinanceRoutes } from "./modules/supply-chain-finance/supply-chain-finance.routes";
import { registerWorkbenchRoutes } from "./modules/workbench/workbench.routes";
import { registerAuthentication } from "./platform/auth/authentication";
import { registerErrorHandling, sendFrameworkError } from "./platform/errors";
import type { FileStorage } from "./platform/files/storage";
import { registerIdempotency } from "./platform/idempotency";
import { openApiTransformObject } from "./platform/openapi";
import { registerWebApp } from "./platform/web-app";

export interface AppOptions {
  database: DatabaseHandle;
  /** Directory of the built web app to serve at "/", or null for the API alone. */
  webDist?: string | null;
  logger?: boolean;
  /** Where attachments are kept (a local directory by default). */
  storage: FileStorage;
  trustProxy?: boolean;
  /** Session cookies are Secure whatever the request's protocol (TLS ends at a proxy). */
  secureCookies?: boolean;
}

/** JSON request bodies larger than this are refused with 413 (uploads have their own limit). */
export const BODY_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const app = Fastify({
    logger: options.logger ? { level: "info" } : false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors: sendFrameworkError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        // Ant Design injects its CSS-in-JS styles at run time; the docs UI needs inline scripts.
        "style-src": ["'self'", "'unsafe-inline'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
      },
    },
  });
  // API answers are one user's data and change with every write, so no cache may keep them;
  // static files (the web app, the docs UI) set their own caching.
  app.addHook("onSend", async (_request, reply) => {
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 10 } });
  // Counted in each instance's memory (the plugin's store: a bounded LRU map per route), so a request
  // pays no database write; a limit is therefore per instance (ADR 020). Sign-in limits are shared.
  await app.register(fastifyRateLimit, {
    global: false,
    // The error handler words the refusal in the caller's language from the seconds to wait.
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      retryAfterSeconds: Math.ceil(context.ttl / 1000),
      message: "rate limited",
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "产融通 Chanrong API",
        description:
          "Industry–finance cooperation platform. Amounts are decimal strings in yuan; dates ISO YYYY-MM-DD. " +
          "Errors are application/problem+json with field-level `errors`.",
        version: "1.0.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "chanrong_sid" },
          apiKey: { type: "http", scheme: "bearer", description: "An organisation's API key (ADR 009)" },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Writes what routes share once, under components: the schemas with an id (Problem, PilotApplication …)
    // and the shared answers (problems, a workbook download …); see platform/openapi.ts.
    transformObject: openApiTransformObject,
  });
  // The API documentation is public, like the calculators it documents.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/docs")) route.config = { ...route.config, public: true };
  });
  // Each operation says how to call it: public ones need nothing, the others a session, and those a
  // bank's system may call (config.apiKey) an API key too.
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || !route.schema || route.schema.hide) return;
    const callers: Record<string, string[]>[] = [
      { session: [] },
      ...(route.config?.apiKey ? [{ apiKey: [] }] : []),
    ];
    const security: Record<string, string[]>[] = route.config?.public ? [] : callers;
    route.schema = { ...route.schema, security };
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  registerAuthentication(app, database.db);
  registerIdempotency(app, database.db);

  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get(
    "/api/health",
    {
      config: { public: true },
      schema: {
        tags: ["platform"],
        summary: "Liveness, database kind and migration",
        response: {
          200: z.object({
            status: z.literal("ok"),
            database: z.enum(["pglite", "postgresql"]),
            migration: z.string().nullable().describe("The latest migration applied (null if unknown)"),
          }),
        },
      },
    },
    async () => ({
      status: "ok",
      database: database.kind,
      migration: await currentMigration(database),
    }),
  );

  registerIdentityRoutes(app, database.db, { secureCookies: options.secureCookies ?? false });
  registerEnterpriseRoutes(app, database.db);
  registerProgrammeRoutes(app, database.db);
  registerCalendarRoutes(app, database.db);
  registerApplicationRoutes(app, database.db);
  registerNotificationRoutes(app, database.db);
  registerWorkbenchRoutes(app, database.db);
  registerAttachmentRoutes(app, database.db, options.storage);
  registerLedgerRoutes(app, database.db);
  registerPaymentRoutes(app, database.db);
  registerInterestSubsidyRoutes(app, database.db);
  registerReportRoutes(app, database.db);
  registerFeeSubsidyRoutes(app, database.db);
  registerDefaultRoutes(app, database.db);
  registerEventRoutes(app, database.db);
  registerListingPipelineRoutes(app, database.db);
  registerMonitoringRoutes(app, database.db);
  registerQuarterlyFigureRoutes(app, database.db);
  registerIndicatorRoutes(app, database.db);
  registerDashboardRoutes(app, database.db);
  registerProductRoutes(app, database.db);
  registerDemandRoutes(app, database.db);
  registerMatchingRoutes(app, database.db);
  registerIncentiveRoutes(app, database.db, options.storage);
  registerPilotCityRoutes(app, database.db, options.storage);
  registerPilotProgressRoutes(app, database.db);
  registerPilotRenewalRoutes(app, database.db);
  registerMinistryReviewRoutes(app, database.db);
  registerPilotListRoutes(app, database.db);
  registerCalculatorRoutes(app, database.db);
  registerSupplyChainFinanceRoutes(app, database.db);
  registerBridgeLoanRoutes(app, database.db, options.storage);

  await registerWebApp(app, options.webDist);
  return app;
}
