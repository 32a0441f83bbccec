import { Card, Table } from "antd";
import { useState } from "react";
import { ExportButton } from "../../../shared/components/ExportButton";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { LISTS, labelsOf } from "../../products/pages/labels";
import {
  exportProductEnterprises,
  MATCHES_PAGE_SIZE,
  type ProductEnterprises,
  useProductEnterprises,
} from "../api/matching";
import { MatchReasons, ScoreTag } from "./MatchReasons";

type Fit = ProductEnterprises["items"][number];

/** 适配企业: the registry's enterprises a listed product fits, best first, each with its reasons; exportable. */
export function ProductEnterprisesCard({ productId }: { productId: string }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(1);
  const fits = useProductEnterprises(productId, page, true);
  const data = fits.data;
  return (
    <Card
      title={t("matching.productTitle")}
      style={{ marginBottom: 16 }}
      loading={fits.isLoading}
      data-testid="product-enterprises"
      extra={
        <ExportButton
          onExport={() => exportProductEnterprises(productId)}
          label={t("demands.export")}
          testId="product-enterprises-export"
        />
      }
    >
      <ProblemAlert error={fits.error} />
      <Table<Fit>
        rowKey={(row) => row.enterprise.id}
        size="small"
        dataSource={data?.items ?? []}
        locale={{ emptyText: t("matching.noEnterprises") }}
        pagination={{
          current: page,
          pageSize: MATCHES_PAGE_SIZE,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        expandable={{
          expandedRowRender: (row) => <MatchReasons working={row} testId={`reasons-${row.enterprise.id}`} />,
        }}
        columns={[
          {
            key: "rank",
            title: t("matching.rank"),
            width: 60,
            render: (_, _row, index) => (page - 1) * MATCHES_PAGE_SIZE + index + 1,
          },
          { key: "name", title: t("matching.enterprise"), render: (_, row) => row.enterprise.name },
          { key: "district", title: t("matching.district"), render: (_, row) => row.enterprise.districtCode },
          {
            key: "size",
            title: t("matching.criterion.sizeClass"),
            render: (_, row) => labelsOf(LISTS.sizeClass, [row.enterprise.sizeClass], locale, "—"),
          },
          {
            key: "cluster",
            title: t("matching.criterion.cluster"),
            render: (_, row) =>
              labelsOf(LISTS.cluster, row.enterprise.cluster ? [row.enterprise.cluster] : [], locale, "—"),
          },
          {
            key: "score",
            title: t("matching.score"),
            width: 90,
            render: (_, row) => <ScoreTag score={row.score} testId="fit-score" />,
          },
        ]}
      />
    </Card>
  );
}
