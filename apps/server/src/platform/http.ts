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

/** An actual annual rate as a decimal string ("0.0345" = 3.45%); the domain's parseAnnualRate checks its range. */
export const annualRate = z.string().max(20);

/** Why a record is corrected, withdrawn or reversed: required, as every decision states its reason. */
export const correctionReason = z.string().trim().min(1).max(500);

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : T;

/**
 * The body of a PATCH: every field optional and without its default, so that a field left out
 * stays as stored (zod 4 applies a default even inside `.partial()`, which wiped what was not sent).
 */
export function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      z.optional(field instanceof z.ZodDefault ? field.unwrap() : field),
    ]),
  ) as { [K in keyof Shape]: z.ZodOptional<WithoutDefault<Shape[K]>> };
  return z.object(shape).strict();
}
