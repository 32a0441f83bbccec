ALTER TABLE "key_supported_enterprises" ALTER COLUMN "added_by" DROP NOT NULL;--> statement-breakpoint
-- The industry bureau's key-supported list is the one truth: each current 全市汽车产业重点支持企业 tag
-- becomes an entry on the list of the enterprise's city (its district's parent region), dated from the
-- tag, and the tag rows go; the tag is shown from the list from now on.
INSERT INTO "key_supported_enterprises" ("region_code", "enterprise_id", "note", "added_by", "added_at")
SELECT DISTINCT ON (city."code", e."id")
  city."code",
  e."id",
  '由企业登记标签“全市汽车产业重点支持企业”迁入 (migrated from the registry tag)',
  NULL,
  t."valid_from"::timestamptz
FROM "enterprise_tags" t
JOIN "enterprises" e ON e."id" = t."enterprise_id"
JOIN "regions" district ON district."code" = e."district_code"
JOIN "regions" city ON city."code" = coalesce(district."parent_code", district."code")
WHERE t."tag" = 'CITY_AUTO_KEY' AND (t."valid_to" IS NULL OR t."valid_to" >= current_date)
ORDER BY city."code", e."id", t."valid_from"
ON CONFLICT ("region_code", "enterprise_id") DO NOTHING;--> statement-breakpoint
DELETE FROM "enterprise_tags" WHERE "tag" = 'CITY_AUTO_KEY';
