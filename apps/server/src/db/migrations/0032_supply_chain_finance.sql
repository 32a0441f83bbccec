CREATE TABLE "scf_arrangements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"core_enterprise_id" uuid NOT NULL,
	"bank_org_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"account_bank" text NOT NULL,
	"account_name" text NOT NULL,
	"account_no" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date NOT NULL,
	"status" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scf_financing_lines" (
	"financing_id" uuid NOT NULL,
	"payable_id" uuid NOT NULL,
	CONSTRAINT "scf_financing_lines_financing_id_payable_id_pk" PRIMARY KEY("financing_id","payable_id")
);
--> statement-breakpoint
CREATE TABLE "scf_financings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"arrangement_id" uuid NOT NULL,
	"bank_org_id" uuid NOT NULL,
	"core_enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"supplier_uscc" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone,
	"financed_by" uuid,
	"financed_on" date,
	"decline_reason" text,
	"repaid_by" uuid,
	"repaid_on" date,
	"repayment_source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scf_payables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"core_enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"supplier_uscc" text NOT NULL,
	"kind" text NOT NULL,
	"document_no" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"issued_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"financing_id" uuid,
	"uploaded_by" uuid NOT NULL,
	"api_key_id" uuid,
	"withdraw_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scf_rules" (
	"region_code" text PRIMARY KEY NOT NULL,
	"advance_rate" text NOT NULL,
	"supplier_cap_fen" bigint NOT NULL,
	"min_days_to_due" integer NOT NULL,
	"max_days_to_due" integer NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scf_arrangements" ADD CONSTRAINT "scf_arrangements_core_enterprise_id_enterprises_id_fk" FOREIGN KEY ("core_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_arrangements" ADD CONSTRAINT "scf_arrangements_bank_org_id_organisations_id_fk" FOREIGN KEY ("bank_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_arrangements" ADD CONSTRAINT "scf_arrangements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_arrangements" ADD CONSTRAINT "scf_arrangements_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financing_lines" ADD CONSTRAINT "scf_financing_lines_financing_id_scf_financings_id_fk" FOREIGN KEY ("financing_id") REFERENCES "public"."scf_financings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financing_lines" ADD CONSTRAINT "scf_financing_lines_payable_id_scf_payables_id_fk" FOREIGN KEY ("payable_id") REFERENCES "public"."scf_payables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financings" ADD CONSTRAINT "scf_financings_arrangement_id_scf_arrangements_id_fk" FOREIGN KEY ("arrangement_id") REFERENCES "public"."scf_arrangements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financings" ADD CONSTRAINT "scf_financings_bank_org_id_organisations_id_fk" FOREIGN KEY ("bank_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financings" ADD CONSTRAINT "scf_financings_core_enterprise_id_enterprises_id_fk" FOREIGN KEY ("core_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financings" ADD CONSTRAINT "scf_financings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financings" ADD CONSTRAINT "scf_financings_financed_by_users_id_fk" FOREIGN KEY ("financed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_financings" ADD CONSTRAINT "scf_financings_repaid_by_users_id_fk" FOREIGN KEY ("repaid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_payables" ADD CONSTRAINT "scf_payables_core_enterprise_id_enterprises_id_fk" FOREIGN KEY ("core_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_payables" ADD CONSTRAINT "scf_payables_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_payables" ADD CONSTRAINT "scf_payables_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scf_rules" ADD CONSTRAINT "scf_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scf_arrangements_core_idx" ON "scf_arrangements" USING btree ("core_enterprise_id","bank_org_id");--> statement-breakpoint
CREATE INDEX "scf_financing_lines_payable_idx" ON "scf_financing_lines" USING btree ("payable_id");--> statement-breakpoint
CREATE INDEX "scf_financings_bank_idx" ON "scf_financings" USING btree ("bank_org_id","status");--> statement-breakpoint
CREATE INDEX "scf_financings_supplier_idx" ON "scf_financings" USING btree ("supplier_uscc","core_enterprise_id");--> statement-breakpoint
CREATE INDEX "scf_financings_region_idx" ON "scf_financings" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "scf_payables_document_key" ON "scf_payables" USING btree ("core_enterprise_id","document_no") WHERE "scf_payables"."status" <> 'WITHDRAWN';--> statement-breakpoint
CREATE INDEX "scf_payables_supplier_idx" ON "scf_payables" USING btree ("supplier_uscc","core_enterprise_id");--> statement-breakpoint
CREATE INDEX "scf_payables_financing_idx" ON "scf_payables" USING btree ("financing_id");