import type { ValidationIssue } from "../errors";
import { regionCovers } from "../regions";

/*
 * What an enterprise may choose on its 推荐表: a programme of its own region, and a bank and a
 * guarantor that take part in that programme. The form offers only these; the server refuses the rest.
 */

export interface ProgrammeRegion {
  code: string;
  regionCode: string;
}

export interface PartyOrganisation {
  id: string;
  type: string;
  regionCode: string;
  active: boolean;
}

/** A programme is offered to the enterprises registered within its region (a county copy within its county). */
export const programmeOffered = (programme: ProgrammeRegion, enterpriseDistrict: string): boolean =>
  regionCovers(programme.regionCode, enterpriseDistrict);

/**
 * A bank or guarantor takes part in a programme when it is active, of that type, and works in the
 * programme's region: a branch within it, or an institution whose region contains it.
 */
export const takesPart = (
  programme: ProgrammeRegion,
  organisation: PartyOrganisation,
  type: "BANK" | "GUARANTOR",
): boolean =>
  organisation.active &&
  organisation.type === type &&
  (regionCovers(programme.regionCode, organisation.regionCode) ||
    regionCovers(organisation.regionCode, programme.regionCode));

export interface ApplicationChoices {
  programme: ProgrammeRegion;
  enterpriseDistrict: string;
  /** Null when no organisation has the id. */
  bank: PartyOrganisation | null;
  guarantor: PartyOrganisation | null;
}

/** Every choice the enterprise may not make, one issue each naming its field. */
export function applicationChoiceIssues(choices: ApplicationChoices): ValidationIssue[] {
  const { programme, enterpriseDistrict, bank, guarantor } = choices;
  const issues: ValidationIssue[] = [];
  if (!programmeOffered(programme, enterpriseDistrict)) {
    issues.push({
      path: ["programmeCode"],
      rule: "programme-region",
      message: {
        zh: `贷款计划 ${programme.code} 不面向本企业注册地 ${enterpriseDistrict}`,
        en: `Programme ${programme.code} does not serve the enterprise's district ${enterpriseDistrict}`,
      },
    });
  }
  if (!bank || !takesPart(programme, bank, "BANK")) {
    issues.push({
      path: ["bankOrgId"],
      rule: "programme-bank",
      message: {
        zh: `须为参与贷款计划 ${programme.code} 的银行`,
        en: `Must be a bank taking part in programme ${programme.code}`,
      },
    });
  }
  if (!guarantor || !takesPart(programme, guarantor, "GUARANTOR")) {
    issues.push({
      path: ["guarantorOrgId"],
      rule: "programme-guarantor",
      message: {
        zh: `须为参与贷款计划 ${programme.code} 的担保机构`,
        en: `Must be a guarantor taking part in programme ${programme.code}`,
      },
    });
  }
  return issues;
}
