import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { precompress } from "./build/precompress";
import { routePreload } from "./build/route-preload";

/**
 * What a first load of each path renders (router.tsx): its chunks are fetched beside the entry. Any other
 * path is a signed-in page; its own page chunk is not known here, the frame around it is.
 */
const FIRST_LOAD = {
  "/sign-in": ["src/features/identity/pages/SignInPage.tsx"],
  "/calculators": ["src/app/layout/PublicLayout.tsx", "src/features/calculators/pages/CalculatorsPage.tsx"],
  "/": ["src/app/layout/AppLayout.tsx", "src/features/identity/pages/HomePage.tsx"],
  "*": ["src/app/layout/AppLayout.tsx"],
};

/** Each language's text (shared/i18n/index.tsx: its storage key, Chinese first and by default). */
const LANGUAGES = {
  key: "chanrong.locale",
  values: { zh: ["src/shared/i18n/messages.ts"], en: ["src/shared/i18n/messages.en.ts"] },
};

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, "");
  const target = env.VITE_API_TARGET || "http://localhost:3001";
  return {
    plugins: [react(), routePreload({ paths: FIRST_LOAD, stored: LANGUAGES }), precompress()],
    server: {
      proxy: {
        "/api": { target, changeOrigin: false },
      },
    },
    preview: {
      proxy: {
        "/api": { target, changeOrigin: false },
      },
    },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      // React changes less often than our code: its own chunk stays cached across deploys. Everything
      // else, antd included, is split by the pages that use it (router.tsx), so no page loads another's.
      rolldownOptions: {
        // The domain package is pure (no I/O, nothing done on import but building constants): a page
        // that uses one of its functions must not pull in every module of it, decimal.js with them.
        // decimal.js only defines its class, so a module whose decimals were shaken away drops it too.
        treeshake: {
          moduleSideEffects: (id) =>
            id.includes("/packages/domain/") || id.includes("/node_modules/decimal.js/") ? false : undefined,
        },
        output: {
          codeSplitting: {
            groups: [
              { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
