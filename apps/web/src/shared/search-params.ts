import { useSearchParams } from "react-router";

/**
 * A list page's state kept in the URL (so it survives a reload and can be shared): returns the
 * params and a function that sets or clears some of them. Any change but the page goes back to
 * page 1.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!("page" in changes) || next.get("page") === "1") next.delete("page");
      return next;
    });
  return { params, update };
}
