CREATE TABLE "bridge_fund_rules" (
	"fund_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bridge_fund_rules_fund_id_version_pk" PRIMARY KEY("fund_id","version")
);
--> statement-breakpoint
CREATE TABLE "bridge_loan_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bridge_loan_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text,
	"details" jsonb,
	"actor_user_id" uuid,
	"actor_org_id" uuid,
	"business_date" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bridge_loan_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_org" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bridge_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"rules_version" integer NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"state" text NOT NULL,
	"bank_org_id" uuid NOT NULL,
	"contract_no" text NOT NULL,
	"maturity_date" date NOT NULL,
	"maturing_amount_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"ceiling" jsonb NOT NULL,
	"applied_on" date NOT NULL,
	"letter_id" uuid,
	"renewal_amount_fen" bigint,
	"expected_disbursement_on" date,
	"paid_on" date,
	"return_due" date,
	"paid_posting_id" bigint,
	"renewal_disbursed_on" date,
	"returned_on" date,
	"fee_fen" bigint,
	"fee_working" jsonb,
	"returned_posting_id" bigint,
	"overdue_level" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bridge_loans_positive" CHECK ("bridge_loans"."amount_fen" > 0 and "bridge_loans"."amount_fen" <= "bridge_loans"."maturing_amount_fen"),
	CONSTRAINT "bridge_loans_paid_once" CHECK (("bridge_loans"."paid_on" is null) = ("bridge_loans"."paid_posting_id" is null))
);
--> statement-breakpoint
ALTER TABLE "bridge_fund_rules" ADD CONSTRAINT "bridge_fund_rules_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_fund_rules" ADD CONSTRAINT "bridge_fund_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loan_events" ADD CONSTRAINT "bridge_loan_events_bridge_loan_id_bridge_loans_id_fk" FOREIGN KEY ("bridge_loan_id") REFERENCES "public"."bridge_loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loan_events" ADD CONSTRAINT "bridge_loan_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loan_events" ADD CONSTRAINT "bridge_loan_events_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loan_letters" ADD CONSTRAINT "bridge_loan_letters_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loan_letters" ADD CONSTRAINT "bridge_loan_letters_uploaded_by_org_organisations_id_fk" FOREIGN KEY ("uploaded_by_org") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_bank_org_id_organisations_id_fk" FOREIGN KEY ("bank_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_letter_id_bridge_loan_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."bridge_loan_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_paid_posting_id_fund_postings_id_fk" FOREIGN KEY ("paid_posting_id") REFERENCES "public"."fund_postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_returned_posting_id_fund_postings_id_fk" FOREIGN KEY ("returned_posting_id") REFERENCES "public"."fund_postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_loans" ADD CONSTRAINT "bridge_loans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bridge_loan_events_loan_idx" ON "bridge_loan_events" USING btree ("bridge_loan_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "bridge_loans_live_contract_key" ON "bridge_loans" USING btree ("bank_org_id","contract_no") WHERE "bridge_loans"."state" not in ('DECLINED', 'REJECTED');--> statement-breakpoint
CREATE INDEX "bridge_loans_fund_idx" ON "bridge_loans" USING btree ("fund_id","state");--> statement-breakpoint
CREATE INDEX "bridge_loans_enterprise_idx" ON "bridge_loans" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "bridge_loans_bank_idx" ON "bridge_loans" USING btree ("bank_org_id","state");