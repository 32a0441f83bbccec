CREATE TABLE "default_case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"default_case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"details" jsonb,
	"actor_user_id" uuid NOT NULL,
	"actor_org_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" DROP CONSTRAINT "guarantee_fee_receipts_positive";--> statement-breakpoint
ALTER TABLE "recoveries" DROP CONSTRAINT "recoveries_positive";--> statement-breakpoint
DROP INDEX "default_cases_application_key";--> statement-breakpoint
ALTER TABLE "application_contracts" ADD COLUMN "annual_rate" numeric(7, 6);--> statement-breakpoint
-- Existing history gets the China date of its timestamp; the table is insert-only, so its guard is
-- lifted for this one backfill inside the migration's transaction.
ALTER TABLE "fund_payment_events" ADD COLUMN "business_date" date;--> statement-breakpoint
ALTER TABLE "fund_payment_events" DISABLE TRIGGER "fund_payment_events_insert_only";--> statement-breakpoint
UPDATE "fund_payment_events" SET "business_date" = ("at" at time zone 'Asia/Shanghai')::date;--> statement-breakpoint
ALTER TABLE "fund_payment_events" ENABLE TRIGGER "fund_payment_events_insert_only";--> statement-breakpoint
ALTER TABLE "fund_payment_events" ALTER COLUMN "business_date" SET DEFAULT (now() at time zone 'Asia/Shanghai')::date;--> statement-breakpoint
ALTER TABLE "fund_payment_events" ALTER COLUMN "business_date" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD COLUMN "fee_rate" numeric(7, 6);--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD COLUMN "reverses" bigint;--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "recoveries" ADD COLUMN "reverses" uuid;--> statement-breakpoint
ALTER TABLE "recoveries" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "default_case_events" ADD CONSTRAINT "default_case_events_default_case_id_default_cases_id_fk" FOREIGN KEY ("default_case_id") REFERENCES "public"."default_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_case_events" ADD CONSTRAINT "default_case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "default_case_events" ADD CONSTRAINT "default_case_events_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "default_case_events_case_idx" ON "default_case_events" USING btree ("default_case_id","id");--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD CONSTRAINT "guarantee_fee_receipts_reverses_guarantee_fee_receipts_id_fk" FOREIGN KEY ("reverses") REFERENCES "public"."guarantee_fee_receipts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recoveries" ADD CONSTRAINT "recoveries_reverses_recoveries_id_fk" FOREIGN KEY ("reverses") REFERENCES "public"."recoveries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "guarantee_fee_receipts_reverses_key" ON "guarantee_fee_receipts" USING btree ("reverses");--> statement-breakpoint
CREATE UNIQUE INDEX "recoveries_reverses_key" ON "recoveries" USING btree ("reverses");--> statement-breakpoint
CREATE UNIQUE INDEX "default_cases_application_key" ON "default_cases" USING btree ("application_id") WHERE "default_cases"."status" <> 'WITHDRAWN';--> statement-breakpoint
ALTER TABLE "application_contracts" ADD CONSTRAINT "application_contracts_annual_rate" CHECK ("application_contracts"."annual_rate" is null or ("application_contracts"."kind" = 'LOAN' and "application_contracts"."annual_rate" > 0 and "application_contracts"."annual_rate" <= 0.24));--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD CONSTRAINT "guarantee_fee_receipts_sign" CHECK (("guarantee_fee_receipts"."reverses" is null and "guarantee_fee_receipts"."amount_fen" > 0 and "guarantee_fee_receipts"."reason" is null) or ("guarantee_fee_receipts"."reverses" is not null and "guarantee_fee_receipts"."amount_fen" < 0 and "guarantee_fee_receipts"."reason" is not null));--> statement-breakpoint
ALTER TABLE "guarantee_fee_receipts" ADD CONSTRAINT "guarantee_fee_receipts_rate" CHECK ("guarantee_fee_receipts"."fee_rate" is null or ("guarantee_fee_receipts"."fee_rate" > 0 and "guarantee_fee_receipts"."fee_rate" <= 0.24));--> statement-breakpoint
ALTER TABLE "recoveries" ADD CONSTRAINT "recoveries_sign" CHECK (("recoveries"."reverses" is null and "recoveries"."amount_fen" > 0 and "recoveries"."reason" is null) or ("recoveries"."reverses" is not null and "recoveries"."amount_fen" < 0 and "recoveries"."reason" is not null));--> statement-breakpoint
CREATE TRIGGER "default_case_events_insert_only" BEFORE UPDATE OR DELETE ON "default_case_events"
  FOR EACH ROW EXECUTE FUNCTION "refuse_ledger_change"();
--> statement-breakpoint
-- A reversal must undo exactly the row it names: same guarantee, date and rate, the negated amount,
-- and never a reversal itself (the unique index already allows one reversal per row).
CREATE FUNCTION "check_fee_receipt_reversal"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "original" "guarantee_fee_receipts"%ROWTYPE;
BEGIN
  IF NEW."reverses" IS NULL THEN RETURN NEW; END IF;
  SELECT * INTO "original" FROM "guarantee_fee_receipts" WHERE "id" = NEW."reverses";
  IF "original"."reverses" IS NOT NULL
     OR "original"."application_id" <> NEW."application_id"
     OR "original"."received_on" <> NEW."received_on"
     OR "original"."amount_fen" <> -NEW."amount_fen"
     OR "original"."fee_rate" IS DISTINCT FROM NEW."fee_rate" THEN
    RAISE EXCEPTION 'guarantee_fee_receipts %: a reversal must negate the receipt it reverses', NEW."reverses";
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "guarantee_fee_receipts_reversal" BEFORE INSERT ON "guarantee_fee_receipts"
  FOR EACH ROW EXECUTE FUNCTION "check_fee_receipt_reversal"();
--> statement-breakpoint
CREATE FUNCTION "check_recovery_reversal"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "original" "recoveries"%ROWTYPE;
BEGIN
  IF NEW."reverses" IS NULL THEN RETURN NEW; END IF;
  SELECT * INTO "original" FROM "recoveries" WHERE "id" = NEW."reverses";
  IF "original"."reverses" IS NOT NULL
     OR "original"."default_case_id" <> NEW."default_case_id"
     OR "original"."recovered_on" <> NEW."recovered_on"
     OR "original"."amount_fen" <> -NEW."amount_fen"
     OR EXISTS (
       SELECT 1 FROM jsonb_each_text("original"."distribution") AS "part"
       WHERE (NEW."distribution" ->> "part"."key")::bigint IS DISTINCT FROM -("part"."value")::bigint
     ) THEN
    RAISE EXCEPTION 'recoveries %: a reversal must negate the recovery it reverses', NEW."reverses";
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "recoveries_reversal" BEFORE INSERT ON "recoveries"
  FOR EACH ROW EXECUTE FUNCTION "check_recovery_reversal"();
--> statement-breakpoint
-- The history of cases claimed before it was kept: the claim, and the compensation when there was one.
INSERT INTO "default_case_events" ("default_case_id", "action", "from_status", "to_status", "reason", "actor_user_id", "actor_org_id", "business_date", "at")
  SELECT "case"."id", 'claim', NULL, 'CLAIMED', "case"."claim_reason", "case"."claimed_by", "user"."org_id",
         ("case"."created_at" at time zone 'Asia/Shanghai')::date, "case"."created_at"
  FROM "default_cases" AS "case" JOIN "users" AS "user" ON "user"."id" = "case"."claimed_by";
--> statement-breakpoint
INSERT INTO "default_case_events" ("default_case_id", "action", "from_status", "to_status", "actor_user_id", "actor_org_id", "business_date", "at")
  SELECT "case"."id", 'compensate', 'CLAIMED', 'COMPENSATED', "case"."compensated_by", "user"."org_id",
         ("done"."at" at time zone 'Asia/Shanghai')::date, "done"."at"
  FROM "default_cases" AS "case"
  JOIN "users" AS "user" ON "user"."id" = "case"."compensated_by"
  CROSS JOIN LATERAL (
    SELECT coalesce(
      (SELECT min("audit"."at") FROM "audit_log" AS "audit"
        WHERE "audit"."entity_type" = 'default-case' AND "audit"."entity_id" = "case"."id"::text
          AND "audit"."action" = 'default-case.compensate'),
      "case"."created_at") AS "at"
  ) AS "done";
