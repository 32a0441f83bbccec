import { Card, Col, Descriptions, Row, Tag, Typography } from "antd";
import { Link } from "react-router";
import { shortcutsOf } from "../../../app/navigation";
import { useSession } from "../../../app/session";
import { useRegions } from "../../../shared/api/reference";
import { PageHeader } from "../../../shared/components/PageHeader";
import { useI18n } from "../../../shared/i18n";
import { orgTypeLabel, roleLabel } from "../../../shared/labels";
import { ServedCard } from "../../events/components/ServedCard";
import { Workbench } from "../../workbench/Workbench";

export function HomePage() {
  const { me, access } = useSession();
  const { t, locale, paren } = useI18n();
  const regions = useRegions();
  if (!me) return null;
  const region = regions.data?.find((r) => r.code === me.organisation.regionCode);
  const shortcuts = shortcutsOf(access);

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
      <Workbench />
      <ServedCard />
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
                  <Typography.Text strong>{t(shortcut.label)}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                    {shortcut.hint && t(shortcut.hint)}
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
