CREATE TABLE "loan_settlements" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"settled_on" date NOT NULL,
	"ever_overdue" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loan_settlements" ADD CONSTRAINT "loan_settlements_application_id_loan_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."loan_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loan_settlements_settled_idx" ON "loan_settlements" USING btree ("settled_on");--> statement-breakpoint
-- A loan's events in force (a reversal cancels its target and neither counts) settle it when what they
-- repay equals what they disburse, on the day of the last repayment; it was ever overdue when one of
-- them is OVERDUE. The same as the domain's loanPosition for any events it accepts (checked by
-- loan-settlements.test.ts); the position itself is still derived by the domain wherever it is shown.
CREATE FUNCTION "settle_loans"("loans" uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "loan_settlements" WHERE "application_id" = ANY("loans");
  INSERT INTO "loan_settlements" ("application_id", "settled_on", "ever_overdue")
    SELECT "e"."application_id",
           max("e"."occurred_on") FILTER (WHERE "e"."type" = 'PRINCIPAL_REPAYMENT'),
           bool_or("e"."type" = 'OVERDUE')
    FROM "loan_events" AS "e"
    WHERE "e"."application_id" = ANY("loans")
      AND "e"."reverses" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "loan_events" AS "r"
        WHERE "r"."application_id" = "e"."application_id" AND "r"."reverses" = "e"."id"
      )
    GROUP BY "e"."application_id"
    HAVING coalesce(sum("e"."amount_fen") FILTER (WHERE "e"."type" = 'DISBURSEMENT'), 0) > 0
       AND sum("e"."amount_fen") FILTER (WHERE "e"."type" = 'DISBURSEMENT')
         = coalesce(sum("e"."amount_fen") FILTER (WHERE "e"."type" = 'PRINCIPAL_REPAYMENT'), 0);
$$;
--> statement-breakpoint
CREATE FUNCTION "loan_events_settle"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "settle_loans"(ARRAY(SELECT DISTINCT "application_id" FROM "added"));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "loan_events_settle" AFTER INSERT ON "loan_events"
  REFERENCING NEW TABLE AS "added"
  FOR EACH STATEMENT EXECUTE FUNCTION "loan_events_settle"();
--> statement-breakpoint
-- Existing loans.
SELECT "settle_loans"(ARRAY(SELECT DISTINCT "application_id" FROM "loan_events"));
