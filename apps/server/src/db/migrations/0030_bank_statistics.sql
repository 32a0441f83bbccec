CREATE TABLE "bank_statistics_lines" (
	"submission_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"balance_fen" bigint NOT NULL,
	"medium_long_term_balance_fen" bigint NOT NULL,
	"credit_balance_fen" bigint NOT NULL,
	"new_loans_fen" bigint NOT NULL,
	"new_medium_long_term_fen" bigint NOT NULL,
	"new_credit_fen" bigint NOT NULL,
	CONSTRAINT "bank_statistics_lines_non_negative" CHECK (least("bank_statistics_lines"."balance_fen", "bank_statistics_lines"."medium_long_term_balance_fen", "bank_statistics_lines"."credit_balance_fen", "bank_statistics_lines"."new_loans_fen", "bank_statistics_lines"."new_medium_long_term_fen", "bank_statistics_lines"."new_credit_fen") >= 0)
);
--> statement-breakpoint
CREATE TABLE "bank_statistics_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bank_org_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"month" text NOT NULL,
	"version" integer NOT NULL,
	"live" boolean DEFAULT true NOT NULL,
	"all_loans_balance_fen" bigint NOT NULL,
	"reason" text,
	"channel" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statistics_submissions_balance" CHECK ("bank_statistics_submissions"."all_loans_balance_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "bank_statistics_lines" ADD CONSTRAINT "bank_statistics_lines_submission_id_bank_statistics_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."bank_statistics_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statistics_submissions" ADD CONSTRAINT "bank_statistics_submissions_bank_org_id_organisations_id_fk" FOREIGN KEY ("bank_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statistics_submissions" ADD CONSTRAINT "bank_statistics_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statistics_lines_key" ON "bank_statistics_lines" USING btree ("submission_id","dimension","key");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statistics_submissions_version_key" ON "bank_statistics_submissions" USING btree ("bank_org_id","month","version");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_statistics_submissions_live_key" ON "bank_statistics_submissions" USING btree ("bank_org_id","month") WHERE "bank_statistics_submissions"."live";--> statement-breakpoint
CREATE INDEX "bank_statistics_submissions_region_month_idx" ON "bank_statistics_submissions" USING btree ("region_code","month") WHERE "bank_statistics_submissions"."live";