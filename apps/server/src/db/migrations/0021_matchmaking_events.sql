CREATE TABLE "event_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"details" jsonb,
	"actor_user_id" uuid NOT NULL,
	"actor_org_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"enterprise_id" uuid,
	"institution_org_id" uuid,
	"status" text NOT NULL,
	"decline_reason" text,
	"invited_by" uuid NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	CONSTRAINT "event_invitations_one_invitee" CHECK (("event_invitations"."enterprise_id" is null) <> ("event_invitations"."institution_org_id" is null))
);
--> statement-breakpoint
CREATE TABLE "event_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"institution_org_id" uuid NOT NULL,
	"intentions_signed" integer NOT NULL,
	"intended_amount_fen" bigint NOT NULL,
	"note" text NOT NULL,
	"follow_up_demand_needed" boolean NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_outcomes_non_negative" CHECK ("event_outcomes"."intentions_signed" >= 0 and "event_outcomes"."intended_amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "matchmaking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_org_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text,
	"online_link" text,
	"co_organisers" jsonb NOT NULL,
	"targets" jsonb NOT NULL,
	"capacity" integer,
	"status" text NOT NULL,
	"cancel_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "matchmaking_events_venue" CHECK ("matchmaking_events"."place" is not null or "matchmaking_events"."online_link" is not null)
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "application_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "clock_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "event_history" ADD CONSTRAINT "event_history_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_history" ADD CONSTRAINT "event_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_history" ADD CONSTRAINT "event_history_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_institution_org_id_organisations_id_fk" FOREIGN KEY ("institution_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_outcomes" ADD CONSTRAINT "event_outcomes_event_id_matchmaking_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."matchmaking_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_outcomes" ADD CONSTRAINT "event_outcomes_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_outcomes" ADD CONSTRAINT "event_outcomes_institution_org_id_organisations_id_fk" FOREIGN KEY ("institution_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_outcomes" ADD CONSTRAINT "event_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_events" ADD CONSTRAINT "matchmaking_events_organiser_org_id_organisations_id_fk" FOREIGN KEY ("organiser_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_events" ADD CONSTRAINT "matchmaking_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_history_event_idx" ON "event_history" USING btree ("event_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_invitations_enterprise_key" ON "event_invitations" USING btree ("event_id","enterprise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_invitations_institution_key" ON "event_invitations" USING btree ("event_id","institution_org_id");--> statement-breakpoint
CREATE INDEX "event_outcomes_event_idx" ON "event_outcomes" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "matchmaking_events_region_idx" ON "matchmaking_events" USING btree ("region_code","held_on");