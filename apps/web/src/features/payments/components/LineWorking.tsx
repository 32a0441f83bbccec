import { DAY_COUNT_BASIS, type RiskParty } from "@chanrong/domain";
import { Descriptions, Table, Tag, Typography } from "antd";
import { formatYuan, rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { IncentiveWorkingView, isIncentiveWorking } from "../../incentives/components/IncentiveWorkingView";
import type { CompensationWorking, PaymentLine, SubsidyWorking } from "../api/payments";

/** The contract types a line's working as unknown (a subsidy's periods, or a compensation's shares). */
const isSubsidy = (working: PaymentLine["working"]): working is SubsidyWorking =>
  typeof working === "object" && working !== null && "periods" in working && Array.isArray(working.periods);

const isCompensation = (working: PaymentLine["working"]): working is CompensationWorking =>
  typeof working === "object" && working !== null && "shares" in working && Array.isArray(working.shares);

type Period = SubsidyWorking["periods"][number];
type Share = CompensationWorking["shares"][number];

/**
 * A subsidy as the reviewer re-adds it (SPEC §3.2): each period's days × principal × rate / basis,
 * the total, the cap and whether it decided, and the one rounding.
 */
function SubsidyWorkingView({ working }: { working: SubsidyWorking }) {
  const { t } = useI18n();
  const rate = rateAsPercent(working.rate);
  const basis = DAY_COUNT_BASIS[working.dayCount];
  return (
    <div data-testid="line-working" data-kind="subsidy">
      <Typography.Text type="secondary" data-testid="working-formula">
        {t("working.formula", { rate, dayCount: working.dayCount, basis })}
      </Typography.Text>
      <Table<Period>
        size="small"
        rowKey={(period) => period.from}
        pagination={false}
        // It also sits in narrow cards (the 贴息表 page): scroll rather than break dates and amounts.
        scroll={{ x: "max-content" }}
        style={{ marginTop: 8, maxWidth: 860 }}
        dataSource={working.periods}
        columns={[
          { key: "from", title: t("working.from"), dataIndex: "from" },
          { key: "to", title: t("working.to"), dataIndex: "to" },
          { key: "days", title: t("working.days"), dataIndex: "days", align: "right" },
          {
            key: "principal",
            title: t("working.principal"),
            dataIndex: "principal",
            align: "right",
            render: (value: string) => <span className="money">{formatYuan(value)}</span>,
          },
          {
            key: "formula",
            title: "",
            render: (_, period) => (
              <Typography.Text type="secondary" className="money">
                × {rate} × {period.days} / {basis}
              </Typography.Text>
            ),
          },
          {
            key: "amount",
            title: t("working.amount"),
            dataIndex: "amount",
            align: "right",
            render: (value: string) => <span className="money">{formatYuan(value)}</span>,
          },
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 8, maxWidth: 860 }}>
        <Descriptions.Item label={t("working.uncapped")}>
          <span className="money">{formatYuan(working.uncapped)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={working.cap ? t(`working.cap.${working.cap.basis}`) : t("working.noCap")}>
          {working.cap && (
            <>
              <span className="money">{formatYuan(working.cap.amount)}</span>{" "}
              <Tag
                color={working.capped ? "orange" : "green"}
                data-testid="working-capped"
                data-capped={String(working.capped)}
              >
                {working.capped ? t("working.capDecided") : t("working.capNotDecided")}
              </Tag>
            </>
          )}
        </Descriptions.Item>
        {working.yearlyCap && (
          <Descriptions.Item label={t(`working.yearlyCap.${working.yearlyCap.basis}`)}>
            <span data-testid="working-yearly-cap">
              {t("working.yearlyCapShared", {
                limit: formatYuan(working.yearlyCap.limit),
                total: formatYuan(working.yearlyCap.total),
                before: formatYuan(working.yearlyCap.before),
              })}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("working.result")}>
          <Typography.Text strong className="money" data-testid="working-amount">
            {formatYuan(working.amount)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("working.rounding")}>
          {t("working.roundingRule")}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t("working.roundingPeriods")}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}

/** A compensated loss split by the scheme, and the fund's part of it. */
function CompensationWorkingView({ working }: { working: CompensationWorking }) {
  const { t } = useI18n();
  return (
    <div data-testid="line-working" data-kind="compensation">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ maxWidth: 760 }}>
        <Descriptions.Item label={t("working.scheme")}>{working.scheme}</Descriptions.Item>
        <Descriptions.Item label={t("working.loss")}>{formatYuan(working.loss)}</Descriptions.Item>
      </Descriptions>
      <Table<Share>
        size="small"
        rowKey="party"
        pagination={false}
        style={{ marginTop: 8, maxWidth: 760 }}
        dataSource={working.shares}
        columns={[
          {
            key: "party",
            title: t("working.party"),
            dataIndex: "party",
            render: (party: RiskParty) => t(`working.party.${party}`),
          },
          {
            key: "share",
            title: t("working.share"),
            dataIndex: "share",
            align: "right",
            render: rateAsPercent,
          },
          {
            key: "amount",
            title: t("working.amount"),
            dataIndex: "amount",
            align: "right",
            render: formatYuan,
          },
        ]}
      />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 8, maxWidth: 760 }}>
        <Descriptions.Item label={t("working.fundShareOfGuarantor")}>
          {rateAsPercent(working.fundShareOfGuarantor)}
        </Descriptions.Item>
        <Descriptions.Item label={t("working.fundPays")}>
          <Typography.Text strong data-testid="working-amount">
            {formatYuan(working.fundPays)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("working.guarantorNet")}>
          {formatYuan(working.guarantorNet)}
        </Descriptions.Item>
        <Descriptions.Item label={t("working.rounding")}>{t("working.roundingRule")}</Descriptions.Item>
      </Descriptions>
    </div>
  );
}

/** The working stored with a payment line, as it was when the line was computed. */
export function LineWorking({ working }: { working: PaymentLine["working"] }) {
  const { t } = useI18n();
  if (isSubsidy(working)) return <SubsidyWorkingView working={working} />;
  if (isCompensation(working)) return <CompensationWorkingView working={working} />;
  if (isIncentiveWorking(working)) return <IncentiveWorkingView working={working} />;
  return <Typography.Text type="secondary">{t("working.none")}</Typography.Text>;
}
