import { SCORECARD_CRITERION_TERMS } from "@chanrong/domain";
import { Alert, App, Button, Card, DatePicker, Flex, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useState } from "react";
import { useSession } from "../../../app/session";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type BankCard, exportScorecard, type Scorecard, usePublishScorecard, useScorecard } from "./api";
import { WeightsEditor } from "./WeightsEditor";

type Score = BankCard["scores"][number];

function ScoreWorking({ card }: { card: BankCard }) {
  const { t, label } = useI18n();
  const columns: ColumnsType<Score> = [
    {
      key: "criterion",
      title: t("score.criterion"),
      render: (_, s) => label(SCORECARD_CRITERION_TERMS[s.criterion]),
    },
    { key: "weight", title: t("score.weight"), dataIndex: "weight", align: "right" },
    { key: "value", title: t("score.figure"), align: "right", render: (_, s) => s.value ?? "—" },
    { key: "score", title: t("score.score"), align: "right", render: (_, s) => s.score ?? "—" },
    {
      key: "working",
      title: t("score.working"),
      render: (_, s) => <Typography.Text code>{label(s.working)}</Typography.Text>,
    },
  ];
  return (
    <>
      <Table rowKey="criterion" size="small" columns={columns} dataSource={card.scores} pagination={false} />
      <Typography.Paragraph style={{ marginTop: 8 }} data-testid="score-total-working">
        {t("score.totalWorking")}:<Typography.Text code>{label(card.totalWorking)}</Typography.Text>
      </Typography.Paragraph>
    </>
  );
}

function SlowestBanks({ scorecard }: { scorecard: Scorecard }) {
  const { t, label } = useI18n();
  return (
    <Card title={t("score.slowest")} style={{ marginTop: 16 }} data-testid="scorecard-slowest">
      {scorecard.slowest.map((entry) => (
        <Typography.Paragraph key={entry.criterion}>
          {t("score.criterionOf", { criterion: label(SCORECARD_CRITERION_TERMS[entry.criterion]) })}
          {entry.banks.length === 0
            ? t("score.noSlowest")
            : entry.banks.map((bank) => (
                <Tag color="error" key={bank.bankId} style={{ marginLeft: 8 }}>
                  {bank.bankName}
                  {/* Days to one decimal: the working below keeps the exact figure. */}
                  {bank.value !== null && ` ${Number(bank.value).toFixed(1)}`}
                </Tag>
              ))}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}

/** 银行考核: the bureau's ranking with each score's working and the publish action; a bank's own card. */
export function ScorecardPage() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const { access, me } = useSession();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const scorecard = useScorecard(month);
  const publish = usePublishScorecard();
  const data = scorecard.data;
  const shownMonth = data?.month ?? month;
  const isBank = me?.organisation.type === "BANK";

  const columns: ColumnsType<BankCard> = [
    { key: "rank", title: t("score.rank"), width: 80, render: (_, card) => card.rank ?? "—" },
    { key: "bank", title: t("score.bank"), dataIndex: "bankName" },
    {
      key: "total",
      title: t("score.total"),
      align: "right",
      render: (_, card) => <span data-testid="score-total">{card.total ?? "—"}</span>,
    },
  ];

  const confirmPublish = () => {
    if (!me || !shownMonth) return;
    modal.confirm({
      title: t("score.publish"),
      content: t("score.publishConfirm", { month: shownMonth }),
      onOk: async () => {
        await publish.mutateAsync({ regionCode: me.organisation.regionCode, month: shownMonth });
        message.success(t("score.published", { on: me.today, by: me.user.displayName }));
      },
    });
  };

  const own = isBank ? data?.cards[0] : undefined;
  return (
    <>
      <PageHeader
        title={t("menu.bankScorecard")}
        subtitle={t("score.subtitle")}
        testId="scorecard-header"
        extra={
          <Flex gap={8}>
            <DatePicker
              picker="month"
              allowClear={false}
              value={shownMonth ? dayjs(`${shownMonth}-01`) : undefined}
              onChange={(value) => setMonth(value?.format("YYYY-MM"))}
              aria-label={t("mon.month")}
              data-testid="scorecard-month"
            />
            {data && (
              <ExportButton
                onExport={() => exportScorecard(shownMonth)}
                label={t("mon.export")}
                testId="scorecard-export"
              />
            )}
            {access.publishScorecard && data && !data.publication && (
              <Button type="primary" onClick={confirmPublish} data-testid="scorecard-publish">
                {t("score.publish")}
              </Button>
            )}
          </Flex>
        }
      />
      <ProblemAlert error={publish.error} />
      {scorecard.error && isBank ? (
        <Alert type="info" showIcon message={t("score.notPublishedForBank", { month: shownMonth ?? "" })} />
      ) : (
        <ProblemAlert error={scorecard.error} />
      )}
      {data && (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Alert
            type={data.publication ? "success" : "warning"}
            showIcon
            data-testid="scorecard-publication"
            message={
              data.publication
                ? t("score.published", {
                    on: data.publication.publishedOn,
                    by: data.publication.publishedByName,
                  })
                : t("score.unpublished", { month: data.month })
            }
          />
          {!data.satisfactionRated && <Alert type="info" showIcon message={t("score.noSatisfaction")} />}
          {isBank && (
            <Alert
              type="info"
              data-testid="scorecard-own"
              message={
                own?.rank
                  ? t("score.ownCard", { rank: own.rank, count: data.bankCount })
                  : t("score.notRanked")
              }
            />
          )}
        </Flex>
      )}
      <Card>
        <Table
          rowKey="bankId"
          columns={columns}
          dataSource={data?.cards ?? []}
          loading={scorecard.isPending}
          pagination={false}
          expandable={{
            expandedRowRender: (card) => <ScoreWorking card={card} />,
          }}
          data-testid="scorecard-table"
        />
      </Card>
      {data && <SlowestBanks scorecard={data} />}
      {access.publishScorecard && me && <WeightsEditor regionCode={me.organisation.regionCode} />}
    </>
  );
}
