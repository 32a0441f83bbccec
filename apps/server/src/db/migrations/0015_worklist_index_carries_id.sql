DROP INDEX "loan_applications_bank_worklist_idx";--> statement-breakpoint
DROP INDEX "loan_applications_guarantor_worklist_idx";--> statement-breakpoint
CREATE INDEX "loan_applications_bank_worklist_idx" ON "loan_applications" USING btree ("bank_org_id","held_since" DESC NULLS LAST,"status","id") WHERE "loan_applications"."holders" @> '{BANK}'::text[];--> statement-breakpoint
CREATE INDEX "loan_applications_guarantor_worklist_idx" ON "loan_applications" USING btree ("guarantor_org_id","held_since" DESC NULLS LAST,"status","id") WHERE "loan_applications"."holders" @> '{GUARANTOR}'::text[];