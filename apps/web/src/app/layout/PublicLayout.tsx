import { LoginOutlined } from "@ant-design/icons";
import { Button, Flex, Layout } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../../shared/i18n";
import { FullPageSpin } from "../guards";
import { useSession } from "../session";
import { AppLayout, Brand } from "./AppLayout";
import { LanguageSwitch } from "./LanguageSwitch";

/** For pages anyone may use (the calculators): the full frame when signed in, a slim one otherwise. */
export function MaybeSignedInLayout({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const { t } = useI18n();
  if (loading) return <FullPageSpin />;
  if (me) return <AppLayout>{children}</AppLayout>;
  return (
    <Layout className="app-layout">
      <Layout.Header className="public-header" style={{ background: "#0f2747" }}>
        <Brand bare />
        <Flex align="center" gap={16}>
          <LanguageSwitch />
          <Link to="/sign-in?next=%2Fcalculators">
            <Button type="primary" icon={<LoginOutlined />} data-testid="public-sign-in">
              {t("signIn.submit")}
            </Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content className="app-content public-content">{children}</Layout.Content>
      <Layout.Footer className="app-footer">{t("app.footer")}</Layout.Footer>
    </Layout>
  );
}
