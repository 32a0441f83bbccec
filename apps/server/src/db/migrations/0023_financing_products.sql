CREATE TABLE "enterprise_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outbox_id" bigint NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"catalogue_id" uuid,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"body" text NOT NULL,
	"body_en" text NOT NULL,
	"categories" text[] NOT NULL,
	"product_ids" uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "financing_product_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"product_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text,
	"actor_user_id" uuid NOT NULL,
	"actor_org_id" uuid NOT NULL,
	"business_date" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financing_product_versions" (
	"product_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"state" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"type" text NOT NULL,
	"rate_min" numeric(7, 6),
	"rate_max" numeric(7, 6),
	"amount_min_fen" bigint NOT NULL,
	"amount_max_fen" bigint NOT NULL,
	"term_min_months" integer NOT NULL,
	"term_max_months" integer NOT NULL,
	"collateral" text[] NOT NULL,
	"tags" text[] NOT NULL,
	"clusters" text[] NOT NULL,
	"industries" text[] NOT NULL,
	"size_classes" text[] NOT NULL,
	"districts" text[] NOT NULL,
	"materials" text NOT NULL,
	"description" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "financing_product_versions_product_id_version_pk" PRIMARY KEY("product_id","version"),
	CONSTRAINT "financing_product_versions_amounts_check" CHECK (0 < "financing_product_versions"."amount_min_fen" and "financing_product_versions"."amount_min_fen" <= "financing_product_versions"."amount_max_fen"),
	CONSTRAINT "financing_product_versions_terms_check" CHECK (0 < "financing_product_versions"."term_min_months" and "financing_product_versions"."term_min_months" <= "financing_product_versions"."term_max_months")
);
--> statement-breakpoint
CREATE TABLE "financing_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"latest_version" integer NOT NULL,
	"listed_version" integer,
	"listed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"topic" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"recipient_org_id" uuid,
	"recipient_enterprise_id" uuid,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_catalogue_entries" (
	"catalogue_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"product_version" integer NOT NULL,
	CONSTRAINT "product_catalogue_entries_catalogue_id_product_id_pk" PRIMARY KEY("catalogue_id","product_id")
);
--> statement-breakpoint
CREATE TABLE "product_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"compiled_by" uuid NOT NULL,
	"compiled_on" date NOT NULL,
	"published_by" uuid,
	"published_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "cluster" text;--> statement-breakpoint
ALTER TABLE "enterprise_messages" ADD CONSTRAINT "enterprise_messages_outbox_id_outbox_messages_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_messages" ADD CONSTRAINT "enterprise_messages_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_messages" ADD CONSTRAINT "enterprise_messages_catalogue_id_product_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."product_catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_product_events" ADD CONSTRAINT "financing_product_events_product_id_financing_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."financing_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_product_events" ADD CONSTRAINT "financing_product_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_product_events" ADD CONSTRAINT "financing_product_events_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_product_versions" ADD CONSTRAINT "financing_product_versions_product_id_financing_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."financing_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_product_versions" ADD CONSTRAINT "financing_product_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_products" ADD CONSTRAINT "financing_products_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_products" ADD CONSTRAINT "financing_products_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_recipient_org_id_organisations_id_fk" FOREIGN KEY ("recipient_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_recipient_enterprise_id_enterprises_id_fk" FOREIGN KEY ("recipient_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_catalogue_entries" ADD CONSTRAINT "product_catalogue_entries_catalogue_id_product_catalogues_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."product_catalogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_catalogue_entries" ADD CONSTRAINT "product_catalogue_entries_product_id_financing_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."financing_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_catalogues" ADD CONSTRAINT "product_catalogues_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_catalogues" ADD CONSTRAINT "product_catalogues_compiled_by_users_id_fk" FOREIGN KEY ("compiled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_catalogues" ADD CONSTRAINT "product_catalogues_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_messages_outbox_key" ON "enterprise_messages" USING btree ("outbox_id");--> statement-breakpoint
CREATE INDEX "enterprise_messages_enterprise_idx" ON "enterprise_messages" USING btree ("enterprise_id","created_at");--> statement-breakpoint
CREATE INDEX "financing_product_events_product_idx" ON "financing_product_events" USING btree ("product_id","id");--> statement-breakpoint
CREATE INDEX "financing_products_org_idx" ON "financing_products" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "financing_products_region_idx" ON "financing_products" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_messages_dedupe_key" ON "outbox_messages" USING btree ("channel","dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_messages_pending_idx" ON "outbox_messages" USING btree ("channel","id") WHERE "outbox_messages"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "product_catalogues_region_idx" ON "product_catalogues" USING btree ("region_code");