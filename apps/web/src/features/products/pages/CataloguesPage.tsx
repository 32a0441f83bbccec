import { Button, Card, DatePicker, Form, Input, Popconfirm, Space, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useSession } from "../../../app/session";
import type { FieldError } from "../../../shared/api/client";
import { ExportButton } from "../../../shared/components/ExportButton";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { applyServerErrors } from "../../../shared/forms";
import { useI18n } from "../../../shared/i18n";
import {
  type Catalogue,
  downloadBooklet,
  useCatalogues,
  useCompileCatalogue,
  usePublishCatalogue,
} from "../api/products";

interface CompileValues {
  title: string;
  period: [Dayjs, Dayjs];
}

/** 产品汇编: the bureau compiles, downloads and publishes catalogues; everyone else reads the published ones. */
export function CataloguesPage() {
  const { t } = useI18n();
  const { access } = useSession();
  const catalogues = useCatalogues();
  const compile = useCompileCatalogue();
  const publish = usePublishCatalogue();
  const [form] = Form.useForm<CompileValues>();
  const [leftover, setLeftover] = useState<FieldError[]>([]);

  const onCompile = async ({ title, period }: CompileValues) => {
    try {
      await compile.mutateAsync({
        title,
        periodFrom: period[0].format("YYYY-MM-DD"),
        periodTo: period[1].format("YYYY-MM-DD"),
      });
      form.resetFields();
      setLeftover([]);
    } catch (error) {
      setLeftover(applyServerErrors(form, error, ["title"]));
    }
  };

  return (
    <>
      <PageHeader title={t("menu.productCatalogues")} subtitle={t("catalogue.subtitle")} />
      {access.compileCatalogues && (
        <Card title={t("catalogue.compile")} style={{ marginBottom: 16 }}>
          {compile.isError && <ProblemAlert error={compile.error} fieldErrors={leftover} />}
          <Form<CompileValues> form={form} layout="inline" onFinish={onCompile}>
            <Form.Item name="title" label={t("catalogue.title")} rules={[{ required: true }]}>
              <Input style={{ width: 360 }} data-testid="catalogue-title" />
            </Form.Item>
            <Form.Item name="period" label={t("catalogue.period")} rules={[{ required: true }]}>
              <DatePicker.RangePicker data-testid="catalogue-period" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={compile.isPending}
              data-testid="catalogue-compile"
            >
              {t("catalogue.compile")}
            </Button>
          </Form>
        </Card>
      )}
      <Card>
        {(catalogues.isError || publish.isError) && (
          <ProblemAlert error={catalogues.error ?? publish.error} />
        )}
        <div data-testid="catalogue-table">
          <Table<Catalogue>
            rowKey="id"
            size="middle"
            loading={catalogues.isFetching}
            dataSource={catalogues.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              {
                key: "title",
                title: t("catalogue.title"),
                dataIndex: "title",
                render: (title: string) => <span data-testid="catalogue-row-title">{title}</span>,
              },
              {
                key: "period",
                title: t("catalogue.period"),
                render: (_, row) => `${row.periodFrom} ~ ${row.periodTo}`,
              },
              { key: "count", title: t("catalogue.products"), dataIndex: "productCount" },
              {
                key: "published",
                title: t("catalogue.status"),
                render: (_, row) =>
                  row.publishedOn ? (
                    <Tag color="success" data-testid="catalogue-status" data-status="published">
                      {t("catalogue.publishedOn", { date: row.publishedOn, n: row.deliveries })}
                    </Tag>
                  ) : (
                    <Tag data-testid="catalogue-status" data-status="compiled">
                      {t("catalogue.compiledOn", { date: row.compiledOn })}
                    </Tag>
                  ),
              },
              {
                key: "actions",
                title: t("catalogue.actions"),
                render: (_, row) => (
                  <Space>
                    <ExportButton
                      onExport={() => downloadBooklet(row.id, "pdf")}
                      label="PDF"
                      testId="catalogue-pdf"
                    />
                    <ExportButton
                      onExport={() => downloadBooklet(row.id, "xlsx")}
                      label="Excel"
                      testId="catalogue-xlsx"
                    />
                    {access.compileCatalogues && !row.publishedOn && (
                      <Popconfirm
                        title={t("catalogue.publishConfirm")}
                        onConfirm={() => publish.mutateAsync(row.id)}
                      >
                        <Button type="primary" loading={publish.isPending} data-testid="catalogue-publish">
                          {t("catalogue.publish")}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </div>
      </Card>
    </>
  );
}
