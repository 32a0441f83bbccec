import { z } from "zod";

/** Shared request-schema pieces so every route validates the same way. */
export const idParams = z.object({ id: z.uuid() }).strict();

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const isoDate = z.iso.date();

export const versionField = z.number().int().min(1);

/** Decimal yuan with at most two places, as the API carries money. */
export const yuanString = z
  .string()
  .regex(/^\d{1,13}(\.\d{1,2})?$/, "金额须为最多两位小数的元 (yuan with ≤2 decimals)");
