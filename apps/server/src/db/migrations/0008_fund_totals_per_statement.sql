-- Account totals are kept once per INSERT statement instead of once per transfer row. A city
-- approval posts one leg per line to the same expense account; per row, that account was rewritten
-- once per leg in one transaction, and each rewrite walked the versions before it (quadratic).
DROP TRIGGER "fund_transfers_post" ON "fund_transfers";
--> statement-breakpoint
DROP FUNCTION "post_fund_transfer"();
--> statement-breakpoint
CREATE FUNCTION "post_fund_transfers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Locks the touched accounts in one order, so postings racing for the same accounts queue
  -- instead of deadlocking; the accounts' check constraint then refuses an overdraft. NO KEY
  -- UPDATE, as the UPDATE itself takes: it does not conflict with the foreign-key checks' locks.
  PERFORM 1 FROM "fund_accounts"
    WHERE "id" IN (SELECT "debit_account_id" FROM "posted" UNION SELECT "credit_account_id" FROM "posted")
    ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "fund_accounts" AS "account"
    SET "debits_fen" = "account"."debits_fen" + "moved"."debits_fen",
        "credits_fen" = "account"."credits_fen" + "moved"."credits_fen"
    FROM (
      SELECT "account_id", sum("debits_fen") AS "debits_fen", sum("credits_fen") AS "credits_fen"
      FROM (
        SELECT "debit_account_id" AS "account_id", "amount_fen" AS "debits_fen", 0::bigint AS "credits_fen" FROM "posted"
        UNION ALL
        SELECT "credit_account_id", 0::bigint, "amount_fen" FROM "posted"
      ) AS "legs"
      GROUP BY "account_id"
    ) AS "moved"
    WHERE "account"."id" = "moved"."account_id";
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "fund_transfers_post" AFTER INSERT ON "fund_transfers"
  REFERENCING NEW TABLE AS "posted"
  FOR EACH STATEMENT EXECUTE FUNCTION "post_fund_transfers"();
