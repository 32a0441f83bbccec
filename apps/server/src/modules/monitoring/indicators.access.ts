import { regionCovers } from "@chanrong/domain";
import type { Actor, OrgType } from "../../platform/actor";
import { AppError } from "../../platform/errors";

/**
 * Who reads a region's indicators, dashboard, quarterly figures and full scorecard: its bureaus,
 * government, PBOC branch and securities regulator, and the province and ministry above it. Banks
 * read only their own card and figures.
 */
export const MONITORING_READERS: readonly OrgType[] = [
  "INDUSTRY_BUREAU",
  "FINANCE_BUREAU",
  "CITY_GOVERNMENT",
  "CENTRAL_BANK_BRANCH",
  "SECURITIES_REGULATOR",
  "PROVINCE",
  "MINISTRY",
  "PLATFORM_ADMIN",
];

/** The region asked for (the caller's own by default), once the caller may read it. */
export function readableRegion(actor: Actor, regionCode: string | undefined): string {
  if (!MONITORING_READERS.includes(actor.orgType)) {
    throw AppError.forbidden({
      zh: "监测数据仅向各级经信、财政、人民银行、证监部门和政府开放",
      en: "Monitoring is for the bureaus, the PBOC branch, the regulators and the governments",
    });
  }
  const region = regionCode ?? actor.orgRegionCode;
  if (!regionCovers(actor.orgRegionCode, region)) {
    throw AppError.forbidden({ zh: "无权查看其他地区的监测数据", en: "Another region's monitoring" });
  }
  return region;
}

/** Only the region's own industry bureau configures its targets and scorecard, and publishes. */
export function requireRegionBureau(actor: Actor, regionCode: string): void {
  if (actor.orgType !== "INDUSTRY_BUREAU" || actor.orgRegionCode !== regionCode) {
    throw AppError.forbidden({
      zh: "监测目标与银行考核由本地区经信部门配置和发布",
      en: "The region's industry bureau configures and publishes these",
    });
  }
  if (!actor.roles.some((role) => role === "reviewer" || role === "admin")) {
    throw AppError.forbidden({ zh: "须由审核人或管理员操作", en: "A reviewer or admin acts on this" });
  }
}
