ALTER TABLE "fund_payment_lines" ADD COLUMN "paid_on" date;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD COLUMN "payee_account_name" text;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD COLUMN "payee_bank_name" text;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD COLUMN "payee_account_no" text;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD COLUMN "transfer_reference" text;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD COLUMN "created_on" date DEFAULT (now() at time zone 'Asia/Shanghai')::date NOT NULL;--> statement-breakpoint
ALTER TABLE "fund_payments" ADD COLUMN "paid_on" date;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "bank_account_name" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "bank_name" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "bank_account_no" text;--> statement-breakpoint
-- Payments made before this migration keep the business dates of their timestamps, and lines paid
-- before a transfer reference was recorded say so instead of inventing one.
UPDATE "fund_payments" SET "created_on" = ("created_at" at time zone 'Asia/Shanghai')::date, "paid_on" = ("paid_at" at time zone 'Asia/Shanghai')::date;--> statement-breakpoint
UPDATE "fund_payment_lines" SET "paid_on" = ("paid_at" at time zone 'Asia/Shanghai')::date, "transfer_reference" = '未记录(迁移前拨付)' WHERE "paid_at" is not null;--> statement-breakpoint
ALTER TABLE "fund_payment_lines" ADD CONSTRAINT "fund_payment_lines_paid_with_reference" CHECK ("fund_payment_lines"."paid_at" is null or "fund_payment_lines"."transfer_reference" is not null);