import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalculatorOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  MoneyCollectOutlined,
  PercentageOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  StarOutlined,
  StopOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Button, Flex, Layout, Menu, type MenuProps, Tag, Tooltip, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { NotificationBell } from "../../features/applications/components/NotificationBell";
import { useI18n } from "../../shared/i18n";
import { orgTypeLabel, roleLabel } from "../../shared/labels";
import { useSession } from "../session";
import { LanguageSwitch } from "./LanguageSwitch";

type MenuItem = Required<MenuProps>["items"][number];

function selectedKey(pathname: string, ownEnterpriseId: string | null): string {
  if (pathname === "/") return "home";
  if (ownEnterpriseId && pathname.startsWith(`/enterprises/${ownEnterpriseId}`)) return "my-enterprise";
  const [, first, second] = pathname.split("/");
  // The fund's pages are one group: /fund, /fund/payments/…, /fund/statement, /fund/monthly-report.
  if (first === "fund") return `fund-${second ?? "overview"}`;
  return first ?? "home";
}

export function Brand({ collapsed = false, bare = false }: { collapsed?: boolean; bare?: boolean }) {
  const { t } = useI18n();
  return (
    <Link to="/" className={`brand${collapsed ? " brand-collapsed" : ""}${bare ? " brand-bare" : ""}`}>
      <span className="brand-mark">产</span>
      {!collapsed && (
        <span className="brand-text">
          <span className="brand-name">{t("app.name")}</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </span>
      )}
    </Link>
  );
}

/** The signed-in frame: menu on the left (only what the role may do), who and where on top. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { me, access, signOut } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  if (!me) return null;

  const item = (key: string, to: string, icon: ReactNode, label: string): MenuItem => ({
    key,
    icon,
    label: (
      <Link to={to} data-testid={`nav-${key}`}>
        {label}
      </Link>
    ),
  });
  const items: MenuItem[] = [item("home", "/", <HomeOutlined />, t("menu.home"))];
  if (access.enterpriseList)
    items.push(item("enterprises", "/enterprises", <ShopOutlined />, t("menu.enterprises")));
  if (access.ownEnterpriseId) {
    items.push(
      item(
        "my-enterprise",
        `/enterprises/${access.ownEnterpriseId}`,
        <ShopOutlined />,
        t("menu.myEnterprise"),
      ),
    );
  }
  if (access.applications)
    items.push(item("applications", "/applications", <FileTextOutlined />, t("menu.applications")));
  if (access.interestSubsidy)
    items.push(
      item("interest-subsidy", "/interest-subsidy", <PercentageOutlined />, t("menu.interestSubsidy")),
    );
  if (access.interestSubsidyAccounting) {
    items.push(
      item(
        "interest-subsidy-accounting",
        "/interest-subsidy-accounting",
        <PercentageOutlined />,
        t("menu.interestSubsidyAccounting"),
      ),
    );
  }
  if (access.feeSubsidy)
    items.push(item("fee-subsidy", "/fee-subsidy", <MoneyCollectOutlined />, t("menu.feeSubsidy")));
  if (access.defaultClaims)
    items.push(item("default-claims", "/default-claims", <AlertOutlined />, t("menu.defaultClaims")));
  if (access.defaultCases)
    items.push(
      item("default-cases", "/default-cases", <SafetyCertificateOutlined />, t("menu.defaultCases")),
    );
  if (access.fund) {
    items.push({
      key: "fund",
      icon: <FundOutlined />,
      label: <span data-testid="nav-fund">{t("menu.fund")}</span>,
      children: [
        item("fund-overview", "/fund", null, t("menu.fundOverview")),
        item("fund-payments", "/fund/payments", null, t("menu.fundPayments")),
        item("fund-statement", "/fund/statement", null, t("menu.fundStatement")),
        item("fund-monthly-report", "/fund/monthly-report", null, t("menu.fundMonthlyReport")),
      ],
    });
  }
  if (access.programmes)
    items.push(item("programmes", "/programmes", <FileProtectOutlined />, t("menu.programmes")));
  if (access.programmeLists) {
    items.push(
      item("key-supported-list", "/key-supported-list", <StarOutlined />, t("menu.keySupportedList")),
      item("negative-list", "/negative-list", <StopOutlined />, t("menu.negativeList")),
    );
  }
  items.push(item("calculators", "/calculators", <CalculatorOutlined />, t("menu.calculators")));
  if (access.organisations)
    items.push(item("organisations", "/organisations", <BankOutlined />, t("menu.organisations")));
  if (access.users) items.push(item("users", "/users", <TeamOutlined />, t("menu.users")));
  if (access.apiKeys) items.push(item("api-keys", "/api-keys", <KeyOutlined />, t("menu.apiKeys")));
  if (access.auditLog) items.push(item("audit-log", "/audit-log", <AuditOutlined />, t("menu.auditLog")));

  const handleSignOut = async () => {
    await signOut();
    navigate("/sign-in", { replace: true });
  };

  return (
    <Layout className="app-layout">
      <Layout.Sider
        width={224}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        className="app-sider"
      >
        <Brand collapsed={collapsed} />
        <Menu
          theme="dark"
          mode="inline"
          data-testid="main-menu"
          selectedKeys={[selectedKey(location.pathname, access.ownEnterpriseId)]}
          defaultOpenKeys={location.pathname.startsWith("/fund") ? ["fund"] : []}
          items={items}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Flex align="center" gap={8} className="app-header-org" data-testid="header-org">
            <ApartmentOutlined />
            <Typography.Text strong ellipsis>
              {me.organisation.name}
            </Typography.Text>
            <Tag color="blue" variant="outlined">
              {orgTypeLabel(t, me.organisation.type)}
            </Tag>
          </Flex>
          <Flex align="center" gap={16}>
            <Flex align="center" gap={6} data-testid="header-user">
              <Typography.Text>{me.user.displayName}</Typography.Text>
              {me.user.roles.map((role) => (
                <Tag key={role} color="geekblue">
                  {roleLabel(t, role)}
                </Tag>
              ))}
            </Flex>
            {access.applications && <NotificationBell />}
            <LanguageSwitch />
            <Tooltip title={t("header.signOut")}>
              <Button icon={<LogoutOutlined />} onClick={handleSignOut} data-testid="sign-out">
                {t("header.signOut")}
              </Button>
            </Tooltip>
          </Flex>
        </Layout.Header>
        <Layout.Content className="app-content">{children}</Layout.Content>
        <Layout.Footer className="app-footer">{t("app.footer")}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
