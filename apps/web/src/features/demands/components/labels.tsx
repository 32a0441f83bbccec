import { CLAIM_STATE_TERMS, SLA_STATE_TERMS } from "@chanrong/domain";
import { Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { ClaimRow } from "../api/demands";

const STATE_COLOURS: Record<ClaimRow["state"], string> = {
  PUSHED: "default",
  CLAIMED: "processing",
  CONTACTED: "processing",
  APPROVED: "cyan",
  DECLINED: "red",
  FUNDED: "green",
  CLOSED: "green",
  RELEASED: "orange",
};

const SLA_COLOURS = {
  "on-time": "green",
  "due-soon": "gold",
  "due-today": "orange",
  overdue: "red",
} as const;

export function ClaimStateTag({ state }: { state: ClaimRow["state"] }) {
  const { label } = useI18n();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid={`claim-state-${state}`}>
      {label(CLAIM_STATE_TERMS[state])}
    </Tag>
  );
}

/** The step's deadline with its SLA colour: 正常, 即将到期, 今日到期, 已逾期. */
export function SlaTag({ claim }: { claim: ClaimRow }) {
  const { label } = useI18n();
  if (!claim.dueOn || !claim.slaState) return null;
  return (
    <Tag color={SLA_COLOURS[claim.slaState]} data-testid="claim-sla">
      {claim.dueOn} {label(SLA_STATE_TERMS[claim.slaState])}
    </Tag>
  );
}
