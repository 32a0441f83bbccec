ALTER TABLE "financing_demands" ADD COLUMN "product_id" uuid;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD COLUMN "product_version" integer;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD COLUMN "product_omitted_reason" text;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD CONSTRAINT "financing_demands_product_id_financing_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."financing_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financing_demands" ADD CONSTRAINT "financing_demands_product_version" CHECK (("financing_demands"."product_id" is null) = ("financing_demands"."product_version" is null));