CREATE TABLE "monitoring_settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"version" integer NOT NULL,
	"settings" jsonb NOT NULL,
	"saved_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quarterly_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"quarter" text NOT NULL,
	"figure" text NOT NULL,
	"amount_fen" bigint,
	"count" integer,
	"version" integer NOT NULL,
	"live" boolean DEFAULT true NOT NULL,
	"reason" text,
	"entered_by_org" uuid NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quarterly_figures_non_negative" CHECK (coalesce("quarterly_figures"."amount_fen", 0) >= 0 and coalesce("quarterly_figures"."count", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "scorecard_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"month" text NOT NULL,
	"scorecard" jsonb NOT NULL,
	"published_by" uuid NOT NULL,
	"published_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_settings" ADD CONSTRAINT "monitoring_settings_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_figures" ADD CONSTRAINT "quarterly_figures_entered_by_org_organisations_id_fk" FOREIGN KEY ("entered_by_org") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_figures" ADD CONSTRAINT "quarterly_figures_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecard_publications" ADD CONSTRAINT "scorecard_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_settings_version_key" ON "monitoring_settings" USING btree ("kind","region_code","version");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_figures_version_key" ON "quarterly_figures" USING btree ("region_code","quarter","figure","version");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_figures_live_key" ON "quarterly_figures" USING btree ("region_code","quarter","figure") WHERE "quarterly_figures"."live";--> statement-breakpoint
CREATE UNIQUE INDEX "scorecard_publications_month_key" ON "scorecard_publications" USING btree ("region_code","month");