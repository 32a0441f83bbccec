import { pgTable, text } from "drizzle-orm/pg-core";

// Administrative divisions (GB/T 2260). Functional zones without a GB code (development
// zones, special districts) carry platform-assigned codes under their city; see ADR 004.
export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  parentCode: text("parent_code"),
  level: text("level").notNull(),
});
