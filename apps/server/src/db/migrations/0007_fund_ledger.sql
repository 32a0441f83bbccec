CREATE TABLE "default_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"status" text NOT NULL,
	"loss_fen" bigint NOT NULL,
	"scheme" text NOT NULL,
	"claimed_on" date NOT NULL,
	"claim_reason" text NOT NULL,
	"claimed_by" uuid NOT NULL,
	"compensated_on" date,
	"compensated_by" uuid,
	"working" jsonb,
	"payment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "default_cases_positive" CHECK ("default_cases"."loss_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"normal_side" text NOT NULL,
	"beneficiary_org_id" uuid,
	"beneficiary_enterprise_id" uuid,
	"name" text NOT NULL,
	"debits_fen" bigint DEFAULT 0 NOT NULL,
	"credits_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "fund_accounts_normal_side_check" CHECK ("fund_accounts"."normal_side" in ('debit', 'credit')),
	CONSTRAINT "fund_accounts_no_negative_balance" CHECK (case when "fund_accounts"."normal_side" = 'debit' then "fund_accounts"."credits_fen" <= "fund_accounts"."debits_fen" else "fund_accounts"."debits_fen" <= "fund_accounts"."credits_fen" end)
);
--> statement-breakpoint
CREATE TABLE "fund_payment_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payment_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"opinion" text,
	"reason" text,
	"actor_user_id" uuid NOT NULL,
	"actor_org_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_payment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"subject" text NOT NULL,
	"live" boolean DEFAULT true NOT NULL,
	"application_id" uuid,
	"beneficiary_org_id" uuid,
	"beneficiary_enterprise_id" uuid,
	"beneficiary_name" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"working" jsonb NOT NULL,
	"paid_at" timestamp with time zone,
	CONSTRAINT "fund_payment_lines_positive" CHECK ("fund_payment_lines"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"year" integer,
	"status" text NOT NULL,
	"finance_review" text NOT NULL,
	"industry_review" text NOT NULL,
	"holders" text[] NOT NULL,
	"held_since" timestamp with time zone DEFAULT now() NOT NULL,
	"total_fen" bigint NOT NULL,
	"line_count" integer NOT NULL,
	"execution_key" text,
	"executed_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_postings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"memo" text NOT NULL,
	"payment_id" uuid,
	"payment_line_id" uuid,
	"recovery_id" uuid,
	"reverses" bigint,
	"recorded_by" uuid NOT NULL,
	"recorded_by_org" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fund_transfers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"posting_id" bigint NOT NULL,
	"debit_account_id" uuid NOT NULL,
	"credit_account_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "fund_transfers_positive" CHECK ("fund_transfers"."amount_fen" > 0),
	CONSTRAINT "fund_transfers_distinct_accounts" CHECK ("fund_transfers"."debit_account_id" <> "fund_transfers"."credit_account_id")
);
--> statement-breakpoint
CREATE TABLE "funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"manager_org_id" uuid NOT NULL,
	"programme_codes" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guarantee_fee_receipts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guarantee_fee_receipts_positive" CHECK ("guarantee_fee_receipts"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "interest_subsidy_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"form" jsonb NOT NULL,
	"applied_on" date NOT NULL,
	"claimed_fen" bigint NOT NULL,
	"status" text NOT NULL,
	"payment_line_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recoveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"default_case_id" uuid NOT NULL,
	"recovered_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"distribution" jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recoveries_positive" CHECK ("recoveries"."amount_fen" > 0)
);
--> statement-breakpoint
ALTER TABLE "default_cases" ADD CONSTRAINT "default_cases_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_cases" ADD CONSTRAINT "default_cases_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_cases" ADD CONSTRAINT "default_cases_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_cases" ADD CONSTRAINT "default_cases_compensated_by_users_id_fk" FOREIGN KEY ("compensated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_cases" ADD CONSTRAINT "default_cases_payment_id_fund_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."fund_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_accounts" ADD CONSTRAINT "fund_accounts_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_accounts" ADD CONSTRAINT "fund_accounts_beneficiary_org_id_organisations_id_fk" FOREIGN KEY ("beneficiary_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_accounts" ADD CONSTRAINT "fund_accounts_beneficiary_enterprise_id_enterprises_id_fk" FOREIGN KEY ("beneficiary_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_events" ADD CONSTRAINT "fund_payment_events_payment_id_fund_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."fund_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_events" ADD CONSTRAINT "fund_payment_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_events" ADD CONSTRAINT "fund_payment_events_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD CONSTRAINT "fund_payment_lines_payment_id_fund_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."fund_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD CONSTRAINT "fund_payment_lines_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD CONSTRAINT "fund_payment_lines_beneficiary_org_id_organisations_id_fk" FOREIGN KEY ("beneficiary_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD CONSTRAINT "fund_payment_lines_beneficiary_enterprise_id_enterprises_id_fk" FOREIGN KEY ("beneficiary_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD CONSTRAINT "fund_payments_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD CONSTRAINT "fund_payments_executed_by_users_id_fk" FOREIGN KEY ("executed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD CONSTRAINT "fund_payments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_postings" ADD CONSTRAINT "fund_postings_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_postings" ADD CONSTRAINT "fund_postings_payment_id_fund_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."fund_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_postings" ADD CONSTRAINT "fund_postings_payment_line_id_fund_payment_lines_id_fk" FOREIGN KEY ("payment_line_id") REFERENCES "public"."fund_payment_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_postings" ADD CONSTRAINT "fund_postings_recovery_id_recoveries_id_fk" FOREIGN KEY ("recovery_id") REFERENCES "public"."recoveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_postings" ADD CONSTRAINT "fund_postings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_postings" ADD CONSTRAINT "fund_postings_recorded_by_org_organisations_id_fk" FOREIGN KEY ("recorded_by_org") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transfers" ADD CONSTRAINT "fund_transfers_posting_id_fund_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."fund_postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transfers" ADD CONSTRAINT "fund_transfers_debit_account_id_fund_accounts_id_fk" FOREIGN KEY ("debit_account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transfers" ADD CONSTRAINT "fund_transfers_credit_account_id_fund_accounts_id_fk" FOREIGN KEY ("credit_account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_manager_org_id_organisations_id_fk" FOREIGN KEY ("manager_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD CONSTRAINT "guarantee_fee_receipts_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD CONSTRAINT "guarantee_fee_receipts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_payment_line_id_fund_payment_lines_id_fk" FOREIGN KEY ("payment_line_id") REFERENCES "public"."fund_payment_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_subsidy_claims" ADD CONSTRAINT "interest_subsidy_claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recoveries" ADD CONSTRAINT "recoveries_default_case_id_default_cases_id_fk" FOREIGN KEY ("default_case_id") REFERENCES "public"."default_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recoveries" ADD CONSTRAINT "recoveries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "default_cases_application_key" ON "default_cases" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_accounts_identity_key" ON "fund_accounts" USING btree ("fund_id","kind",coalesce("beneficiary_org_id", "beneficiary_enterprise_id"));--> statement-breakpoint
CREATE INDEX "fund_payment_events_payment_idx" ON "fund_payment_events" USING btree ("payment_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_payment_lines_no_key" ON "fund_payment_lines" USING btree ("payment_id","line_no");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_payment_lines_live_subject_key" ON "fund_payment_lines" USING btree ("subject") WHERE "fund_payment_lines"."live";--> statement-breakpoint
CREATE INDEX "fund_payment_lines_application_idx" ON "fund_payment_lines" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "fund_payments_fund_idx" ON "fund_payments" USING btree ("fund_id","status");--> statement-breakpoint
CREATE INDEX "fund_payments_holders_idx" ON "fund_payments" USING gin ("holders");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_postings_idempotency_key" ON "fund_postings" USING btree ("fund_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_postings_reverses_key" ON "fund_postings" USING btree ("reverses");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_postings_line_paid_key" ON "fund_postings" USING btree ("payment_line_id") WHERE "fund_postings"."kind" = 'PAYMENT_PAID';--> statement-breakpoint
CREATE INDEX "fund_postings_fund_idx" ON "fund_postings" USING btree ("fund_id","effective_on","id");--> statement-breakpoint
CREATE INDEX "fund_transfers_posting_idx" ON "fund_transfers" USING btree ("posting_id");--> statement-breakpoint
CREATE INDEX "fund_transfers_debit_idx" ON "fund_transfers" USING btree ("debit_account_id");--> statement-breakpoint
CREATE INDEX "fund_transfers_credit_idx" ON "fund_transfers" USING btree ("credit_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funds_code_key" ON "funds" USING btree ("code");--> statement-breakpoint
CREATE INDEX "guarantee_fee_receipts_application_idx" ON "guarantee_fee_receipts" USING btree ("application_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "interest_subsidy_claims_live_key" ON "interest_subsidy_claims" USING btree ("application_id") WHERE "interest_subsidy_claims"."status" <> 'WITHDRAWN';--> statement-breakpoint
CREATE INDEX "interest_subsidy_claims_enterprise_idx" ON "interest_subsidy_claims" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "recoveries_case_idx" ON "recoveries" USING btree ("default_case_id");--> statement-breakpoint
CREATE FUNCTION "post_fund_transfer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Same transaction as the transfer: the accounts' check constraint refuses an overdraft,
  -- and the row locks serialise payments racing for the same account.
  UPDATE "fund_accounts" SET "debits_fen" = "debits_fen" + NEW."amount_fen" WHERE "id" = NEW."debit_account_id";
  UPDATE "fund_accounts" SET "credits_fen" = "credits_fen" + NEW."amount_fen" WHERE "id" = NEW."credit_account_id";
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "fund_transfers_post" AFTER INSERT ON "fund_transfers"
  FOR EACH ROW EXECUTE FUNCTION "post_fund_transfer"();
--> statement-breakpoint
CREATE FUNCTION "refuse_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is insert-only: correct by a reversing entry', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "fund_postings_insert_only" BEFORE UPDATE OR DELETE ON "fund_postings"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "fund_transfers_insert_only" BEFORE UPDATE OR DELETE ON "fund_transfers"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "fund_payment_events_insert_only" BEFORE UPDATE OR DELETE ON "fund_payment_events"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "guarantee_fee_receipts_insert_only" BEFORE UPDATE OR DELETE ON "guarantee_fee_receipts"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
--> statement-breakpoint
CREATE TRIGGER "recoveries_insert_only" BEFORE UPDATE OR DELETE ON "recoveries"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
