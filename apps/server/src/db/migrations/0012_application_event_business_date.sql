-- Existing history gets the China date of its timestamp, as fund_payment_events did in 0009; a default
-- alone would date every old step the day of this migration.
ALTER TABLE "application_events" ADD COLUMN "business_date" date;--> statement-breakpoint
UPDATE "application_events" SET "business_date" = ("at" at time zone 'Asia/Shanghai')::date;--> statement-breakpoint
ALTER TABLE "application_events" ALTER COLUMN "business_date" SET DEFAULT (now() at time zone 'Asia/Shanghai')::date;--> statement-breakpoint
ALTER TABLE "application_events" ALTER COLUMN "business_date" SET NOT NULL;
