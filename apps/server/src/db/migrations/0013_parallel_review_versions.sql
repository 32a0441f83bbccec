ALTER TABLE "loan_applications" ADD COLUMN "bank_review_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "loan_applications" ADD COLUMN "guarantor_review_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD COLUMN "finance_review_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD COLUMN "industry_review_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Rows written before this: any step older than the current version counts as stale, as it did.
UPDATE "loan_applications" SET "bank_review_version" = "version", "guarantor_review_version" = "version";--> statement-breakpoint
UPDATE "fund_payments" SET "finance_review_version" = "version", "industry_review_version" = "version";
