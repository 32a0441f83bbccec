CREATE TABLE "pilot_experts" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conflicts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_list_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"list_version" integer NOT NULL,
	"department" text NOT NULL,
	"decision" text NOT NULL,
	"opinion" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "pilot_review_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_org_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"scores" jsonb,
	"comments" text,
	"scored_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_reviews" (
	"batch_id" uuid PRIMARY KEY NOT NULL,
	"scoring_closed_on" date,
	"scoring_closed_by" uuid,
	"list" jsonb,
	"list_version" integer DEFAULT 0 NOT NULL,
	"published_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_selections" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"list_position" integer NOT NULL,
	"plan_period_start" date NOT NULL,
	"plan_period_end" date NOT NULL,
	"selected_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pilot_experts" ADD CONSTRAINT "pilot_experts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_experts" ADD CONSTRAINT "pilot_experts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_list_decisions" ADD CONSTRAINT "pilot_list_decisions_batch_id_pilot_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pilot_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_list_decisions" ADD CONSTRAINT "pilot_list_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_review_assignments" ADD CONSTRAINT "pilot_review_assignments_batch_id_pilot_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pilot_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_review_assignments" ADD CONSTRAINT "pilot_review_assignments_application_id_pilot_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."pilot_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_review_assignments" ADD CONSTRAINT "pilot_review_assignments_expert_org_id_organisations_id_fk" FOREIGN KEY ("expert_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_review_assignments" ADD CONSTRAINT "pilot_review_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_reviews" ADD CONSTRAINT "pilot_reviews_batch_id_pilot_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pilot_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_reviews" ADD CONSTRAINT "pilot_reviews_scoring_closed_by_users_id_fk" FOREIGN KEY ("scoring_closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_selections" ADD CONSTRAINT "pilot_selections_application_id_pilot_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."pilot_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_selections" ADD CONSTRAINT "pilot_selections_batch_id_pilot_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."pilot_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_list_decisions_one_per_version" ON "pilot_list_decisions" USING btree ("batch_id","list_version","department");--> statement-breakpoint
CREATE UNIQUE INDEX "pilot_review_assignments_one_live" ON "pilot_review_assignments" USING btree ("application_id","expert_org_id") WHERE "pilot_review_assignments"."withdrawn_at" IS NULL;--> statement-breakpoint
CREATE INDEX "pilot_review_assignments_expert_idx" ON "pilot_review_assignments" USING btree ("expert_org_id");