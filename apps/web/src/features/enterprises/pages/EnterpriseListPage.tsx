import { CloudUploadOutlined, PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Card, Col, Input, Row, Select, Table, type TableColumnsType, Typography } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../../app/session";
import { findIndustry, findLabel, useCatalogue, useRegionName } from "../../../shared/api/reference";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { formatInteger, formatWan } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { exportEnterprises, useEnterpriseList } from "../api/enterprises";
import type { Enterprise, EnterpriseFilter } from "../api/types";
import { DistrictSelect } from "../components/DistrictSelect";
import { TagList } from "../components/TagList";

const FILTER_KEYS = ["q", "district", "tag", "sizeClass", "industry"] as const;
const PAGE_SIZES = [10, 20, 50, 100];

function readFilter(params: URLSearchParams): EnterpriseFilter {
  const filter: EnterpriseFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

function readPositive(params: URLSearchParams, key: string, fallback: number): number {
  const value = Number(params.get(key));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function EnterpriseListPage() {
  const { t, label } = useI18n();
  const { access } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const page = readPositive(params, "page", 1);
  const pageSize = Math.min(readPositive(params, "pageSize", 20), 200);
  const [text, setText] = useState(filter.q ?? "");
  const catalogue = useCatalogue();
  const regionName = useRegionName();
  const list = useEnterpriseList(filter, page, pageSize);

  /** Changes the URL: a new filter always starts again at page 1. */
  const update = useCallback(
    (changes: Record<string, string | number | undefined | null>) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        const resetsPage = Object.keys(changes).some((key) => key !== "page" && key !== "pageSize");
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === "") next.delete(key);
          else next.set(key, String(value));
        }
        if (resetsPage) next.delete("page");
        if (next.get("page") === "1") next.delete("page");
        if (next.get("pageSize") === "20") next.delete("pageSize");
        return next;
      });
    },
    [setParams],
  );

  // Typing searches after a short pause; Enter searches at once.
  const currentQ = filter.q ?? "";
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === currentQ) return;
    const timer = setTimeout(() => update({ q: trimmed }), 400);
    return () => clearTimeout(timer);
  }, [text, currentQ, update]);
  // The URL changed by itself (back button, a link): show its search text.
  const [shownQ, setShownQ] = useState(currentQ);
  if (shownQ !== currentQ) {
    setShownQ(currentQ);
    if (text.trim() !== currentQ) setText(currentQ);
  }

  const columns: TableColumnsType<Enterprise> = [
    {
      key: "name",
      title: t("enterprise.name"),
      dataIndex: "name",
      fixed: "left",
      width: 240,
      render: (name: string, row) => (
        <Link to={`/enterprises/${row.id}`} data-testid="enterprise-link">
          {name}
        </Link>
      ),
    },
    {
      key: "uscc",
      title: t("enterprise.uscc"),
      dataIndex: "uscc",
      width: 190,
      render: (uscc: string) => <Typography.Text copyable={{ text: uscc }}>{uscc}</Typography.Text>,
    },
    {
      key: "district",
      title: t("enterprise.district"),
      dataIndex: "districtName",
      width: 130,
      render: (name: string, row) => regionName(row.districtCode, name),
    },
    {
      key: "industry",
      title: t("enterprise.industry"),
      dataIndex: "industryCode",
      width: 200,
      render: (code: string) => {
        const industry = findIndustry(catalogue.data?.industries, code);
        return industry ? `${code} ${label(industry)}` : code;
      },
    },
    {
      key: "sizeClass",
      title: t("enterprise.sizeClass"),
      dataIndex: "sizeClass",
      width: 90,
      render: (code: string) => label(findLabel(catalogue.data?.sizeClasses, code), code),
    },
    {
      key: "employees",
      title: t("enterprise.employees"),
      dataIndex: "employees",
      align: "right",
      width: 100,
      render: (value: number) => <span className="money">{formatInteger(value)}</span>,
    },
    {
      key: "revenue",
      title: t("enterprise.latestRevenueWan"),
      align: "right",
      width: 150,
      render: (_, row) => {
        const latest = row.revenues.at(-1);
        if (!latest) return "—";
        return (
          <span className="money" title={`${latest.year}`}>
            {formatWan(latest.amount)}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {" "}
              ({latest.year})
            </Typography.Text>
          </span>
        );
      },
    },
    {
      key: "tags",
      title: t("enterprise.tags"),
      dataIndex: "tags",
      width: 280,
      render: (tags: Enterprise["tags"]) => <TagList tags={tags} onlyCurrent />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("menu.enterprises")}
        subtitle={t("enterprise.listSubtitle")}
        extra={
          <>
            <ExportButton
              onExport={() => exportEnterprises(filter)}
              label={t("enterprise.export")}
              testId="enterprise-export"
            />
            {access.importEnterprises && (
              <Button
                icon={<CloudUploadOutlined />}
                onClick={() => navigate("/enterprises/import")}
                data-testid="enterprise-import"
              >
                {t("enterprise.import")}
              </Button>
            )}
            {access.createEnterprise && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate("/enterprises/new")}
                data-testid="enterprise-create"
              >
                {t("enterprise.create")}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Row gutter={[12, 12]} className="filter-bar">
          <Col xs={24} md={12} xl={6}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t("enterprise.searchPlaceholder")}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onPressEnter={() => update({ q: text.trim() })}
              data-testid="enterprise-search"
            />
          </Col>
          <Col xs={12} md={6} xl={5}>
            <DistrictSelect
              includeCities
              allowClear
              style={{ width: "100%" }}
              placeholder={t("enterprise.filterDistrict")}
              value={filter.district}
              onChange={(value) => update({ district: value })}
              data-testid="filter-district"
            />
          </Col>
          <Col xs={12} md={6} xl={5}>
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              style={{ width: "100%" }}
              placeholder={t("enterprise.filterTag")}
              value={filter.tag}
              onChange={(value) => update({ tag: value })}
              options={catalogue.data?.tags.map((tag) => ({ value: tag.code, label: label(tag) }))}
              data-testid="filter-tag"
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Select<string>
              allowClear
              style={{ width: "100%" }}
              placeholder={t("enterprise.filterSize")}
              value={filter.sizeClass}
              onChange={(value) => update({ sizeClass: value })}
              options={catalogue.data?.sizeClasses.map((size) => ({ value: size.code, label: label(size) }))}
              data-testid="filter-size"
            />
          </Col>
          <Col xs={12} md={6} xl={5}>
            <Select<string>
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              style={{ width: "100%" }}
              placeholder={t("enterprise.filterIndustry")}
              value={filter.industry}
              onChange={(value) => update({ industry: value })}
              options={catalogue.data?.industries.map((industry) => ({
                value: industry.code,
                label: `${industry.code} ${label(industry)}`,
              }))}
              data-testid="filter-industry"
            />
          </Col>
        </Row>
        {list.isError && <ProblemAlert error={list.error} />}
        <div data-testid="enterprise-table">
          <Table<Enterprise>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.isError ? [] : list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1400 }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => t("common.total", { total }),
              onChange: (nextPage, nextSize) =>
                update({ page: nextSize !== pageSize ? 1 : nextPage, pageSize: nextSize }),
            }}
          />
        </div>
      </Card>
    </>
  );
}
