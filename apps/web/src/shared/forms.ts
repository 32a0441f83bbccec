import type { FormInstance } from "antd";
import { ApiError, type FieldError } from "./api/client";

export type NamePath = (string | number)[];

/** "revenues.0.amount" → ["revenues", 0, "amount"] (antd's name path, indexes as numbers). */
export function toNamePath(field: string): NamePath {
  return field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors on the matching form fields and returns those that match no
 * field (to be shown in an Alert). A field matches when its first segment is one of `fieldNames`
 * and, for list items, the item exists in the form.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const byPath = new Map<string, { name: NamePath; errors: string[] }>();
  const leftover: FieldError[] = [];
  for (const fieldError of error.fieldErrors) {
    const name = toNamePath(fieldError.field);
    const [head] = name;
    const listIndex = name[1];
    let known = typeof head === "string" && fieldNames.includes(head);
    if (known && typeof listIndex === "number") {
      const list: unknown = form.getFieldValue(head);
      known = Array.isArray(list) && listIndex < list.length;
    }
    if (!known) {
      leftover.push(fieldError);
      continue;
    }
    const key = name.join(".");
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(fieldError.message);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()].map(({ name, errors }) => ({ name, errors })));
  const first = [...byPath.values()][0];
  if (first) form.scrollToField(first.name, { block: "center" });
  return leftover;
}
