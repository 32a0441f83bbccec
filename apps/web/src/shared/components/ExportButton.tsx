import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import { ApiError } from "../api/client";
import { useI18n } from "../i18n";

/** Downloads an export and says so: the file's name when it arrives, the server's reason when not. */
export function ExportButton({
  onExport,
  label,
  testId,
}: {
  /** Starts the download and resolves to the file's name. */
  onExport: () => Promise<string>;
  label: string;
  testId: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const run = async () => {
    setExporting(true);
    try {
      message.success(t("common.exported", { name: await onExport() }));
    } catch (error) {
      message.error(error instanceof ApiError ? error.problem.detail : String(error));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={run} data-testid={testId}>
      {label}
    </Button>
  );
}
