CREATE TABLE "pilot_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"applicant_org_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"recommending_unit_code" text,
	"status" text NOT NULL,
	"draft" jsonb NOT NULL,
	"submitted" jsonb,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"document_number" text NOT NULL,
	"opens_on" date NOT NULL,
	"application_deadline" date NOT NULL,
	"provincial_deadline" date NOT NULL,
	"time_zone" text NOT NULL,
	"reviewers_per_application" integer NOT NULL,
	"outline" jsonb NOT NULL,
	"indicator_template" jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"strategies" jsonb NOT NULL,
	"bases" jsonb NOT NULL,
	"opened_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pilot_batches_number_unique" UNIQUE("number"),
	CONSTRAINT "pilot_batches_deadlines_in_order" CHECK ("pilot_batches"."opens_on" <= "pilot_batches"."application_deadline" AND "pilot_batches"."application_deadline" <= "pilot_batches"."provincial_deadline")
);
--> statement-breakpoint
CREATE TABLE "pilot_recommending_units" (
	"batch_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"quota" integer NOT NULL,
	"confirmed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pilot_recommending_units_batch_id_unit_code_pk" PRIMARY KEY("batch_id","unit_code"),
	CONSTRAINT "pilot_recommending_units_quota" CHECK ("pilot_recommending_units"."quota" > 0)
);
--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD CONSTRAINT "pilot_applications_batch_id_pilot_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pilot_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD CONSTRAINT "pilot_applications_applicant_org_id_organisations_id_fk" FOREIGN KEY ("applicant_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD CONSTRAINT "pilot_applications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_batches" ADD CONSTRAINT "pilot_batches_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_recommending_units" ADD CONSTRAINT "pilot_recommending_units_batch_id_pilot_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pilot_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_applications_one_per_applicant" ON "pilot_applications" USING btree ("batch_id","applicant_org_id");--> statement-breakpoint
CREATE INDEX "pilot_applications_unit_idx" ON "pilot_applications" USING btree ("batch_id","recommending_unit_code","status");