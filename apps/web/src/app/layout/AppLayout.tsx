import { ApartmentOutlined, HomeOutlined, LogoutOutlined } from "@ant-design/icons";
import { Button, Flex, Layout, Menu, type MenuProps, Tag, Tooltip, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { NotificationBell } from "../../features/workbench/NotificationBell";
import { useI18n } from "../../shared/i18n";
import { orgTypeLabel, roleLabel } from "../../shared/labels";
import { type Destination, isGroup, type NavigationEntry, navigationOf } from "../navigation";
import { useSession } from "../session";
import { LanguageSwitch } from "./LanguageSwitch";

type MenuItem = Required<MenuProps>["items"][number];

/**
 * Where a page sits in the menu: the destination whose address is the longest leading part of the
 * page's (/incentives/apply under 投融资奖励 › 奖励申报, /fund/payments/… under the fund's 支付), and the
 * group holding it, opened.
 */
function menuPlaceOf(pathname: string, entries: NavigationEntry[]): { selected: string; open: string[] } {
  const covers = (to: string) => pathname === to || pathname.startsWith(to.endsWith("/") ? to : `${to}/`);
  let best: { selected: string; open: string[]; length: number } = { selected: "home", open: [], length: 0 };
  const consider = (destination: Destination, open: string[]) => {
    if (destination.to !== "/" && covers(destination.to) && destination.to.length > best.length) {
      best = { selected: destination.key, open, length: destination.to.length };
    }
  };
  for (const entry of entries) {
    if (isGroup(entry)) for (const child of entry.children) consider(child, [entry.key]);
    else consider(entry, []);
  }
  return best;
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

  const item = ({ key, to, icon, label }: Destination): MenuItem => ({
    key,
    icon,
    label: (
      <Link to={to} data-testid={`nav-${key}`}>
        {t(label)}
      </Link>
    ),
  });
  const navigation = navigationOf(access);
  const place = menuPlaceOf(location.pathname, navigation);
  const items: MenuItem[] = [
    item({ key: "home", to: "/", icon: <HomeOutlined />, label: "menu.home" }),
    ...navigation.flatMap((entry): MenuItem[] => {
      if (isGroup(entry)) {
        return [
          {
            key: entry.key,
            icon: entry.icon,
            label: <span data-testid={`nav-${entry.key}`}>{t(entry.label)}</span>,
            children: entry.children.map(item),
          },
        ];
      }
      return entry.shortcutOnly ? [] : [item(entry)];
    }),
  ];

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
          selectedKeys={[place.selected]}
          defaultOpenKeys={place.open}
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
            {(access.applications || access.fund || access.defaultCases || access.events) && (
              <NotificationBell />
            )}
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
