import { Flex, Spin } from "antd";
import type { ComponentType, ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Access } from "./access";
import { ForbiddenPage } from "./refusals";
import { useSession } from "./session";

/** Shown while the session or a page's code loads; only after a wait long enough to notice, never as a flash. */
export function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: "60vh" }}>
      <Spin size="large" delay={300} />
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

/** A route to a page only some roles may open (see Guard). */
export function guarded(path: string, allow: (access: Access) => boolean, Page: ComponentType) {
  return {
    path,
    element: (
      <Guard allow={allow}>
        <Page />
      </Guard>
    ),
  };
}

/** A page only some roles may open; the server refuses the data anyway, this says so plainly. */
export function Guard({ allow, children }: { allow: (access: Access) => boolean; children: ReactNode }) {
  const { access } = useSession();
  return allow(access) ? children : <ForbiddenPage />;
}
