/**
 * Shapes of the programmes API (apps/server/src/modules/programmes). The configuration is its wire
 * form (packages/domain programme-config-wire.ts): money as decimal yuan strings under the key
 * without "Fen", rates and shares as decimal strings.
 */
import type { RequestBody, ResponseOf } from "../../../shared/api/types";

export type { EligibilityRule } from "@chanrong/domain";

/** GET /api/v1/programmes row. */
export type Programme = ResponseOf<"/api/v1/programmes", "get">[number];

/** GET /api/v1/programmes/:code (also what copying and saving a configuration answer). */
export type ProgrammeDetail = ResponseOf<"/api/v1/programmes/{code}", "get">;

/**
 * A programme's configuration as the server sends it and takes it back whole. A money limit the
 * programme does not set is null.
 */
export type ProgrammeConfigWire = ProgrammeDetail["config"];
export type InterestSubsidyWire = ProgrammeConfigWire["interestSubsidy"];
export type GuaranteeFeeSubsidyWire = ProgrammeConfigWire["guaranteeFeeSubsidy"];
export type SlaPeriodWire = ProgrammeConfigWire["slas"]["review"];
export type ReviewStageWire = ProgrammeConfigWire["reviewChain"][number];
export type ProgrammeVersion = ProgrammeDetail["versions"][number];

/** POST /api/v1/programmes/:code/copies body. */
export type ProgrammeCopyInput = RequestBody<"/api/v1/programmes/{code}/copies", "post">;

/** PUT /api/v1/programmes/:code/config body. */
export type ProgrammeConfigInput = RequestBody<"/api/v1/programmes/{code}/config", "put">;

/** POST /api/v1/programmes/:code/eligibility body. */
export type EligibilityInput = RequestBody<"/api/v1/programmes/{code}/eligibility", "post">;

export type EligibilityResult = ResponseOf<"/api/v1/programmes/{code}/eligibility", "post">;
export type EligibilityCheck = EligibilityResult["checks"][number];

/** GET /api/v1/key-supported-list row. */
export type KeySupportedEntry = ResponseOf<"/api/v1/key-supported-list", "get">[number];

/** GET /api/v1/negative-list row. */
export type NegativeListEntry = ResponseOf<"/api/v1/negative-list", "get">[number];
