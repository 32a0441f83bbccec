import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/es/locale/en_US";
import zhCN from "antd/es/locale/zh_CN";
import { useState } from "react";
import { RouterProvider } from "react-router";
import { WORKBENCH_KEY } from "../features/workbench/useWorkbench";
import { isApiError } from "../shared/api/client";
import { I18nProvider, useI18n } from "../shared/i18n";
import { router } from "./router";
import { SessionProvider } from "./session";

function makeQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    // Whatever one records may change what waits for whom: the workbench and the bell read it again.
    mutationCache: new MutationCache({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: WORKBENCH_KEY }),
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A 4xx will not go away by asking again.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}

const THEME = {
  // antd's component styles come from its prebuilt stylesheet (main.tsx), not written at run time: a
  // quarter less main-thread script on every page (ADR 042). Tokens stay CSS variables set from here.
  zeroRuntime: true,
  token: {
    colorPrimary: "#1d4f91",
    colorLink: "#1d4f91",
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { siderBg: "#0f2747", headerBg: "#ffffff", bodyBg: "#f2f4f7" },
    Menu: { darkItemBg: "#0f2747", darkSubMenuItemBg: "#0b1f3a", darkItemSelectedBg: "#1d4f91" },
    Table: { headerBg: "#f5f7fa" },
  },
};

function LocalisedApp() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === "zh" ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <LocalisedApp />
      </I18nProvider>
    </QueryClientProvider>
  );
}
