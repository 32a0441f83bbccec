import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { AUDIT_ACTION_TERMS, AUDIT_ENTITY_TERMS, type Term } from "@chanrong/domain";
import {
  AutoComplete,
  Button,
  Card,
  Col,
  DatePicker,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { DATE_FORMAT, formatDateTime } from "../../../shared/format";
import { useI18n } from "../../../shared/i18n";
import { type AuditEntry, type AuditFilter, useAuditLog } from "../api/audit";

/** The words of an action or object type the log holds; a code the vocabulary lacks shows as it is. */
function termOf(terms: Readonly<Record<string, Term>>, code: string): Term | undefined {
  return Object.hasOwn(terms, code) ? terms[code] : undefined;
}

const FILTER_KEYS = ["actorUsername", "action", "entityType", "from", "to"] as const;

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="json-block">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditLogPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => {
    const result: AuditFilter = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) result[key] = value;
    }
    return result;
  }, [params]);
  const page = Math.max(1, Number(params.get("page")) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get("pageSize")) || 20));
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const log = useAuditLog(filter, page, pageSize);

  const apply = (next: AuditFilter, nextPage = 1, nextSize = pageSize) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = next[key]?.trim();
      if (value) search.set(key, value);
    }
    if (nextPage > 1) search.set("page", String(nextPage));
    if (nextSize !== 20) search.set("pageSize", String(nextSize));
    setParams(search);
  };

  const actionLabel = (action: string) => label(termOf(AUDIT_ACTION_TERMS, action), action);
  const entityLabel = (type: string) => label(termOf(AUDIT_ENTITY_TERMS, type), type);

  return (
    <>
      <PageHeader title={t("menu.auditLog")} subtitle={t("audit.subtitle")} />
      <Card>
        <Row gutter={[12, 12]} className="filter-bar">
          <Col xs={24} md={8} xl={5}>
            <Input
              allowClear
              placeholder={t("audit.actor")}
              value={draft.actorUsername}
              onChange={(event) => setDraft({ ...draft, actorUsername: event.target.value })}
              onPressEnter={() => apply(draft)}
              data-testid="audit-actor"
            />
          </Col>
          <Col xs={24} md={8} xl={5}>
            <AutoComplete
              allowClear
              style={{ width: "100%" }}
              placeholder={t("audit.action")}
              value={draft.action}
              onChange={(value: string | undefined) => setDraft({ ...draft, action: value })}
              options={Object.keys(AUDIT_ACTION_TERMS).map((action) => ({
                value: action,
                label: `${action} · ${actionLabel(action)}`,
              }))}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? "")
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
              data-testid="audit-action"
            />
          </Col>
          <Col xs={24} md={8} xl={4}>
            <Select<string>
              allowClear
              style={{ width: "100%" }}
              placeholder={t("audit.entityType")}
              value={draft.entityType}
              onChange={(value) => setDraft({ ...draft, entityType: value })}
              options={Object.keys(AUDIT_ENTITY_TERMS).map((value) => ({ value, label: entityLabel(value) }))}
              data-testid="audit-entity-type"
            />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <DatePicker.RangePicker
              style={{ width: "100%" }}
              format={DATE_FORMAT}
              value={[draft.from ? dayjs(draft.from) : null, draft.to ? dayjs(draft.to) : null]}
              allowEmpty={[true, true]}
              onChange={(range) =>
                setDraft({
                  ...draft,
                  from: range?.[0]?.format(DATE_FORMAT),
                  to: range?.[1]?.format(DATE_FORMAT),
                })
              }
              data-testid="audit-dates"
            />
          </Col>
          <Col xs={24} md={12} xl={4}>
            <Button
              type="primary"
              icon={<SearchOutlined />}
              onClick={() => apply(draft)}
              data-testid="audit-search"
            >
              {t("common.search")}
            </Button>{" "}
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setDraft({});
                apply({});
              }}
            >
              {t("common.reset")}
            </Button>
          </Col>
        </Row>
        {log.isError && <ProblemAlert error={log.error} />}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={log.isFetching}
          dataSource={log.isError ? [] : log.data?.items}
          data-testid="audit-table"
          scroll={{ x: 1100 }}
          expandable={{
            fixed: "left",
            rowExpandable: (entry) => entry.before !== null || entry.after !== null,
            expandedRowRender: (entry) => (
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <Typography.Text strong>{t("audit.before")}</Typography.Text>
                  <Json value={entry.before} />
                </Col>
                <Col xs={24} lg={12}>
                  <Typography.Text strong>{t("audit.after")}</Typography.Text>
                  <Json value={entry.after} />
                </Col>
              </Row>
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t("common.total", { total }),
            onChange: (nextPage, nextSize) => apply(filter, nextSize !== pageSize ? 1 : nextPage, nextSize),
          }}
          columns={[
            {
              key: "at",
              title: t("audit.time"),
              dataIndex: "at",
              width: 170,
              fixed: "left",
              render: (at: string) => <span className="money">{formatDateTime(at)}</span>,
            },
            {
              key: "actor",
              title: t("audit.actor"),
              dataIndex: "actorUsername",
              width: 160,
              render: (name: string | null) => name ?? "—",
            },
            {
              key: "org",
              title: t("audit.org"),
              dataIndex: "actorOrgName",
              width: 180,
              render: (name: string | null) => name ?? "—",
            },
            {
              key: "action",
              title: t("audit.action"),
              dataIndex: "action",
              width: 200,
              render: (action: string) => (
                <Tag
                  color={action.includes("failed") || action.includes("locked") ? "red" : "blue"}
                  title={action}
                >
                  {actionLabel(action)}
                </Tag>
              ),
            },
            {
              key: "entity",
              title: t("audit.entity"),
              width: 230,
              render: (_, entry) => (
                <>
                  <div data-testid="audit-subject">
                    <Typography.Text type="secondary">{entityLabel(entry.entityType)}</Typography.Text>
                    {entry.subject && <> · {entry.subject}</>}
                  </div>
                  {entry.entityId && (
                    <Typography.Text
                      type="secondary"
                      style={{ fontSize: 12 }}
                      copyable={{ text: entry.entityId }}
                    >
                      {entry.entityId.slice(0, 8)}
                    </Typography.Text>
                  )}
                </>
              ),
            },
            { key: "ip", title: "IP", dataIndex: "ip", width: 120, render: (ip: string | null) => ip ?? "—" },
          ]}
        />
      </Card>
    </>
  );
}
