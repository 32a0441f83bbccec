import { regionCovers } from "@chanrong/domain";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../i18n";
import type { Labelled, Region } from "../types";
import { call } from "./client";
import type { ResponseOf } from "./types";

/** Reference data changes with a deploy or an admin's edit, not while someone is working. */
const REFERENCE_STALE_MS = 60 * 60 * 1000;

export function useRegions() {
  return useQuery({
    queryKey: ["reference", "regions"],
    queryFn: () => call("get", "/api/v1/regions"),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: ["reference", "enterprise-catalogue"],
    queryFn: () => call("get", "/api/v1/reference/enterprise-catalogue"),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** GET /api/v1/banks item. */
export type Bank = ResponseOf<"/api/v1/banks", "get">[number];

/** Banks and financial institutions on the platform, for linking an enterprise's account to one. */
export function useBanks() {
  return useQuery({
    queryKey: ["reference", "banks"],
    queryFn: () => call("get", "/api/v1/banks"),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function findLabel(
  list: readonly Labelled[] | undefined,
  code: string | null | undefined,
): Labelled | undefined {
  if (!code || !list) return undefined;
  return list.find((item) => item.code === code);
}

/** The most specific catalogue entry for an industry code (C3670 → C3670, C3671 → C36, …). */
export function findIndustry(
  list: readonly Labelled[] | undefined,
  code: string | null | undefined,
): Labelled | undefined {
  if (!code || !list) return undefined;
  for (let length = code.length; length >= 1; length--) {
    const found = list.find((item) => item.code === code.slice(0, length));
    if (found) return found;
  }
  return undefined;
}

export interface RegionGroup {
  parent: Region;
  children: Region[];
}

/** Districts and zones grouped under their city (or province-level city such as Chongqing). */
export function groupRegions(regions: readonly Region[] | undefined): RegionGroup[] {
  if (!regions) return [];
  const groups: RegionGroup[] = [];
  for (const parent of regions) {
    const children = regions.filter(
      (region) =>
        region.parentCode === parent.code && (region.level === "district" || region.level === "zone"),
    );
    if (children.length) groups.push({ parent, children });
  }
  return groups;
}

/**
 * The groups an organisation of `regionCode` works in: its own city (its region, or its district's
 * city) or its province's cities; the platform's and the ministries' cover every group.
 */
export function groupsWithin(groups: readonly RegionGroup[], regionCode: string | undefined): RegionGroup[] {
  if (!regionCode) return [...groups];
  return groups.filter(
    ({ parent }) => regionCovers(regionCode, parent.code) || regionCovers(parent.code, regionCode),
  );
}

/** A region's name in the reader's language ("茅箭区" / "Maojian"), falling back to what the server sent. */
export function useRegionName(): (code: string, fallback?: string) => string {
  const regions = useRegions();
  const { locale } = useI18n();
  return (code, fallback) => {
    const region = regions.data?.find((r) => r.code === code);
    if (!region) return fallback ?? code;
    return locale === "zh" ? region.name : region.nameEn;
  };
}
