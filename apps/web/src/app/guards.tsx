import { Button, Flex, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { Link, Navigate, useLocation } from "react-router";
import { useI18n } from "../shared/i18n";
import type { Access } from "./access";
import { useSession } from "./session";

export function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: "60vh" }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Sends anyone without a session to sign-in, remembering where they wanted to go. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { me, loading, signedOut } = useSession();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = next === "/" || signedOut ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return <>{children}</>;
}

/** A page only some roles may open; the server refuses the data anyway, this says so plainly. */
export function Guard({ allow, children }: { allow: (access: Access) => boolean; children: ReactNode }) {
  const { access } = useSession();
  const { t } = useI18n();
  if (!allow(access)) {
    return (
      <Result
        status="403"
        title={t("error.forbiddenTitle")}
        subTitle={t("error.forbiddenPage")}
        extra={
          <Link to="/">
            <Button type="primary">{t("common.backHome")}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("error.notFoundPage")}
      extra={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
}
