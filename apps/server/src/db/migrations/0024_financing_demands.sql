CREATE TABLE "financing_demand_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"number" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"published_on" date DEFAULT (now() at time zone 'Asia/Shanghai')::date NOT NULL,
	"published_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financing_demand_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"pushed_on" date NOT NULL,
	"claimed_on" date,
	"due_on" date,
	"reminded_on" date,
	"approved_amount_fen" bigint,
	"approved_rate" text,
	"approved_term_months" integer,
	"credit_amount_fen" bigint,
	"funded_amount_fen" bigint,
	"funded_on" date,
	"funded_rate" text,
	"decline_reason" text,
	"rating" integer,
	"rating_comment" text
);
--> statement-breakpoint
CREATE TABLE "financing_demand_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"claim_id" uuid,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"actor_org_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"business_date" date DEFAULT (now() at time zone 'Asia/Shanghai')::date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financing_demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_months" integer NOT NULL,
	"purpose" text NOT NULL,
	"collateral" text[] NOT NULL,
	"key_project" text,
	"urgency" text NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"policy_note" text,
	"decline_reason" text,
	"officer_user_id" uuid,
	"open_to_all" boolean,
	"settings" jsonb,
	"active_claims" integer DEFAULT 0 NOT NULL,
	"batch_id" uuid,
	"posted_by" uuid NOT NULL,
	"posted_on" date DEFAULT (now() at time zone 'Asia/Shanghai')::date NOT NULL,
	"decided_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financing_demands_amount_positive" CHECK ("financing_demands"."amount_fen" > 0),
	CONSTRAINT "financing_demands_active_claims_range" CHECK ("financing_demands"."active_claims" >= 0)
);
--> statement-breakpoint
CREATE TABLE "marketplace_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "financing_demand_batches" ADD CONSTRAINT "financing_demand_batches_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demand_claims" ADD CONSTRAINT "financing_demand_claims_demand_id_financing_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."financing_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demand_claims" ADD CONSTRAINT "financing_demand_claims_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demand_events" ADD CONSTRAINT "financing_demand_events_demand_id_financing_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."financing_demands"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demand_events" ADD CONSTRAINT "financing_demand_events_claim_id_financing_demand_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."financing_demand_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demand_events" ADD CONSTRAINT "financing_demand_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demand_events" ADD CONSTRAINT "financing_demand_events_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD CONSTRAINT "financing_demands_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD CONSTRAINT "financing_demands_officer_user_id_users_id_fk" FOREIGN KEY ("officer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD CONSTRAINT "financing_demands_batch_id_financing_demand_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."financing_demand_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD CONSTRAINT "financing_demands_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketplace_settings" ADD CONSTRAINT "marketplace_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "financing_demand_batches_number_key" ON "financing_demand_batches" USING btree ("region_code","number");--> statement-breakpoint
CREATE UNIQUE INDEX "financing_demand_claims_demand_org_key" ON "financing_demand_claims" USING btree ("demand_id","org_id");--> statement-breakpoint
CREATE INDEX "financing_demand_claims_org_idx" ON "financing_demand_claims" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "financing_demand_claims_due_idx" ON "financing_demand_claims" USING btree ("state","due_on");--> statement-breakpoint
CREATE INDEX "financing_demand_events_demand_idx" ON "financing_demand_events" USING btree ("demand_id","id");--> statement-breakpoint
CREATE INDEX "financing_demands_region_idx" ON "financing_demands" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "financing_demands_enterprise_idx" ON "financing_demands" USING btree ("enterprise_id");