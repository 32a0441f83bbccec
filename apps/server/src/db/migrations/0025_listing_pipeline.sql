CREATE TABLE "listing_pipeline_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"stage" text NOT NULL,
	"board" text NOT NULL,
	"stage_reached_on" date NOT NULL,
	"sponsor" text,
	"law_firm" text,
	"auditor" text,
	"ipo_agreement_on" date,
	"note" text,
	"joined_on" date NOT NULL,
	"added_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "listing_pipeline_entries_enterprise_id_unique" UNIQUE("enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "listing_pipeline_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entry_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"reached_on" date,
	"evidence" text,
	"reason" text,
	"actor_user_id" uuid NOT NULL,
	"actor_org_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listing_pipeline_entries" ADD CONSTRAINT "listing_pipeline_entries_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_pipeline_entries" ADD CONSTRAINT "listing_pipeline_entries_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_pipeline_history" ADD CONSTRAINT "listing_pipeline_history_entry_id_listing_pipeline_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."listing_pipeline_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_pipeline_history" ADD CONSTRAINT "listing_pipeline_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listing_pipeline_history" ADD CONSTRAINT "listing_pipeline_history_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_pipeline_entries_region_idx" ON "listing_pipeline_entries" USING btree ("region_code","stage");--> statement-breakpoint
CREATE INDEX "listing_pipeline_history_entry_idx" ON "listing_pipeline_history" USING btree ("entry_id","id");