import { EditOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Row, Skeleton, Table, Tag, Typography } from "antd";
import { useNavigate, useParams } from "react-router";
import { useBusinessDate, useSession } from "../../../app/session";
import { ApiError } from "../../../shared/api/client";
import { findIndustry, findLabel, useCatalogue, useRegionName } from "../../../shared/api/reference";
import { dateTimeCell, Nowrap } from "../../../shared/components/Nowrap";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatInteger, formatWan, formatYuan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { useEnterprise } from "../api/enterprises";
import type { BankAccount, EnterpriseTag, Revenue } from "../api/types";
import { SupplyChainCard } from "../components/SupplyChainCard";

function Money({ yuan }: { yuan: string | null }) {
  const { t } = useI18n();
  if (yuan === null) return <>—</>;
  return (
    <span className="money">
      {formatYuan(yuan)} {t("unit.yuan")}
      <Typography.Text type="secondary">
        {" "}
        ({formatWan(yuan)} {t("unit.wan")})
      </Typography.Text>
    </span>
  );
}

export function EnterpriseDetailPage() {
  const { id } = useParams();
  const { t, label, paren } = useI18n();
  const { access } = useSession();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const regionName = useRegionName();
  const query = useEnterprise(id);
  const today = useBusinessDate();
  const backTo = access.enterpriseList ? "/enterprises" : undefined;

  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageHeader title={t("enterprise.detailTitle")} backTo={backTo} />
        <ProblemAlert error={query.error} title={notFound ? t("enterprise.notFound") : undefined} />
      </>
    );
  }
  const enterprise = query.data;
  const industry = findIndustry(catalogue.data?.industries, enterprise.industryCode);

  const tagStatus = (tag: EnterpriseTag) =>
    tag.validFrom > today ? "pending" : tag.validTo !== null && tag.validTo < today ? "expired" : "current";

  return (
    <>
      <PageHeader
        title={enterprise.name}
        subtitle={`${t("enterprise.uscc")}: ${enterprise.uscc} · ${regionName(enterprise.districtCode, enterprise.districtName)}`}
        backTo={backTo}
        testId="enterprise-detail-header"
        extra={
          enterprise.canEdit && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => navigate(`/enterprises/${enterprise.id}/edit`)}
              data-testid="enterprise-edit"
            >
              {t("common.edit")}
            </Button>
          )
        }
      />
      <Card
        title={t("enterprise.sectionProfile")}
        style={{ marginBottom: 16 }}
        data-testid="enterprise-profile"
      >
        <Descriptions
          bordered
          size="middle"
          column={{ xs: 1, md: 2, xl: 3 }}
          styles={{ label: { whiteSpace: "nowrap", width: 1 } }}
          items={[
            {
              key: "uscc",
              label: t("enterprise.uscc"),
              children: (
                <>
                  <Typography.Text copyable>{enterprise.uscc}</Typography.Text>
                  {enterprise.usccConfirmedAsIssued && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      {t("enterprise.usccConfirmed")}
                    </Tag>
                  )}
                </>
              ),
            },
            { key: "name", label: t("enterprise.name"), children: enterprise.name },
            {
              key: "district",
              label: t("enterprise.district"),
              children: `${regionName(enterprise.districtCode, enterprise.districtName)}${paren(enterprise.districtCode)}`,
            },
            { key: "address", label: t("enterprise.address"), children: enterprise.address, span: 2 },
            { key: "established", label: t("enterprise.establishedOn"), children: enterprise.establishedOn },
            {
              key: "legal",
              label: t("enterprise.legalRepresentative"),
              children: enterprise.legalRepresentative,
            },
            { key: "contact", label: t("enterprise.contactName"), children: enterprise.contactName ?? "—" },
            {
              key: "phone",
              label: t("enterprise.contactPhone"),
              children: <Nowrap>{enterprise.contactPhone ?? "—"}</Nowrap>,
            },
            {
              key: "industry",
              label: t("enterprise.industry"),
              children: `${enterprise.industryCode}${industry ? ` ${label(industry)}` : ""}`,
            },
            {
              key: "cluster",
              label: t("enterprise.cluster"),
              children: enterprise.cluster
                ? label(
                    catalogue.data?.clusters.find((item) => item.code === enterprise.cluster),
                    enterprise.cluster,
                  )
                : "—",
            },
            {
              key: "ownership",
              label: t("enterprise.ownership"),
              children: label(
                findLabel(catalogue.data?.ownership, enterprise.ownership),
                enterprise.ownership,
              ),
            },
            {
              key: "size",
              label: t("enterprise.sizeClass"),
              children: label(
                findLabel(catalogue.data?.sizeClasses, enterprise.sizeClass),
                enterprise.sizeClass,
              ),
            },
            {
              key: "employees",
              label: t("enterprise.employees"),
              children: formatInteger(enterprise.employees),
            },
            {
              key: "assets",
              label: t("enterprise.totalAssets"),
              children: <Money yuan={enterprise.totalAssets} />,
            },
            {
              key: "updated",
              label: t("enterprise.updatedAt"),
              children: dateTimeCell(enterprise.updatedAt),
            },
            {
              key: "business",
              label: t("enterprise.mainBusiness"),
              children: enterprise.mainBusiness ?? "—",
              span: 3,
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title={t("enterprise.sectionRevenues")} style={{ marginBottom: 16 }}>
            <Table<Revenue>
              rowKey="year"
              size="small"
              pagination={false}
              dataSource={[...enterprise.revenues].sort((a, b) => b.year - a.year)}
              data-testid="enterprise-revenues"
              columns={[
                { key: "year", title: t("enterprise.revenueYear"), dataIndex: "year", width: 90 },
                {
                  key: "yuan",
                  title: `${t("enterprise.revenueAmount")}${paren(t("unit.yuan"))}`,
                  dataIndex: "amount",
                  align: "right",
                  render: (amount: string) => <span className="money">{formatYuan(amount)}</span>,
                },
                {
                  key: "wan",
                  title: `${t("enterprise.revenueAmount")}${paren(t("unit.wan"))}`,
                  dataIndex: "amount",
                  align: "right",
                  render: (amount: string) => <span className="money">{formatWan(amount)}</span>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t("enterprise.sectionTags")} style={{ marginBottom: 16 }}>
            <Table<EnterpriseTag>
              rowKey={(tag) => `${tag.tag}-${tag.validFrom}`}
              size="small"
              pagination={false}
              dataSource={enterprise.tags}
              data-testid="enterprise-tags"
              rowClassName={(tag) => (tagStatus(tag) === "current" ? "" : "tag-row-inactive")}
              columns={[
                {
                  key: "tag",
                  title: t("enterprise.tag"),
                  dataIndex: "tag",
                  render: (code: string, tag) => (
                    <>
                      <Tag
                        data-testid={`enterprise-tag-${code}`}
                        color={tagStatus(tag) === "current" ? "blue" : "default"}
                        className={tagStatus(tag) === "expired" ? "tag-expired" : undefined}
                      >
                        {label(findLabel(catalogue.data?.tags, code), code)}
                      </Tag>
                      {/* Kept on the bureau's key-supported list, not in the registry: say so. */}
                      {catalogue.data?.tags.find((item) => item.code === code)?.derived && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t("enterprise.keySupportedTagSource")}
                        </Typography.Text>
                      )}
                    </>
                  ),
                },
                { key: "from", title: t("enterprise.validFrom"), dataIndex: "validFrom", width: 110 },
                {
                  key: "to",
                  title: t("enterprise.validTo"),
                  dataIndex: "validTo",
                  width: 110,
                  render: (validTo: string | null) => validTo ?? t("enterprise.tagOpenEnded"),
                },
                {
                  key: "status",
                  title: t("common.status"),
                  width: 90,
                  render: (_, tag) => {
                    const status = tagStatus(tag);
                    return (
                      <Typography.Text type={status === "current" ? "success" : "secondary"}>
                        {t(`enterprise.tagStatus.${status}`)}
                      </Typography.Text>
                    );
                  },
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t("enterprise.sectionBankAccounts")} style={{ marginBottom: 16 }}>
        <Table<BankAccount>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={enterprise.bankAccounts}
          data-testid="enterprise-bank-accounts"
          columns={[
            {
              key: "bank",
              title: t("enterprise.bankName"),
              dataIndex: "bankName",
              render: (name: string, account) => (
                <>
                  {name}
                  {account.bankOrgId && (
                    <Tag color="green" style={{ marginLeft: 8 }}>
                      {t("enterprise.bankOnPlatform")}
                    </Tag>
                  )}
                </>
              ),
            },
            {
              key: "account",
              title: t("enterprise.accountNo"),
              dataIndex: "accountNo",
              render: (accountNo: string) => <span className="money">{accountNo}</span>,
            },
          ]}
        />
      </Card>
      <SupplyChainCard enterprise={enterprise} />
    </>
  );
}
