#!/usr/bin/env node
// `npm start`: the server from its bundle (rebuilt first if its sources changed since) and, when the web
// app's sources changed since its last build, that build alongside, on the other core. The server serves
// the web app's files only once it has them, so then it waits for this script's word that the build is
// done before it listens (ADR 018, ADR 021).
import { spawn } from "node:child_process";
import { buildServer, serverBundle, webBuildState } from "./build.mjs";

const web = webBuildState();
const build = web.current ? null : spawn("npm", ["run", "build", "-w", "apps/web"], { stdio: "inherit" });
try {
  await buildServer();
} catch (error) {
  build?.kill("SIGTERM");
  throw error;
}
const server = spawn(process.execPath, ["--enable-source-maps", serverBundle], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, ...(build && { WEB_BUILD: "pending" }) },
});

if (build) {
  // The server asks once it is ready to listen; the answer waits for the build.
  const built = new Promise((resolve) => build.on("exit", (code) => code === 0 && resolve()));
  server.on("message", async () => {
    await built;
    if (server.connected) server.send("web-built");
  });
  build.on("exit", (code) => {
    if (code === 0) return web.recordBuilt();
    console.error(`npm start: the web build failed (exit ${code}); stopping the server`);
    process.exitCode = 1;
    server.kill("SIGTERM");
  });
}
server.on("exit", (code, signal) => {
  build?.kill("SIGTERM");
  process.exit(process.exitCode || (code ?? (signal ? 1 : 0)));
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
