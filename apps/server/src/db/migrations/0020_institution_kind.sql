ALTER TABLE "organisations" ADD COLUMN "institution_kind" text;--> statement-breakpoint
-- Institutions recorded before kinds existed: the demo's only one is an investment fund; any other says OTHER until an admin corrects it.
UPDATE "organisations" SET "institution_kind" = CASE WHEN "name" LIKE '%基金%' THEN 'FUND' ELSE 'OTHER' END WHERE "type" = 'FINANCIAL_INSTITUTION';--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_institution_kind_check" CHECK (("organisations"."type" = 'FINANCIAL_INSTITUTION') = ("organisations"."institution_kind" is not null));