import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Flex, Typography } from "antd";
import { type ReactNode, useEffect } from "react";
import { useNavigate } from "react-router";
import { useI18n } from "../i18n";

export interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  /** Where the back arrow goes; no arrow when absent. */
  backTo?: string;
  testId?: string;
}

export function PageHeader({ title, subtitle, extra, backTo, testId }: PageHeaderProps) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const appName = t("app.name");
  useEffect(() => {
    document.title = typeof title === "string" ? `${title} · ${appName}` : appName;
  }, [title, appName]);
  return (
    <Flex
      className="page-header"
      justify="space-between"
      align="flex-start"
      gap={16}
      wrap
      data-testid={testId}
    >
      <Flex gap={12} align="flex-start">
        {backTo && (
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            onClick={() => navigate(backTo)}
            aria-label="back"
          />
        )}
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Text type="secondary" className="page-subtitle">
              {subtitle}
            </Typography.Text>
          )}
        </div>
      </Flex>
      {extra && (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
