import {
  AuditOutlined,
  BankOutlined,
  CalculatorOutlined,
  CloudUploadOutlined,
  FileProtectOutlined,
  PlusCircleOutlined,
  ShopOutlined,
  StarOutlined,
  StopOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Card, Col, Descriptions, Row, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useSession } from "../../../app/session";
import { useRegions } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { type MessageKey, useI18n } from "../../../shared/i18n";
import { orgTypeLabel, roleLabel } from "../../../shared/labels";

interface Shortcut {
  key: string;
  to: string;
  icon: ReactNode;
  title: MessageKey;
  description: MessageKey;
}

export function HomePage() {
  const { me, access } = useSession();
  const { t, locale, paren } = useI18n();
  const regions = useRegions();
  if (!me) return null;
  const region = regions.data?.find((r) => r.code === me.organisation.regionCode);

  const shortcuts: Shortcut[] = [];
  if (access.enterpriseList) {
    shortcuts.push({
      key: "enterprises",
      to: "/enterprises",
      icon: <ShopOutlined />,
      title: "menu.enterprises",
      description: "home.enterprisesHint",
    });
  }
  if (access.ownEnterpriseId) {
    shortcuts.push({
      key: "my-enterprise",
      to: `/enterprises/${access.ownEnterpriseId}`,
      icon: <ShopOutlined />,
      title: "menu.myEnterprise",
      description: "home.myEnterpriseHint",
    });
  }
  if (access.createEnterprise) {
    shortcuts.push({
      key: "enterprise-new",
      to: "/enterprises/new",
      icon: <PlusCircleOutlined />,
      title: "enterprise.create",
      description: "home.createHint",
    });
  }
  if (access.importEnterprises) {
    shortcuts.push({
      key: "enterprise-import",
      to: "/enterprises/import",
      icon: <CloudUploadOutlined />,
      title: "enterprise.import",
      description: "home.importHint",
    });
  }
  if (access.programmes) {
    shortcuts.push({
      key: "programmes",
      to: "/programmes",
      icon: <FileProtectOutlined />,
      title: "menu.programmes",
      description: "home.programmesHint",
    });
  }
  if (access.programmeLists) {
    shortcuts.push(
      {
        key: "key-supported-list",
        to: "/key-supported-list",
        icon: <StarOutlined />,
        title: "menu.keySupportedList",
        description: "home.keySupportedHint",
      },
      {
        key: "negative-list",
        to: "/negative-list",
        icon: <StopOutlined />,
        title: "menu.negativeList",
        description: "home.negativeHint",
      },
    );
  }
  shortcuts.push({
    key: "calculators",
    to: "/calculators",
    icon: <CalculatorOutlined />,
    title: "menu.calculators",
    description: "home.calculatorsHint",
  });
  if (access.organisations) {
    shortcuts.push({
      key: "organisations",
      to: "/organisations",
      icon: <BankOutlined />,
      title: "menu.organisations",
      description: "home.organisationsHint",
    });
  }
  if (access.users) {
    shortcuts.push({
      key: "users",
      to: "/users",
      icon: <TeamOutlined />,
      title: "menu.users",
      description: "home.usersHint",
    });
  }
  if (access.auditLog) {
    shortcuts.push({
      key: "audit-log",
      to: "/audit-log",
      icon: <AuditOutlined />,
      title: "menu.auditLog",
      description: "home.auditHint",
    });
  }

  return (
    <>
      <PageHeader title={t("home.welcome", { name: me.user.displayName })} subtitle={t("home.subtitle")} />
      <Card title={t("home.accountCard")} style={{ marginBottom: 16 }} data-testid="home-welcome">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "org", label: t("home.organisation"), children: me.organisation.name },
            { key: "type", label: t("home.orgType"), children: orgTypeLabel(t, me.organisation.type) },
            {
              key: "region",
              label: t("home.region"),
              children: region
                ? `${locale === "zh" ? region.name : region.nameEn}${paren(region.code)}`
                : me.organisation.regionCode,
            },
            { key: "user", label: t("home.username"), children: me.user.username },
            {
              key: "roles",
              label: t("home.roles"),
              children: me.user.roles.map((role) => (
                <Tag key={role} color="geekblue">
                  {roleLabel(t, role)}
                </Tag>
              )),
            },
          ]}
        />
      </Card>
      <Typography.Title level={5} style={{ marginBottom: 12 }}>
        {t("home.shortcuts")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {shortcuts.map((shortcut) => (
          <Col key={shortcut.key} xs={24} sm={12} lg={8} xl={6}>
            <Link to={shortcut.to} data-testid={`shortcut-${shortcut.key}`}>
              <Card hoverable className="shortcut-card">
                <span className="shortcut-icon">{shortcut.icon}</span>
                <div>
                  <Typography.Text strong>{t(shortcut.title)}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                    {t(shortcut.description)}
                  </Typography.Paragraph>
                </div>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
