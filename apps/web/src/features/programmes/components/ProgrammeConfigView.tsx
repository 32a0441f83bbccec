import { Card, Descriptions, type DescriptionsProps, Flex, Tag, Typography } from "antd";
import { useRegionName } from "../../../shared/api/reference";
import { rateAsPercent } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel, useMaterialName } from "../../../shared/labels";
import type { ProgrammeConfigWire } from "../api/types";
import { percentPoints, schemeText, slaText, termText, wanText } from "./configText";

type Items = NonNullable<DescriptionsProps["items"]>;

/** One group of settings: a titled, bordered Descriptions. */
function Section({ title, items }: { title: string; items: Items }) {
  return (
    <Descriptions
      title={title}
      bordered
      size="small"
      column={{ xs: 1, lg: 2 }}
      styles={{ label: { whiteSpace: "nowrap", width: 1 } }}
      style={{ marginBottom: 20 }}
      items={items}
    />
  );
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>—</>;
  return (
    <Flex vertical gap={2}>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </Flex>
  );
}

/** A programme's configuration, readably, in the sections of SPEC §3. */
export function ProgrammeConfigView({ config }: { config: ProgrammeConfigWire }) {
  const { t, label, paren } = useI18n();
  const materialName = useMaterialName();
  const regionName = useRegionName();
  const interest = config.interestSubsidy;
  const fee = config.guaranteeFeeSubsidy;

  const eligibility: Items = [
    {
      key: "districts",
      label: t("programme.eligibleDistricts"),
      span: "filled",
      children: (
        <Flex wrap gap={4}>
          {config.eligibleDistricts.map((code) => (
            <Tag key={code} title={code}>
              {regionName(code)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: "categories",
      label: t("programme.supplyChainCategories"),
      span: "filled",
      children: config.supplyChainCategories ? (
        <Lines lines={config.supplyChainCategories.map((category) => label(category, category.code))} />
      ) : (
        t("programme.anyCategory")
      ),
    },
    {
      key: "years",
      label: t("programme.minOperatingYears"),
      children:
        config.minOperatingYears === null
          ? t("programme.unlimited")
          : t("programme.years", { n: config.minOperatingYears }),
    },
    {
      key: "revenue",
      label: t("programme.minAnnualRevenue"),
      children: <span className="money">{wanText(t, config.minAnnualRevenue)}</span>,
    },
    {
      key: "keyList",
      label: t("programme.keyList"),
      children: config.requireKeySupportedList
        ? t("programme.keyListRequired")
        : t("programme.keyListNotRequired"),
    },
    {
      key: "negativeList",
      label: t("programme.negativeList"),
      children: config.checkNegativeList
        ? t("programme.negativeListChecked")
        : t("programme.negativeListNotChecked"),
    },
  ];

  const limits: Items = [
    {
      key: "maxAmount",
      label: t("programme.maxAmount"),
      children: (
        <>
          <span className="money">{wanText(t, config.maxAmountPerEnterprise)}</span>
          {config.maxAmountPerEnterprise && (
            <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
              {t("programme.maxAmountHint")}
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: "maxTerm", label: t("programme.maxTerm"), children: termText(t, config.maxTermMonths) },
    {
      key: "uses",
      label: t("programme.loanUses"),
      children: <Lines lines={config.permittedLoanUses.map((use) => label(use, use.code))} />,
    },
    {
      key: "counter",
      label: t("programme.counterGuarantee"),
      children: <Lines lines={config.counterGuaranteeMethods.map((method) => label(method, method.code))} />,
    },
    {
      key: "materials",
      label: t("programme.requiredMaterials"),
      children: (config.requiredMaterials ?? []).length ? (
        <Lines lines={(config.requiredMaterials ?? []).map(materialName)} />
      ) : (
        t("programme.noRequiredMaterials")
      ),
    },
  ];

  const interestLimits = [
    interest.maxShareOfActualRate &&
      t("programme.maxShareOfActualRate", { share: rateAsPercent(interest.maxShareOfActualRate) }),
    interest.maxRatePoints && t("programme.maxRatePoints", { points: percentPoints(interest.maxRatePoints) }),
  ].filter((line): line is string => Boolean(line));
  const feeLimits = [
    fee.feeRateCeiling && t("programme.feeRateCeiling", { rate: rateAsPercent(fee.feeRateCeiling) }),
    fee.maxShareOfActualFee &&
      t("programme.maxShareOfActualFee", { share: rateAsPercent(fee.maxShareOfActualFee) }),
  ].filter((line): line is string => Boolean(line));

  const subsidies: Items = [
    {
      key: "interestRate",
      label: t("programme.interestSubsidy"),
      children: t("programme.interestRateValue", { rate: rateAsPercent(interest.rate) }),
    },
    { key: "interestDayCount", label: t("programme.dayCount"), children: interest.dayCount },
    {
      key: "interestLimits",
      label: t("programme.interestLimits"),
      children: interestLimits.length ? <Lines lines={interestLimits} /> : t("programme.none"),
    },
    {
      key: "interestCap",
      label: t("programme.interestCap"),
      children: <span className="money">{wanText(t, interest.maxPerEnterprisePerYear)}</span>,
    },
    {
      key: "overdue",
      label: t("programme.overdue"),
      children: interest.noneIfEverOverdue ? t("programme.noneIfEverOverdue") : t("programme.overdueAllowed"),
    },
    {
      key: "window",
      label: t("programme.applicationWindow"),
      children:
        interest.applicationWindow === "Q2-next-year"
          ? t("programme.window.Q2-next-year")
          : interest.applicationWindow,
    },
    {
      key: "feeRate",
      label: t("programme.feeSubsidy"),
      children: t("programme.feeRateValue", { rate: rateAsPercent(fee.rate) }),
    },
    { key: "feeDayCount", label: t("programme.dayCount"), children: fee.dayCount },
    {
      key: "feeLimits",
      label: t("programme.feeLimits"),
      children: feeLimits.length ? <Lines lines={feeLimits} /> : t("programme.none"),
    },
    {
      key: "feeCap",
      label: t("programme.feeCap"),
      children: <span className="money">{wanText(t, fee.cap)}</span>,
    },
  ];

  const riskSharing: Items = [
    {
      key: "schemes",
      label: t("programme.riskSchemes"),
      span: "filled",
      children: <Lines lines={config.riskSharingSchemes.map((code) => schemeText(t, code))} />,
    },
    {
      key: "fundShare",
      label: t("programme.fundShare"),
      span: "filled",
      children: rateAsPercent(config.fundShareOfGuarantor),
    },
  ];

  const process: Items = [
    {
      key: "slas",
      label: t("programme.slas"),
      span: "filled",
      children: (
        <Lines
          lines={(["review", "disbursement"] as const)
            .filter((name) => config.slas[name])
            .map((name) => slaText(t, name, config.slas[name]))}
        />
      ),
    },
    {
      key: "reviewChain",
      label: t("programme.reviewChain"),
      span: "filled",
      children: (
        <Flex vertical gap={4}>
          {config.reviewChain.map((stage, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: stages have no identity but their order
            <Flex key={index} gap={6} wrap align="center">
              <Typography.Text type="secondary">{t("programme.stageN", { n: index + 1 })}</Typography.Text>
              {stage.reviewers.map((reviewer) => (
                <Tag key={`${reviewer.orgType}-${reviewer.name}`} color="blue">
                  {reviewer.name}
                  {reviewer.name !== orgTypeLabel(t, reviewer.orgType) && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {" "}
                      · {orgTypeLabel(t, reviewer.orgType)}
                    </Typography.Text>
                  )}
                </Tag>
              ))}
              {stage.reviewers.length > 1 && (
                <Typography.Text type="secondary">{paren(t("programme.parallel")).trim()}</Typography.Text>
              )}
            </Flex>
          ))}
        </Flex>
      ),
    },
    {
      key: "validity",
      label: t("programme.validity"),
      span: "filled",
      children: t("programme.validityValue", { n: config.validityYears }),
    },
  ];

  return (
    <Card title={t("programme.configTitle")} style={{ marginBottom: 16 }} data-testid="programme-config">
      <Section title={t("programme.section.eligibility")} items={eligibility} />
      <Section title={t("programme.section.limits")} items={limits} />
      <Section title={t("programme.section.subsidies")} items={subsidies} />
      <Section title={t("programme.section.riskSharing")} items={riskSharing} />
      <Section title={t("programme.section.process")} items={process} />
    </Card>
  );
}
