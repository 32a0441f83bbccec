ALTER TABLE "organisations" ADD COLUMN "department" text;--> statement-breakpoint
-- The provincial authorities and ministries recorded so far are the industry line (经信厅, 工信部).
UPDATE "organisations" SET "department" = 'MIIT' WHERE "type" in ('PROVINCE', 'MINISTRY');--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_department_check" CHECK (("organisations"."type" in ('PROVINCE', 'MINISTRY')) = ("organisations"."department" is not null));
