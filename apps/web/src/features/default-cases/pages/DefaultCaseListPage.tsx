import { Card, Flex, Select } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../shared/components/PageHeader";
import { ProblemAlert } from "../../../shared/components/ProblemAlert";
import { useI18n } from "../../../shared/i18n";
import { type DefaultCaseStatus, useDefaultCases } from "../api/default-cases";
import { CaseTable } from "../components/CaseTable";

const PAGE_SIZE = 20;

/** 代偿与追偿: the default cases of the caller's loans, guarantees or region. */
export function DefaultCaseListPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<DefaultCaseStatus>();
  const [page, setPage] = useState(1);
  const cases = useDefaultCases({ status, page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeader
        title={t("menu.defaultCases")}
        subtitle={t("defaults.casesSubtitle")}
        testId="default-cases-header"
      />
      {cases.isError && <ProblemAlert error={cases.error} />}
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Select<DefaultCaseStatus>
            allowClear
            placeholder={t("defaults.status")}
            style={{ width: 200 }}
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={(["CLAIMED", "COMPENSATED", "WITHDRAWN"] as const).map((value) => ({
              value,
              label: t(`defaults.status.${value}`),
            }))}
            data-testid="default-case-status-filter"
          />
        </Flex>
        <CaseTable
          rows={cases.data?.items}
          loading={cases.isFetching}
          total={cases.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={setPage}
        />
      </Card>
    </>
  );
}
