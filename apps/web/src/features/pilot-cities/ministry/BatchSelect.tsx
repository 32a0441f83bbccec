import { Select } from "antd";
import { useEffect } from "react";
import { useSearchParams } from "react-router";
import { useI18n } from "../../../shared/i18n";
import { usePilotBatches } from "./pilotReviewApi";

/** The batch a review page works on: `?batch=` when given, else the newest. */
export function useSelectedBatch() {
  const [params, setParams] = useSearchParams();
  const batches = usePilotBatches();
  const chosen = params.get("batch") ?? batches.data?.[0]?.id;
  return {
    batches,
    batchId: chosen,
    batch: batches.data?.find((b) => b.id === chosen),
    select: (id: string) => setParams({ batch: id }, { replace: true }),
  };
}

export function BatchSelect({ selected }: { selected: ReturnType<typeof useSelectedBatch> }) {
  const { t } = useI18n();
  const { batches, batchId, select } = selected;
  useEffect(() => {
    if (!batchId && batches.data?.[0]) select(batches.data[0].id);
  }, [batchId, batches.data, select]);
  return (
    <Select
      style={{ minWidth: 320 }}
      data-testid="pilot-batch-select"
      loading={batches.isLoading}
      placeholder={t("pilotReview.noBatch")}
      value={batchId}
      onChange={select}
      options={(batches.data ?? []).map((b) => ({ value: b.id, label: `${b.name}(${b.documentNumber})` }))}
    />
  );
}
