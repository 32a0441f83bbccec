import {
  LISTING_REWARD_STAGE_TERMS,
  type ListingRewardStage,
  PIPELINE_STAGE_TERMS,
  type PipelineStage,
  TARGET_BOARD_TERMS,
  type TargetBoard,
} from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";

const STAGE_COLOURS: Record<PipelineStage, string> = {
  RESERVE: "default",
  SHAREHOLDING_REFORM: "cyan",
  TUTORING: "blue",
  FILED: "geekblue",
  APPROVED: "purple",
  LISTED: "gold",
};

export function StageTag({ stage }: { stage: PipelineStage }) {
  const { locale } = useI18n();
  return (
    <Tag color={STAGE_COLOURS[stage]} data-stage={stage}>
      {PIPELINE_STAGE_TERMS[stage][locale]}
    </Tag>
  );
}

export function useBoardName() {
  const { locale } = useI18n();
  return (board: TargetBoard) => TARGET_BOARD_TERMS[board][locale];
}

/** The listing-reward stages reached, as tags; the quotation reward when the board is quoted. */
export function RewardTags({ stages, quotation }: { stages: readonly string[]; quotation: string | null }) {
  const { t, locale } = useI18n();
  if (stages.length === 0 && !quotation) return <span>{t("pipeline.noReward")}</span>;
  return (
    <>
      {stages.map((stage) => (
        <Tag key={stage} color="green">
          {LISTING_REWARD_STAGE_TERMS[stage as ListingRewardStage][locale]}
        </Tag>
      ))}
      {quotation && <Tag color="green">{t("pipeline.quotationReward")}</Tag>}
    </>
  );
}
