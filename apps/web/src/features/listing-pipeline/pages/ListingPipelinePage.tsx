import { PlusOutlined } from "@ant-design/icons";
import { PIPELINE_STAGE_TERMS, PIPELINE_STAGES, TARGET_BOARDS } from "@chanrong/domain";
import { Button, Card, Flex, Input, Select, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { dateCell } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import {
  exportPipeline,
  type PipelineEntry,
  type PipelineFilter,
  usePipeline,
} from "../api/listing-pipeline";
import { AddEntryModal } from "../components/AddEntryModal";
import { EntryDrawer } from "../components/EntryDrawer";
import { FunnelCard } from "../components/FunnelCard";
import { RewardTags, StageTag, useBoardName } from "../components/labels";

/** 上市培育库: the region's pool with its funnel (bureaus, governments), or an enterprise's own entry. */
export function ListingPipelinePage() {
  const { t, locale } = useI18n();
  const { access } = useSession();
  const [filter, setFilter] = useState<PipelineFilter>({});
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const entries = usePipeline(filter);
  const boardName = useBoardName();
  const regional = access.ownEnterpriseId === null;

  const columns: ColumnsType<PipelineEntry> = [
    {
      key: "enterprise",
      title: t("pipeline.enterprise"),
      render: (_, entry) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => setOpenId(entry.id)}
          data-testid="pipeline-open"
        >
          {entry.enterpriseName}
        </Button>
      ),
    },
    {
      key: "stage",
      title: t("pipeline.stage"),
      width: 110,
      render: (_, entry) => <StageTag stage={entry.stage} />,
    },
    {
      key: "reached",
      title: t("pipeline.stageReachedOn"),
      dataIndex: "stageReachedOn",
      width: 110,
      render: dateCell,
    },
    { key: "board", title: t("pipeline.board"), width: 120, render: (_, entry) => boardName(entry.board) },
    { key: "sponsor", title: t("pipeline.sponsor"), render: (_, entry) => entry.sponsor ?? "—" },
    {
      key: "rewards",
      title: t("pipeline.rewards"),
      render: (_, entry) => <RewardTags stages={entry.rewardStages} quotation={entry.quotationReward} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("menu.listingPipeline")}
        subtitle={t("pipeline.subtitle")}
        testId="pipeline-header"
        extra={
          <Flex gap={8}>
            <ExportButton
              onExport={() => exportPipeline(filter)}
              label={t("pipeline.export")}
              testId="pipeline-export"
            />
            {access.manageListingPipeline && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="pipeline-add"
              >
                {t("pipeline.add")}
              </Button>
            )}
          </Flex>
        }
      />
      {regional && <FunnelCard />}
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t("pipeline.search")}
            style={{ width: 280 }}
            onSearch={(q) => setFilter((current) => ({ ...current, q: q.trim() || undefined }))}
            data-testid="pipeline-search"
          />
          <Select
            allowClear
            placeholder={t("pipeline.allStages")}
            style={{ width: 160 }}
            onChange={(stage) => setFilter((current) => ({ ...current, stage }))}
            options={PIPELINE_STAGES.map((stage) => ({
              value: stage,
              label: PIPELINE_STAGE_TERMS[stage][locale],
            }))}
            data-testid="pipeline-filter-stage"
          />
          <Select
            allowClear
            placeholder={t("pipeline.allBoards")}
            style={{ width: 160 }}
            onChange={(board) => setFilter((current) => ({ ...current, board }))}
            options={TARGET_BOARDS.map((board) => ({ value: board, label: boardName(board) }))}
          />
        </Flex>
        <ProblemAlert error={entries.error} />
        <Table
          rowKey="id"
          size="middle"
          loading={entries.isLoading}
          dataSource={entries.data ?? []}
          columns={columns}
          locale={{ emptyText: t("pipeline.empty") }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="pipeline-table"
        />
      </Card>
      <AddEntryModal open={adding} onClose={() => setAdding(false)} />
      <EntryDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
