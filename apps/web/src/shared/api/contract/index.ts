/**
 * GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand.
 * Regenerate with `npm run contract` after changing a route's schema; `npm run lint`
 * (`npm run contract:check`) fails while this folder differs from a fresh generation.
 * Use it through ../types.ts (ResponseOf, RequestBody, QueryOf).
 * contract-hash: 17b2f67a0c448ef6c3c4579ffb3bab7ff7487d750adf30d9cb75fa123e86a6ae
 */
import type { paths as ApplicationsPaths } from "./applications";
import type { paths as BridgeLoansPaths } from "./bridge-loans";
import type { paths as CalculatorsPaths } from "./calculators";
import type { paths as DefaultsPaths } from "./defaults";
import type { paths as EnterprisesPaths } from "./enterprises";
import type { paths as EventsPaths } from "./events";
import type { paths as FinancingDemandsPaths } from "./financing-demands";
import type { paths as FinancingMatchingPaths } from "./financing-matching";
import type { paths as FinancingProductsPaths } from "./financing-products";
import type { paths as FundPaths } from "./fund";
import type { paths as IdentityPaths } from "./identity";
import type { paths as IncentivesPaths } from "./incentives";
import type { paths as InterestSubsidyPaths } from "./interest-subsidy";
import type { paths as ListingPipelinePaths } from "./listing-pipeline";
import type { paths as MonitoringPaths } from "./monitoring";
import type { paths as OfficialCalendarPaths } from "./official-calendar";
import type { paths as PilotCitiesPaths } from "./pilot-cities";
import type { paths as PlatformPaths } from "./platform";
import type { paths as ProgrammesPaths } from "./programmes";
import type { paths as ReferencePaths } from "./reference";
import type { paths as SupplyChainFinancePaths } from "./supply-chain-finance";
import type { paths as WorkbenchPaths } from "./workbench";

export type { components } from "./components";

/** Every route of the server. */
export type paths = ApplicationsPaths &
  BridgeLoansPaths &
  CalculatorsPaths &
  DefaultsPaths &
  EnterprisesPaths &
  EventsPaths &
  FinancingDemandsPaths &
  FinancingMatchingPaths &
  FinancingProductsPaths &
  FundPaths &
  IdentityPaths &
  IncentivesPaths &
  InterestSubsidyPaths &
  ListingPipelinePaths &
  MonitoringPaths &
  OfficialCalendarPaths &
  PilotCitiesPaths &
  PlatformPaths &
  ProgrammesPaths &
  ReferencePaths &
  SupplyChainFinancePaths &
  WorkbenchPaths;
