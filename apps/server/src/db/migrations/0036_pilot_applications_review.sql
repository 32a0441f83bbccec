CREATE TABLE "pilot_provincial_opinions" (
	"application_id" uuid NOT NULL,
	"department" text NOT NULL,
	"org_id" uuid NOT NULL,
	"agrees" boolean NOT NULL,
	"opinion" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_provincial_opinions_application_id_department_pk" PRIMARY KEY("application_id","department")
);
--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD COLUMN "provincial_scores" jsonb;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD COLUMN "recommendation_rank" integer;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pilot_recommending_units" ADD COLUMN "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "pilot_recommending_units" ADD COLUMN "joint_document" jsonb;--> statement-breakpoint
ALTER TABLE "pilot_provincial_opinions" ADD CONSTRAINT "pilot_provincial_opinions_application_id_pilot_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."pilot_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_provincial_opinions" ADD CONSTRAINT "pilot_provincial_opinions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_provincial_opinions" ADD CONSTRAINT "pilot_provincial_opinions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_applications" ADD CONSTRAINT "pilot_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_recommending_units" ADD CONSTRAINT "pilot_recommending_units_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_applications_one_per_rank" ON "pilot_applications" USING btree ("batch_id","recommending_unit_code","recommendation_rank") WHERE "pilot_applications"."recommendation_rank" IS NOT NULL;