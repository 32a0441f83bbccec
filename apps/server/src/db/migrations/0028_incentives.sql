CREATE TABLE "incentive_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"policy_id" uuid NOT NULL,
	"policy_version" integer NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"applicant_org_id" uuid NOT NULL,
	"stage" text,
	"base_fen" bigint,
	"amount_fen" bigint NOT NULL,
	"rules" jsonb NOT NULL,
	"working" jsonb NOT NULL,
	"payment_id" uuid NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incentive_applications_positive" CHECK ("incentive_applications"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "incentive_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid,
	"code" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_org" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"fund_id" uuid NOT NULL,
	"current_version" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"retired_by" uuid,
	"retired_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incentive_policy_versions" (
	"policy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"config" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incentive_policy_versions_policy_id_version_pk" PRIMARY KEY("policy_id","version")
);
--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_policy_id_incentive_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."incentive_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_applicant_org_id_organisations_id_fk" FOREIGN KEY ("applicant_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_payment_id_fund_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."fund_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_applications" ADD CONSTRAINT "incentive_applications_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_evidence" ADD CONSTRAINT "incentive_evidence_application_id_incentive_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."incentive_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_evidence" ADD CONSTRAINT "incentive_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_evidence" ADD CONSTRAINT "incentive_evidence_uploaded_by_org_organisations_id_fk" FOREIGN KEY ("uploaded_by_org") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_policies" ADD CONSTRAINT "incentive_policies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_policies" ADD CONSTRAINT "incentive_policies_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_policies" ADD CONSTRAINT "incentive_policies_retired_by_users_id_fk" FOREIGN KEY ("retired_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_policies" ADD CONSTRAINT "incentive_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_policy_versions" ADD CONSTRAINT "incentive_policy_versions_policy_id_incentive_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."incentive_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incentive_policy_versions" ADD CONSTRAINT "incentive_policy_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incentive_applications_policy_enterprise_idx" ON "incentive_applications" USING btree ("policy_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "incentive_applications_applicant_idx" ON "incentive_applications" USING btree ("applicant_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_applications_payment_key" ON "incentive_applications" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "incentive_evidence_application_idx" ON "incentive_evidence" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_policies_live_code_key" ON "incentive_policies" USING btree ("region_code","code") WHERE "incentive_policies"."retired_at" is null;