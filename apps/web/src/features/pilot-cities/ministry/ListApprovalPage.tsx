import { DEPARTMENT_TERMS } from "@chanrong/domain";
import { Alert, Button, Card, Flex, Input, Radio, Space, Tag } from "antd";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { BatchSelect, useSelectedBatch } from "./BatchSelect";
import { DecisionHistory } from "./DecisionHistory";
import { ListEntries } from "./ListCard";
import { type PilotList, useDecide, usePilotList } from "./pilotReviewApi";

/** 名单审核: each of the five departments approves or rejects the current version, with its opinion. */
export function ListApprovalPage() {
  const { t } = useI18n();
  const selected = useSelectedBatch();
  const list = usePilotList(selected.batchId);
  const data = list.data;
  return (
    <>
      <PageHeader
        title={t("pilotList.title")}
        subtitle={t("pilotList.subtitle")}
        extra={<BatchSelect selected={selected} />}
      />
      <ProblemAlert error={list.error} />
      {data && (
        <Flex vertical gap={16}>
          <Card
            title={t("pilotReview.list")}
            extra={
              <Space>
                <Tag
                  color={data.status === "PUBLISHED" ? "green" : "blue"}
                  data-testid="approval-status"
                  data-status={data.status}
                >
                  {t(`pilotReview.status.${data.status}`)}
                </Tag>
                {data.proposed && <span>{t("pilotReview.version", { version: data.version })}</span>}
              </Space>
            }
          >
            <ListEntries list={data} />
            <DecisionHistory list={data} />
          </Card>
          {data.proposed && data.status !== "PUBLISHED" && <DecisionCard list={data} />}
        </Flex>
      )}
    </>
  );
}

function DecisionCard({ list }: { list: PilotList }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const decide = useDecide();
  const [decision, setDecision] = useState<"approve" | "reject">("approve");
  const [opinion, setOpinion] = useState("");
  const department = me?.organisation.department;
  if (!department) return null;
  const mine = list.decisions.find(
    (d) => d.department === department && d.listVersion === list.version && !d.voided,
  );
  return (
    <Card title={t("pilotList.myDecision", { department: label(DEPARTMENT_TERMS[department]) })}>
      {mine ? (
        <Alert
          type="success"
          showIcon
          data-testid="approval-decided"
          message={t("pilotList.decided", { version: list.version })}
        />
      ) : (
        <Flex vertical gap={12}>
          <Radio.Group
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
            data-testid="approval-decision"
          >
            <Radio value="approve">{t("pilotList.approve")}</Radio>
            <Radio value="reject">{t("pilotList.reject")}</Radio>
          </Radio.Group>
          <Input.TextArea
            data-testid="approval-opinion"
            placeholder={t("pilotList.opinion")}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
          />
          <ProblemAlert error={decide.error} testId="approval-error" />
          <Button
            type="primary"
            data-testid="approval-submit"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate({
                id: list.batchId,
                input: { department, decision, opinion, listVersion: list.version },
              })
            }
          >
            {t("pilotList.submit")}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
