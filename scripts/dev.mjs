#!/usr/bin/env node
// Development: the API with reload on :3000 (WEB_DIST=none) and Vite on :5173 proxying /api.
import { spawn } from "node:child_process";

const children = [
  spawn("npm", ["run", "dev", "-w", "apps/server"], {
    stdio: "inherit",
    env: { ...process.env, WEB_DIST: "none" },
  }),
  spawn("npm", ["run", "dev", "-w", "apps/web"], {
    stdio: "inherit",
    env: { ...process.env, VITE_API_TARGET: "http://localhost:3000" },
  }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
