CREATE TABLE "official_calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"holidays" jsonb NOT NULL,
	"adjusted_workdays" jsonb NOT NULL,
	"notice_number" text NOT NULL,
	"notice_date" date NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "official_calendar_years" ADD CONSTRAINT "official_calendar_years_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;