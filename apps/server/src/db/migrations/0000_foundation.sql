CREATE TABLE "enterprise_bank_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"bank_org_id" uuid,
	"bank_name" text NOT NULL,
	"account_no" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_revenues" (
	"enterprise_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "enterprise_revenues_enterprise_id_year_pk" PRIMARY KEY("enterprise_id","year")
);
--> statement-breakpoint
CREATE TABLE "enterprise_tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uscc" text NOT NULL,
	"uscc_confirmed_by" uuid,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"district_code" text NOT NULL,
	"legal_representative" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"established_on" date NOT NULL,
	"industry_code" text NOT NULL,
	"main_business" text,
	"employees" integer NOT NULL,
	"total_assets_fen" bigint,
	"ownership" text NOT NULL,
	"size_class" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "enterprises_employees_check" CHECK ("enterprises"."employees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "supply_chain_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"core_enterprise_id" uuid NOT NULL,
	"supplier_enterprise_id" uuid NOT NULL,
	"tier" integer NOT NULL,
	"products" text NOT NULL,
	CONSTRAINT "supply_chain_links_tier_check" CHECK ("supply_chain_links"."tier" between 1 and 3),
	CONSTRAINT "supply_chain_links_distinct_check" CHECK ("supply_chain_links"."core_enterprise_id" <> "supply_chain_links"."supplier_enterprise_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_username" text,
	"actor_org_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"region_code" text NOT NULL,
	"enterprise_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"parent_code" text,
	"level" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprise_bank_accounts" ADD CONSTRAINT "enterprise_bank_accounts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_bank_accounts" ADD CONSTRAINT "enterprise_bank_accounts_bank_org_id_organisations_id_fk" FOREIGN KEY ("bank_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_revenues" ADD CONSTRAINT "enterprise_revenues_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_tags" ADD CONSTRAINT "enterprise_tags_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_uscc_confirmed_by_users_id_fk" FOREIGN KEY ("uscc_confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_district_code_regions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_chain_links" ADD CONSTRAINT "supply_chain_links_core_enterprise_id_enterprises_id_fk" FOREIGN KEY ("core_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supply_chain_links" ADD CONSTRAINT "supply_chain_links_supplier_enterprise_id_enterprises_id_fk" FOREIGN KEY ("supplier_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enterprise_bank_accounts_bank_idx" ON "enterprise_bank_accounts" USING btree ("bank_org_id");--> statement-breakpoint
CREATE INDEX "enterprise_tags_enterprise_idx" ON "enterprise_tags" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_tags_tag_idx" ON "enterprise_tags" USING btree ("tag");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_uscc_key" ON "enterprises" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "enterprises_district_idx" ON "enterprises" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "enterprises_name_idx" ON "enterprises" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "supply_chain_links_pair_key" ON "supply_chain_links" USING btree ("core_enterprise_id","supplier_enterprise_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_org_idx" ON "audit_log" USING btree ("actor_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_name_key" ON "organisations" USING btree ("name");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_org_idx" ON "users" USING btree ("org_id");