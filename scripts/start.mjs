#!/usr/bin/env node
// `npm start`: builds the web app while the server opens, migrates and seeds its database, two jobs on
// two cores instead of one after the other. The server serves the web app's files only once it has
// them, so it waits for this script's word that the build is done before it listens.
import { spawn } from "node:child_process";

const build = spawn("npm", ["run", "build", "-w", "apps/web"], { stdio: "inherit" });
const server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, WEB_BUILD: "pending" },
});

// The server asks once it is ready to listen; the answer waits for the build.
const built = new Promise((resolve) => build.on("exit", (code) => code === 0 && resolve()));
server.on("message", async () => {
  await built;
  if (server.connected) server.send("web-built");
});
build.on("exit", (code) => {
  if (code === 0) return;
  console.error(`npm start: the web build failed (exit ${code}); stopping the server`);
  process.exitCode = 1;
  server.kill("SIGTERM");
});
server.on("exit", (code, signal) => {
  build.kill("SIGTERM");
  process.exit(process.exitCode || (code ?? (signal ? 1 : 0)));
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
