CREATE TABLE "pilot_progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"values" jsonb NOT NULL,
	"correction_reason" text,
	"submitted_on" date NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_progress_reports_correction_reason" CHECK (("pilot_progress_reports"."version" = 1) = ("pilot_progress_reports"."correction_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "pilot_renewal_decisions" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"previous_application_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"reason" text,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_renewal_decisions_shape" CHECK (("pilot_renewal_decisions"."decision" = 'EXTENDED' AND "pilot_renewal_decisions"."period_start" IS NOT NULL AND "pilot_renewal_decisions"."period_end" IS NOT NULL)
        OR ("pilot_renewal_decisions"."decision" = 'DECLINED' AND "pilot_renewal_decisions"."reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "pilot_progress_reports" ADD CONSTRAINT "pilot_progress_reports_application_id_pilot_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."pilot_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_progress_reports" ADD CONSTRAINT "pilot_progress_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_renewal_decisions" ADD CONSTRAINT "pilot_renewal_decisions_application_id_pilot_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."pilot_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_renewal_decisions" ADD CONSTRAINT "pilot_renewal_decisions_previous_application_id_pilot_applications_id_fk" FOREIGN KEY ("previous_application_id") REFERENCES "public"."pilot_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_renewal_decisions" ADD CONSTRAINT "pilot_renewal_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_progress_reports_version" ON "pilot_progress_reports" USING btree ("application_id","year","version");