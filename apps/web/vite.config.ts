import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { precompress } from "./build/precompress";

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, "");
  const target = env.VITE_API_TARGET || "http://localhost:3001";
  return {
    plugins: [react(), precompress()],
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
        treeshake: {
          moduleSideEffects: (id) => (id.includes("/packages/domain/") ? false : undefined),
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
