import { Table, Tag, Typography } from "antd";
import { formatStepTime } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import type { PilotList } from "./pilotReviewApi";

/** Who decided what on which version of the list; decisions voided by a change stay, marked. */
export function DecisionHistory({ list }: { list: PilotList }) {
  const { t, label } = useI18n();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t("pilotList.history")}
      </Typography.Title>
      <Table
        rowKey={(row) => `${row.department}-${row.listVersion}`}
        data-testid="list-decisions"
        size="small"
        pagination={false}
        dataSource={list.decisions}
        columns={[
          { title: t("pilotList.department"), render: (_, row) => label(row.departmentName) },
          {
            title: t("pilotList.decision"),
            render: (_, row) => (
              <>
                <Tag color={row.decision === "approve" ? "green" : "red"}>
                  {t(row.decision === "approve" ? "pilotList.approve" : "pilotList.reject")}
                </Tag>
                {row.voided && <Tag>{t("pilotList.voidedTag")}</Tag>}
              </>
            ),
          },
          { title: t("pilotList.opinion"), dataIndex: "opinion" },
          {
            title: t("pilotList.onVersion"),
            render: (_, row) => t("pilotReview.version", { version: row.listVersion }),
          },
          { title: t("pilotList.by"), dataIndex: "decidedBy" },
          { title: t("pilotList.at"), render: (_, row) => formatStepTime(row.decidedOn, row.decidedAt) },
        ]}
      />
    </>
  );
}
