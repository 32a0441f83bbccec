import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, "");
  const target = env.VITE_API_TARGET || "http://localhost:3001";
  return {
    plugins: [react()],
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
      chunkSizeWarningLimit: 2000,
    },
  };
});
