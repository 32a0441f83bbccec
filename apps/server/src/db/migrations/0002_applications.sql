CREATE TABLE "application_clocks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"clock" text NOT NULL,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"stopped_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "application_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"parties" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"opinion" text,
	"reason" text,
	"details" jsonb,
	"actor_user_id" uuid NOT NULL,
	"actor_org_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loan_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"programme_version" integer NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"bank_org_id" uuid NOT NULL,
	"guarantor_org_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_months" integer NOT NULL,
	"loan_use" text NOT NULL,
	"supply_chain_category" text,
	"form" jsonb NOT NULL,
	"status" text NOT NULL,
	"bank_review" text NOT NULL,
	"guarantor_review" text NOT NULL,
	"holders" text[] NOT NULL,
	"held_since" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_clocks" ADD CONSTRAINT "application_clocks_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_contracts" ADD CONSTRAINT "application_contracts_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_bank_org_id_organisations_id_fk" FOREIGN KEY ("bank_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD CONSTRAINT "loan_applications_guarantor_org_id_organisations_id_fk" FOREIGN KEY ("guarantor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_clocks_application_idx" ON "application_clocks" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "application_contracts_kind_key" ON "application_contracts" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id","id");--> statement-breakpoint
CREATE INDEX "loan_applications_bank_idx" ON "loan_applications" USING btree ("bank_org_id","status");--> statement-breakpoint
CREATE INDEX "loan_applications_guarantor_idx" ON "loan_applications" USING btree ("guarantor_org_id","status");--> statement-breakpoint
CREATE INDEX "loan_applications_enterprise_idx" ON "loan_applications" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "loan_applications_holders_idx" ON "loan_applications" USING gin ("holders");