import { BRIDGE_LOAN_STATE_TERMS } from "@chanrong/domain";
import { Space, Tag } from "antd";
import { useI18n } from "../../../shared/i18n";
import type { BridgeLoanRow } from "../api/bridgeLoans";

const STATE_COLOURS: Record<BridgeLoanRow["state"], string> = {
  REQUESTED: "processing",
  COMMITTED: "gold",
  DECLINED: "default",
  APPROVED: "cyan",
  REJECTED: "default",
  PAID: "blue",
  RETURNED: "green",
};

/** Where a bridge stands, and the overdue flag while its money is out past the last day. */
export function BridgeStateTag({ loan }: { loan: BridgeLoanRow }) {
  const { t, label } = useI18n();
  const overdue = loan.overdue && loan.overdue.level > 0 ? loan.overdue : null;
  return (
    <Space size={4} wrap>
      <Tag color={STATE_COLOURS[loan.state]} data-testid="bridge-state" data-state={loan.state}>
        {label(BRIDGE_LOAN_STATE_TERMS[loan.state])}
      </Tag>
      {overdue && (
        <Tag color="red" data-testid="bridge-overdue" data-level={overdue.level}>
          {t(overdue.level === 2 ? "bridge.escalated" : "bridge.overdue", { days: overdue.daysOverdue })}
        </Tag>
      )}
    </Space>
  );
}
