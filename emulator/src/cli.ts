#!/usr/bin/env node
/**
 * `azbatch-emulator` command: starts the emulator, prints its endpoint and
 * development account, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { startEmulator, STATE_FILE } from "./index.js";

const HELP = `azbatch-emulator: a local Azure Batch service (api-version 2026-10-01)

Usage: azbatch-emulator [options]

Options:
  --host <addr>          Interface to listen on (env AZBATCH_EMULATOR_HOST, default 127.0.0.1)
  --port <n>             Port, 0 for a free one (env AZBATCH_EMULATOR_PORT, default 10100)
  --data-dir <dir>       Node and task files and the state database, kept across restarts (env AZBATCH_EMULATOR_DATA_DIR;
                         default: a fresh temp dir, kept on exit, with state in memory)
  --account-name <name>  Account name (env AZBATCH_EMULATOR_ACCOUNT_NAME, default devbatch)
  --account-key <base64> Account key (env AZBATCH_EMULATOR_ACCOUNT_KEY, default: the documented dev key)
  --allow-any-token      Accept any Authorization: Bearer token (env AZBATCH_EMULATOR_ALLOW_ANY_TOKEN=1)
  --node-delay-ms <n>    Time of each simulated node transition (default 150)
  -h, --help             Show this help
`;

/** Parses the command line and environment, starts the emulator and waits for a signal. */
async function main(): Promise<void> {
  const env = process.env;
  const { values } = parseArgs({
    options: {
      host: { type: "string" },
      port: { type: "string" },
      "data-dir": { type: "string" },
      "account-name": { type: "string" },
      "account-key": { type: "string" },
      "allow-any-token": { type: "boolean" },
      "node-delay-ms": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const portText = values.port ?? env.AZBATCH_EMULATOR_PORT ?? "10100";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port '${portText}'`);
  const delay = values["node-delay-ms"] !== undefined ? Number(values["node-delay-ms"]) : undefined;
  if (delay !== undefined && !(delay >= 0)) throw new Error(`Invalid --node-delay-ms '${values["node-delay-ms"]}'`);
  const emulator = await startEmulator({
    host: values.host ?? env.AZBATCH_EMULATOR_HOST,
    port,
    dataDir: values["data-dir"] ?? env.AZBATCH_EMULATOR_DATA_DIR,
    account: { name: values["account-name"] ?? env.AZBATCH_EMULATOR_ACCOUNT_NAME, key: values["account-key"] ?? env.AZBATCH_EMULATOR_ACCOUNT_KEY },
    allowAnyToken: values["allow-any-token"] ?? (env.AZBATCH_EMULATOR_ALLOW_ANY_TOKEN === "1" || env.AZBATCH_EMULATOR_ALLOW_ANY_TOKEN === "true"),
    keepDataDir: true,
    timings: delay !== undefined ? { nodeCreateMs: delay, nodeStartMs: delay, nodeRebootMs: delay } : undefined,
  });
  process.stdout.write(
    [
      "azbatch-emulator is running",
      `  endpoint:     ${emulator.endpoint}`,
      `  account name: ${emulator.accountName}`,
      `  account key:  ${emulator.accountKey}`,
      `  data dir:     ${emulator.dataDir}`,
      `  state:        ${emulator.durable ? `SQLite (${join(emulator.dataDir, STATE_FILE)}), kept across restarts; ${emulator.requeuedAtStart} running task(s) requeued at start` : "in memory (pass --data-dir to keep it)"}`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}, stopping...\n`);
    void emulator.close().then(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  process.stderr.write(`azbatch-emulator: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
