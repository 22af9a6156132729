/**
 * azbatch-emulator: a local Azure Batch service. It speaks the Batch REST
 * protocol (api-version 2026-10-01, and accepts every stable version since
 * 2022-01-01.15.0) on 127.0.0.1, over HTTP or HTTPS, and runs tasks as child
 * processes on this machine.
 *
 * @example
 * ```ts
 * import { startEmulator } from "azbatch-emulator";
 * const emu = await startEmulator({ port: 0 });
 * console.log(emu.endpoint, emu.accountName, emu.accountKey);
 * await emu.close();
 * ```
 */
import { mkdtemp, mkdir, rm, rmdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { accountRoutes } from "./resources/account.js";
import { fileRoutes } from "./resources/files.js";
import { jobRoutes } from "./resources/jobs.js";
import { jobScheduleRoutes } from "./resources/jobSchedules.js";
import { nodeRoutes } from "./resources/nodes.js";
import { poolRoutes } from "./resources/pools.js";
import { taskRoutes } from "./resources/tasks.js";
import { RealClock, type Clock } from "./clock.js";
import { recoverAccount } from "./engine/recovery.js";
import { installScheduler } from "./engine/scheduler.js";
import { FaultInjector, parseFaultSpec, type FaultSpec, type Sleep } from "./faults.js";
import { closeLauncher } from "./launcher.js";
import { closeAgentLogs } from "./engine/agentLog.js";
import { killOwned } from "./processTree.js";
import { createBatchServer, type Route } from "./server.js";
import { Account, DEFAULT_TIMINGS, type EmulatorTimings } from "./state/account.js";
import type { AutoStorageOptions } from "./storage/autoStorage.js";
import { ApplicationRegistry, type ApplicationPackage } from "./engine/applications.js";
import { MemoryStore } from "./store/memoryStore.js";
import { SqliteStore } from "./store/sqliteStore.js";
import type { Store } from "./store/store.js";
import { loadOrCreateTls, type TlsFiles } from "./tls.js";

export { API_VERSION, FAULTS_PATH, SUPPORTED_API_VERSIONS } from "./server.js";
export type { FaultSpec, FaultRule, FaultKind, LatencySpec, BurstSpec, Sleep } from "./faults.js";
export { BATCH_AUDIENCES } from "./oauth.js";
export { DevelopmentTokenCredential, type DevelopmentAccessToken } from "./devToken.js";
export type { EmulatorTimings } from "./state/account.js";
export { ManualClock, RealClock, type Clock, type ClockTimer } from "./clock.js";
export type { Store } from "./store/store.js";
export { STATE_FILE } from "./store/sqliteStore.js";
export { splitCommandLine, CommandLineError } from "./commandLine.js";
export type { ApplicationPackage } from "./engine/applications.js";

/** Name of the fixed development account. */
export const DEV_ACCOUNT_NAME = "devbatch";

/**
 * Key of the fixed development account: base64 of the 64 ASCII bytes
 * `azbatch-emulator-development-key-not-a-secret-do-not-use-in-prod`.
 * It is public, like Azurite's well-known key; never use it for anything real.
 */
export const DEV_ACCOUNT_KEY =
  "YXpiYXRjaC1lbXVsYXRvci1kZXZlbG9wbWVudC1rZXktbm90LWEtc2VjcmV0LWRvLW5vdC11c2UtaW4tcHJvZA==";

/** Options of {@link startEmulator}. */
export interface EmulatorOptions {
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Port (default 0: a free port). */
  port?: number;
  /** Directory for node and task files (default: a fresh temporary directory). */
  dataDir?: string;
  /** Account name and base64 key (default {@link DEV_ACCOUNT_NAME} / {@link DEV_ACCOUNT_KEY}). */
  account?: { name?: string; key?: string };
  /** Accept any `Authorization: Bearer` token (default false). */
  allowAnyToken?: boolean;
  /** Delays of simulated transitions (defaults: {@link DEFAULT_TIMINGS}). */
  timings?: Partial<EmulatorTimings>;
  /** Keep the data directory on close when the emulator created it (default false: it is deleted). A `dataDir` you pass is never deleted. */
  keepDataDir?: boolean;
  /**
   * Where state lives: `"sqlite"` (`<dataDir>/state.sqlite`, kept across restarts) or `"memory"`.
   * Default: `"sqlite"` when you pass a `dataDir`, else `"memory"`.
   */
  persistence?: "memory" | "sqlite";
  /** Time source of every simulated delay (default: the wall clock; tests pass a {@link ManualClock}). */
  clock?: Clock;
  /**
   * Serve HTTPS (default false): `true` generates a certificate for `127.0.0.1`, `::1`,
   * `localhost` and {@link EmulatorOptions.hostNames}, written to `<dataDir>/tls/cert.pem`;
   * or give PEM files `{ cert, key }`.
   */
  https?: boolean | TlsFiles;
  /**
   * Development OAuth mode: `"basic"` accepts bearer JWTs whose audience is the Batch resource,
   * checking shape, audience, `exp`/`nbf` and issuer form but NOT the signature. Needs `https`.
   */
  oauth?: "basic";
  /** Host names served besides `127.0.0.1`, `localhost`, `[::1]` and the bound host; requests for other names get 400. */
  hostNames?: string[];
  /** Injected faults (default none); change them at run time with `PUT /_emulator/faults`. */
  faults?: FaultSpec;
  /** Timer of injected latency (default: the emulator's clock, {@link EmulatorOptions.clock}). */
  sleep?: Sleep;
  /** Serve the dashboard at `/` (default true). It answers only loopback requests and never shows the key. */
  dashboard?: boolean;
  /** The Storage account (for example Azurite) behind resource files' `autoStorageContainerName`: blob endpoint, and account name and key for shared key access. */
  autoStorage?: AutoStorageOptions;
  /** Application packages (a folder or a `.zip` each) that `listApplications` reports and pools and tasks reference. */
  applications?: ApplicationPackage[];
  /**
   * The account's node quota: the most nodes its pools hold together (default 1,000). A resize
   * past it gets the nodes there is room for and a resize error `AccountCoreQuotaReached`
   * (`AccountLowPriorityCoreQuotaReached` for low-priority nodes), as the service does at its quota.
   */
  maxNodes?: number;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Account endpoint, for example `http://127.0.0.1:41234`. */
  endpoint: string;
  /** Account name to sign with. */
  accountName: string;
  /** Base64 account key to sign with. */
  accountKey: string;
  /** Directory holding node and task files (and `state.sqlite` when durable). */
  dataDir: string;
  /** With HTTPS: the certificate clients must trust (PEM) and its file. */
  tls?: { certificate: string; certificatePath: string };
  /** The dashboard's address (`endpoint` + `/`), or undefined when it is off. */
  dashboardUrl?: string;
  /** True when state is kept in SQLite and survives a restart. */
  durable: boolean;
  /** Tasks found running at start (from a previous run) and requeued. */
  requeuedAtStart: number;
  /** Kills every process a task started (see the README for what can remain), stops timers, closes the server and deletes a data directory it created (unless `keepDataDir`). */
  close(): Promise<void>;
}

/** Every operation the emulator serves. */
export const ROUTES: readonly Route[] = [
  ...accountRoutes,
  ...poolRoutes,
  ...nodeRoutes,
  ...jobRoutes,
  ...taskRoutes,
  ...fileRoutes,
  ...jobScheduleRoutes,
];

/**
 * Starts an emulator.
 * @param options - Host, port, data directory, account, auth, HTTPS, host names and faults.
 * @returns The endpoint, the account's name and key, and `close()`.
 * @throws When the port cannot be bound or the data directory cannot be created.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? "127.0.0.1";
  if (options.oauth !== undefined && options.oauth !== "basic")
    throw new Error(`Unknown oauth mode '${String(options.oauth)}' (only 'basic')`);
  if (options.oauth && !options.https)
    throw new Error("The OAuth mode needs HTTPS (https option, --https): clients send bearer tokens over HTTPS only.");
  const faultSpec = options.faults ? parseFaultSpec(options.faults) : undefined;
  const applications = new ApplicationRegistry(options.applications);
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ? resolve(options.dataDir) : await mkdtemp(join(tmpdir(), "azbatch-emulator-"));
  await mkdir(join(dataDir, "nodes"), { recursive: true });
  const persistence = options.persistence ?? (options.dataDir ? "sqlite" : "memory");
  const store: Store = persistence === "sqlite" ? new SqliteStore(dataDir) : new MemoryStore();
  const account = new Account({
    name: options.account?.name ?? DEV_ACCOUNT_NAME,
    key: options.account?.key ?? DEV_ACCOUNT_KEY,
    dataDir,
    timings: { ...DEFAULT_TIMINGS, ...options.timings },
    store,
    clock: options.clock ?? new RealClock(),
    maxNodes: options.maxNodes,
  });
  // Processes of an emulator that was killed (kill -9) on this data directory outlive it: end them
  // before their tasks are requeued, so that an old run never writes beside the new one.
  const previousTag = store.swapProcessTag(account.processTag);
  if (previousTag !== undefined && previousTag !== account.processTag) await killOwned(previousTag);
  /** Lets go of the data directory (the SQLite lock, the held-open root) when the start fails; removes one of its own. */
  const letGo = async (): Promise<void> => {
    account.close();
    await account.files.close();
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
  };
  const hostNames = [...(options.hostNames ?? []), ...(host === "0.0.0.0" || host === "::" ? [] : [host])];
  let tls: Awaited<ReturnType<typeof loadOrCreateTls>> | undefined;
  try {
    tls = options.https
      ? await loadOrCreateTls(dataDir, hostNames, options.https === true ? undefined : options.https)
      : undefined;
  } catch (e) {
    await letGo();
    throw e;
  }
  const faults = new FaultInjector(faultSpec);
  account.autoStorage = options.autoStorage;
  account.applications = applications;
  installScheduler(account);
  const server = createBatchServer({
    account,
    allowAnyToken: options.allowAnyToken ?? false,
    oauth: options.oauth,
    routes: [...ROUTES],
    hostNames,
    tls,
    faults,
    sleep: options.sleep,
    dashboard: options.dashboard ?? true,
  });
  try {
    await new Promise<void>((resolvePromise, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 0, host, () => {
        server.off("error", reject);
        resolvePromise();
      });
    });
  } catch (e) {
    await letGo();
    throw e;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const shown = shownHost === "0.0.0.0" ? "127.0.0.1" : shownHost === "[::]" ? "[::1]" : shownHost;
  account.endpoint = `${tls ? "https" : "http"}://${shown}:${address.port}`;
  // Resume what a previous run left (nothing for a new store) once task environments can name the
  // endpoint; in the same turn as the server starts listening, so no request comes before it.
  const { requeued } = recoverAccount(account);
  // Trees a previous run moved aside to delete and had not removed yet (emulator/src/fs/safeFs.ts):
  // housekeeping, in the background.
  void account.files.removeRetired();
  let closing: Promise<void> | undefined;
  return {
    endpoint: account.endpoint,
    accountName: account.name,
    accountKey: account.key,
    dataDir,
    tls: tls ? { certificate: tls.cert, certificatePath: tls.certPath } : undefined,
    dashboardUrl: options.dashboard === false ? undefined : `${account.endpoint}/`,
    durable: store.durable,
    requeuedAtStart: requeued,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        account.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }).then(async () => {
        // Every process any task started, also daemons of finished tasks and
        // processes that left their group (emulator/src/processTree.ts), and
        // the launcher that started them (emulator/src/launcher.ts).
        closeLauncher(account.processTag);
        await Promise.all([killOwned(account.processTag), closeAgentLogs(account)]);
        if (ownDataDir && !options.keepDataDir) {
          await account.files.clear().catch(() => {});
          await account.files.close();
          await rmdir(dataDir).catch(() => {});
        } else await account.files.close();
      });
      return closing;
    },
  };
}
