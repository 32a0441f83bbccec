import { useMemo } from "react";
import { useSearchState } from "../search-params";

const PAGE_SIZE = 20;

/**
 * A worklist's state, kept in the URL like every list's: the tab (what waits for the caller's
 * organisation, or all it may see), the page, and the filters named by `filterKeys` (a constant, so
 * that the filter changes only when the URL does). `update` sets or clears any of them. Without a tab
 * in the URL it opens on what waits, unless `waitingCount` says nothing does: then on all.
 */
export function useWorklist<Key extends string>(
  filterKeys: readonly Key[],
  waitingCount: number | undefined,
) {
  const { params, update } = useSearchState();
  const filter = useMemo(() => {
    const filter: Partial<Record<Key, string>> = {};
    for (const key of filterKeys) {
      const value = params.get(key);
      if (value) filter[key] = value;
    }
    return filter;
  }, [params, filterKeys]);
  return {
    waiting: (params.get("tab") ?? (waitingCount === 0 ? "all" : "waiting")) === "waiting",
    waitingCount,
    page: Math.max(1, Number(params.get("page")) || 1),
    pageSize: PAGE_SIZE,
    filter,
    update,
  };
}

export type Worklist<Key extends string = string> = ReturnType<typeof useWorklist<Key>>;
