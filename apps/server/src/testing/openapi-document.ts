/**
 * The OpenAPI document with every reference (`{ "$ref": "#/components/…" }`) replaced by what it
 * refers to: each operation whole, as a reader sees it, whether its schemas and answers are written
 * in place or shared under `components` (ADR 019). Throws on a reference the document does not hold.
 */
export function dereferenced<T>(document: T): T {
  const target = (ref: string): unknown =>
    ref
      .replace(/^#\//, "")
      .split("/")
      .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], document);

  const resolve = (node: unknown, path: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, path));
    if (node === null || typeof node !== "object") return node;
    const { $ref, ...rest } = node as Record<string, unknown>;
    const own = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, resolve(value, path)]));
    if (typeof $ref !== "string") return own;
    const referred = target($ref);
    if (referred === undefined)
      throw new Error(`The OpenAPI document refers to ${$ref}, which it does not hold`);
    if (path.includes($ref)) throw new Error(`The OpenAPI document's ${$ref} refers to itself`);
    return { ...(resolve(referred, [...path, $ref]) as object), ...own };
  };
  return resolve(document, []) as T;
}
