#!/usr/bin/env node
/**
 * `azbatch-emulator` command: starts the emulator, prints its endpoint and
 * development account, and shuts down cleanly on SIGINT/SIGTERM.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { join } from "node:path";
import { startEmulator, STATE_FILE, type FaultSpec } from "./index.js";
import { markDefaults, parseApplicationOption } from "./engine/applications.js";

const HELP = `azbatch-emulator: a local Azure Batch service (api-versions 2022-01-01.15.0 to 2026-10-01)

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
  --max-nodes <n>        The account's node quota: the most nodes its pools hold together (env AZBATCH_EMULATOR_MAX_NODES, default 1000)
  --https                Serve HTTPS with a certificate generated for 127.0.0.1/localhost (written to <data-dir>/tls/cert.pem)
  --cert <file> --key <file>  Serve HTTPS with this PEM certificate and key instead (implies --https)
  --oauth basic          Accept Entra ID bearer tokens for the Batch resource (shape, audience, expiry checked; signature NOT checked); needs --https
  --host-name <name>     Also serve requests for this Host name (repeatable; env AZBATCH_EMULATOR_HOST_NAMES, comma-separated)
  --faults <json|@file>  Inject faults (JSON fault specification, or @path of a JSON file; env AZBATCH_EMULATOR_FAULTS)
  --no-dashboard         Do not serve the dashboard at / (env AZBATCH_EMULATOR_DASHBOARD=0)
  --auto-storage-blob-endpoint <url>
                         Blob endpoint behind resource files' autoStorageContainerName, for example
                         Azurite's http://127.0.0.1:10000/devstoreaccount1 (env AZBATCH_EMULATOR_AUTO_STORAGE_BLOB_ENDPOINT)
  --auto-storage-account-name <name>, --auto-storage-account-key <base64>
                         Its shared key (env AZBATCH_EMULATOR_AUTO_STORAGE_ACCOUNT_NAME, ..._ACCOUNT_KEY)
  --application <name>@<version>=<folder-or-zip>
                         Register an application package (repeatable; env AZBATCH_EMULATOR_APPLICATIONS, entries separated by ';')
  --application-default <name>@<version>
                         Make that version the application's default (repeatable; env AZBATCH_EMULATOR_APPLICATION_DEFAULTS, ';'-separated)
  -h, --help             Show this help
`;

/** Reads a fault specification given as JSON text or `@file`. */
function readFaults(text: string): FaultSpec {
  const json = text.startsWith("@") ? readFileSync(text.slice(1), "utf8") : text;
  try {
    return JSON.parse(json) as FaultSpec;
  } catch (e) {
    throw new Error(`--faults is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

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
      "max-nodes": { type: "string" },
      https: { type: "boolean" },
      cert: { type: "string" },
      key: { type: "string" },
      oauth: { type: "string" },
      "host-name": { type: "string", multiple: true },
      faults: { type: "string" },
      "no-dashboard": { type: "boolean" },
      "auto-storage-blob-endpoint": { type: "string" },
      "auto-storage-account-name": { type: "string" },
      "auto-storage-account-key": { type: "string" },
      application: { type: "string", multiple: true },
      "application-default": { type: "string", multiple: true },
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
  const maxNodesText = values["max-nodes"] ?? env.AZBATCH_EMULATOR_MAX_NODES;
  const maxNodes = maxNodesText !== undefined ? Number(maxNodesText) : undefined;
  if (maxNodes !== undefined && !(Number.isSafeInteger(maxNodes) && maxNodes >= 0))
    throw new Error(`Invalid --max-nodes '${maxNodesText}'`);
  if ((values.cert === undefined) !== (values.key === undefined)) throw new Error("--cert and --key go together");
  if (values.oauth !== undefined && values.oauth !== "basic")
    throw new Error(`Unknown --oauth mode '${values.oauth}' (only 'basic')`);
  const faultsText = values.faults ?? env.AZBATCH_EMULATOR_FAULTS;
  const hostNames = [
    ...(values["host-name"] ?? []),
    ...(env.AZBATCH_EMULATOR_HOST_NAMES ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n !== ""),
  ];
  const blobEndpoint = values["auto-storage-blob-endpoint"] ?? env.AZBATCH_EMULATOR_AUTO_STORAGE_BLOB_ENDPOINT;
  if (blobEndpoint !== undefined && !URL.canParse(blobEndpoint))
    throw new Error(`Invalid --auto-storage-blob-endpoint '${blobEndpoint}'`);
  const autoStorage = blobEndpoint
    ? {
        blobEndpoint,
        accountName: values["auto-storage-account-name"] ?? env.AZBATCH_EMULATOR_AUTO_STORAGE_ACCOUNT_NAME,
        accountKey: values["auto-storage-account-key"] ?? env.AZBATCH_EMULATOR_AUTO_STORAGE_ACCOUNT_KEY,
      }
    : undefined;
  const listed = (v: string | undefined): string[] =>
    (v ?? "")
      .split(";")
      .map((x) => x.trim())
      .filter((x) => x !== "");
  const applications = markDefaults(
    [...(values.application ?? []), ...listed(env.AZBATCH_EMULATOR_APPLICATIONS)].map(parseApplicationOption),
    [...(values["application-default"] ?? []), ...listed(env.AZBATCH_EMULATOR_APPLICATION_DEFAULTS)],
  );
  const emulator = await startEmulator({
    maxNodes,
    autoStorage,
    applications,
    host: values.host ?? env.AZBATCH_EMULATOR_HOST,
    port,
    dataDir: values["data-dir"] ?? env.AZBATCH_EMULATOR_DATA_DIR,
    account: {
      name: values["account-name"] ?? env.AZBATCH_EMULATOR_ACCOUNT_NAME,
      key: values["account-key"] ?? env.AZBATCH_EMULATOR_ACCOUNT_KEY,
    },
    allowAnyToken:
      values["allow-any-token"] ??
      (env.AZBATCH_EMULATOR_ALLOW_ANY_TOKEN === "1" || env.AZBATCH_EMULATOR_ALLOW_ANY_TOKEN === "true"),
    keepDataDir: true,
    dashboard: !(
      values["no-dashboard"] ??
      (env.AZBATCH_EMULATOR_DASHBOARD === "0" || env.AZBATCH_EMULATOR_DASHBOARD === "false")
    ),
    timings: delay !== undefined ? { nodeCreateMs: delay, nodeStartMs: delay, nodeRebootMs: delay } : undefined,
    https:
      values.cert !== undefined && values.key !== undefined ? { cert: values.cert, key: values.key } : values.https,
    oauth: values.oauth as "basic" | undefined,
    hostNames,
    faults: faultsText !== undefined ? readFaults(faultsText) : undefined,
  });
  process.stdout.write(
    [
      "azbatch-emulator is running",
      `  endpoint:     ${emulator.endpoint}`,
      `  account name: ${emulator.accountName}`,
      `  account key:  ${emulator.accountKey}`,
      `  data dir:     ${emulator.dataDir}`,
      ...(emulator.tls
        ? [
            `  certificate:  ${emulator.tls.certificatePath} (trust it, e.g. NODE_EXTRA_CA_CERTS=${emulator.tls.certificatePath})`,
          ]
        : []),
      `  dashboard:    ${emulator.dashboardUrl ?? "off"}`,
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
