/**
 * `getPool` throughput and client CPU per call, three clients against one loopback keep-alive
 * server (a child process, so its CPU is not counted) answering a realistic pool:
 *
 *   raw        node:http with a keep-alive agent, the same request headers, JSON.parse of the body
 *   azbatch    BatchClient.getPool (shared key; its whole pipeline; the body deserialized)
 *   @azure/batch 10.2.0  BatchServiceClient.pool.get (shared key)
 *   core HttpClient      the core's default HttpClient alone (no pipeline), same headers, JSON.parse:
 *                        the floor of any client built on @azure/core-rest-pipeline
 *
 * Each round sends REQUESTS requests with CONCURRENCY in flight, per client, clients interleaved;
 * the figures are the median of ROUNDS rounds. Then import + construction time in a fresh
 * process, median of ROUNDS, for azbatch (dist/esm: run `npm run build` first) and @azure/batch.
 *
 *   npx tsx bench/getPool.ts [--requests=4000] [--rounds=5] [--concurrency=16] [--profile=azbatch]
 *
 * `--profile=NAME` runs only that client for a while under the inspector's CPU profiler and
 * prints the functions with the most self time. `--policies` measures what each pipeline policy
 * costs: azbatch with all of them against azbatch without that one (same rounds, interleaved).
 */
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const REQUESTS = Number(arg("requests", "4000"));
const ROUNDS = Number(arg("rounds", "5"));
const CONCURRENCY = Number(arg("concurrency", "16"));
const PROFILE = arg("profile", "");
const POLICIES = process.argv.includes("--policies");
const ACCOUNT = "benchaccount";
const KEY = Buffer.from("bench-account-key-bench-account-key").toString("base64");
const API_VERSION = "2026-10-01";

/** A pool as the service describes one: virtual machine configuration, start task, network, metadata. */
const POOL = {
  "odata.metadata": "https://benchaccount.eastus.batch.azure.com/$metadata#pools/@Element",
  id: "bench-pool",
  displayName: "Benchmark pool",
  url: "https://benchaccount.eastus.batch.azure.com/pools/bench-pool",
  eTag: "0x8DD0A0E5C1F7B2A",
  lastModified: "2026-11-20T10:15:30.1234567Z",
  creationTime: "2026-11-20T10:00:00.7654321Z",
  state: "active",
  stateTransitionTime: "2026-11-20T10:00:00.7654321Z",
  allocationState: "steady",
  allocationStateTransitionTime: "2026-11-20T10:12:05.4444444Z",
  vmSize: "standard_d2s_v3",
  resizeTimeout: "PT15M",
  currentDedicatedNodes: 4,
  targetDedicatedNodes: 4,
  currentLowPriorityNodes: 0,
  targetLowPriorityNodes: 0,
  enableAutoScale: false,
  enableInterNodeCommunication: false,
  taskSlotsPerNode: 4,
  taskSchedulingPolicy: { nodeFillType: "spread" },
  virtualMachineConfiguration: {
    imageReference: {
      publisher: "canonical",
      offer: "0001-com-ubuntu-server-jammy",
      sku: "22_04-lts",
      version: "latest",
    },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
    osDisk: {
      ephemeralOSDiskSettings: { placement: "cachedisk" },
      caching: "readwrite",
      managedDisk: { storageAccountType: "premium_lrs" },
    },
    dataDisks: [{ lun: 0, caching: "readonly", diskSizeGB: 128, storageAccountType: "premium_lrs" }],
    extensions: [
      {
        name: "monitor",
        publisher: "Microsoft.Azure.Monitor",
        type: "AzureMonitorLinuxAgent",
        typeHandlerVersion: "1.0",
        autoUpgradeMinorVersion: true,
      },
    ],
    nodePlacementConfiguration: { policy: "regional" },
  },
  networkConfiguration: {
    subnetId:
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/batch",
    dynamicVNetAssignmentScope: "none",
    enableAcceleratedNetworking: true,
    endpointConfiguration: {
      inboundNATPools: [
        { name: "ssh", protocol: "tcp", backendPort: 22, frontendPortRangeStart: 50000, frontendPortRangeEnd: 50099 },
      ],
    },
  },
  startTask: {
    commandLine: "/bin/bash -c 'apt-get update && apt-get install -y python3-pip && pip3 install -r requirements.txt'",
    resourceFiles: [
      { httpUrl: "https://benchstorage.blob.core.windows.net/setup/requirements.txt", filePath: "requirements.txt" },
    ],
    environmentSettings: [
      { name: "MODE", value: "benchmark" },
      { name: "REGION", value: "eastus" },
    ],
    userIdentity: { autoUser: { scope: "pool", elevationLevel: "admin" } },
    maxTaskRetryCount: 2,
    waitForSuccess: true,
  },
  userAccounts: [{ name: "worker", elevationLevel: "nonadmin", linuxUserConfiguration: { uid: 1001, gid: 1001 } }],
  metadata: [
    { name: "owner", value: "bench" },
    { name: "costCenter", value: "1234" },
  ],
  mountConfiguration: [
    {
      azureBlobFileSystemConfiguration: {
        accountName: "benchstorage",
        containerName: "data",
        relativeMountPath: "data",
        blobfuseOptions: "-o attr_timeout=240",
      },
    },
  ],
  targetNodeCommunicationMode: "default",
  currentNodeCommunicationMode: "simplified",
  upgradePolicy: { mode: "manual" },
};

type Client = { name: string; call: () => Promise<unknown>; close?: () => void };

/** The server of the child process: answers every request with the pool. */
function serve(): void {
  const body = JSON.stringify(POOL);
  const server = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, {
        "content-type": "application/json;odata=minimalmetadata",
        "content-length": Buffer.byteLength(body),
        etag: POOL.eTag,
        "last-modified": new Date(POOL.lastModified).toUTCString(),
        "request-id": "00000000-0000-0000-0000-000000000000",
        "client-request-id": String(req.headers["client-request-id"] ?? ""),
        dataserviceversion: "3.0",
      });
      res.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => process.send!((server.address() as { port: number }).port));
}

async function startServer(): Promise<{ child: ChildProcess; endpoint: string }> {
  const child = fork(fileURLToPath(import.meta.url), ["--serve"], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const port = await new Promise<number>((ok) => child.once("message", (m) => ok(Number(m))));
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

async function clients(endpoint: string): Promise<Client[]> {
  const { AzureNamedKeyCredential } = await import("@azure/core-auth");
  const { BatchClient } = await import("../src/index.js");
  const azbatch = new BatchClient(endpoint, new AzureNamedKeyCredential(ACCOUNT, KEY));

  const batch = await import("@azure/batch");
  const legacy = new batch.BatchServiceClient(new batch.BatchSharedKeyCredentials(ACCOUNT, KEY), endpoint);

  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const url = new URL(`${endpoint}/pools/bench-pool?api-version=${API_VERSION}`);
  const raw = (): Promise<unknown> =>
    new Promise((ok, fail) => {
      const req = http.request(
        url,
        {
          agent,
          method: "GET",
          headers: {
            accept: "application/json",
            "accept-encoding": "gzip,deflate",
            "user-agent": "azsdk-js-azbatch-rest/0.1.0 core-rest-pipeline/1.24.0 Node/20 OS/(x64-Linux)",
            "client-request-id": crypto.randomUUID(),
            "ocp-date": new Date().toUTCString(),
            authorization: `SharedKey ${ACCOUNT}:${"x".repeat(44)}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            try {
              ok(JSON.parse(Buffer.concat(chunks).toString("utf8")));
            } catch (e) {
              fail(e);
            }
          });
          res.on("error", fail);
        },
      );
      req.on("error", fail);
      req.end();
    });

  const core = await import("@azure/core-rest-pipeline");
  const coreHttp = core.createDefaultHttpClient();
  const coreOnly = async (): Promise<unknown> => {
    const request = core.createPipelineRequest({
      url: url.href,
      allowInsecureConnection: true,
      headers: core.createHttpHeaders({
        accept: "application/json",
        "accept-encoding": "gzip,deflate",
        "user-agent": "azsdk-js-azbatch-rest/0.1.0 core-rest-pipeline/1.24.0 Node/20 OS/(x64-Linux)",
        "client-request-id": crypto.randomUUID(),
        "ocp-date": new Date().toUTCString(),
        authorization: `SharedKey ${ACCOUNT}:${"x".repeat(44)}`,
      }),
    });
    const response = await coreHttp.sendRequest(request);
    return JSON.parse(response.bodyAsText ?? "");
  };

  return [
    { name: "raw node:http", call: raw, close: () => agent.destroy() },
    { name: "core HttpClient", call: coreOnly },
    { name: "azbatch", call: () => azbatch.getPool("bench-pool") },
    { name: "@azure/batch 10.2.0", call: () => legacy.pool.get("bench-pool") },
  ];
}

/** Sends `count` calls with CONCURRENCY in flight; returns requests/s and client CPU µs per call. */
async function round(client: Client, count: number): Promise<{ rps: number; cpuPerCall: number }> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        await client.call();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { rps: count / seconds, cpuPerCall: (used.user + used.system) / count };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Import + construction in a fresh process, in ms (median of ROUNDS). */
function startupMs(code: string): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
    times.push(Number(out.trim()));
  }
  return median(times);
}

async function profile(client: Client): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  await round(client, REQUESTS * 2);
  const { profile } = await session.post("Profiler.stop");
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "").replace(`file://${root}/`, "")}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
  // Self time per package (or node internals / this repository's folders).
  const byModule = new Map<string, number>();
  for (const [key, us] of self) {
    const where = key.split(" ")[1] ?? "";
    const module = where.startsWith("node:")
      ? "node internals"
      : where.startsWith(":")
        ? "native / idle / gc"
        : where.replace(/^((@[^/]+\/)?[^/]+)\/.*$/, "$1").replace(/:\d+$/, "");
    byModule.set(module, (byModule.get(module) ?? 0) + us);
  }
  console.log("by module:");
  for (const [module, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${module}`);
  }
}

/** azbatch with its whole pipeline against azbatch without each policy in turn. */
async function policyCosts(endpoint: string): Promise<void> {
  const { AzureNamedKeyCredential } = await import("@azure/core-auth");
  const { BatchClient } = await import("../src/index.js");
  const make = (without?: string): Client => {
    const client = new BatchClient(endpoint, new AzureNamedKeyCredential(ACCOUNT, KEY));
    const pipeline = (
      client as unknown as { context: { client: { pipeline: import("@azure/core-rest-pipeline").Pipeline } } }
    ).context.client.pipeline;
    if (without) pipeline.removePolicy({ name: without });
    return { name: without ? `without ${without}` : "all policies", call: () => client.getPool("bench-pool") };
  };
  const full = make();
  const names =
    (full as unknown as { name: string }) && new BatchClient(endpoint, new AzureNamedKeyCredential(ACCOUNT, KEY));
  const policyNames = (
    names as unknown as { context: { client: { pipeline: import("@azure/core-rest-pipeline").Pipeline } } }
  ).context.client.pipeline
    .getOrderedPolicies()
    .map((p) => p.name);
  const variants = [full, ...policyNames.map((n) => make(n))];
  for (const v of variants) await round(v, 300);
  const results = new Map(variants.map((v) => [v.name, { rps: [] as number[], cpu: [] as number[] }]));
  for (let r = 0; r < ROUNDS; r++) {
    // A different order each round, so that no variant always runs first (after a GC, say).
    for (const v of [...variants.slice(r % variants.length), ...variants.slice(0, r % variants.length)]) {
      const { rps, cpuPerCall } = await round(v, REQUESTS);
      results.get(v.name)!.rps.push(rps);
      results.get(v.name)!.cpu.push(cpuPerCall);
    }
  }
  const base = results.get("all policies")!;
  console.log(
    `getPool per policy, ${REQUESTS} requests x ${ROUNDS} rounds, concurrency ${CONCURRENCY}, median (CPU saved by removing it):`,
  );
  for (const [name, r] of results) {
    console.log(
      `  ${name.padEnd(40)} ${median(r.rps).toFixed(0).padStart(6)} req/s  ${median(r.cpu).toFixed(1).padStart(6)} µs CPU/call  ` +
        `${(median(base.cpu) - median(r.cpu)).toFixed(1).padStart(6)} µs saved`,
    );
  }
}

async function main(): Promise<void> {
  const { child, endpoint } = await startServer();
  try {
    const all = await clients(endpoint);
    for (const c of all) await round(c, 500); // warm up: JIT, sockets
    if (POLICIES) {
      await policyCosts(endpoint);
      return;
    }
    if (PROFILE) {
      const c = all.find((x) => x.name.startsWith(PROFILE));
      if (!c) throw new Error(`--profile: one of ${all.map((x) => x.name).join(", ")}`);
      await profile(c);
      return;
    }
    const results = new Map(all.map((c) => [c.name, { rps: [] as number[], cpu: [] as number[] }]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const c of all) {
        const { rps, cpuPerCall } = await round(c, REQUESTS);
        results.get(c.name)!.rps.push(rps);
        results.get(c.name)!.cpu.push(cpuPerCall);
      }
    }
    all.forEach((c) => c.close?.());
    const raw = median(results.get("raw node:http")!.rps);
    const peer = median(results.get("@azure/batch 10.2.0")!.rps);
    console.log(`getPool, ${REQUESTS} requests x ${ROUNDS} rounds, concurrency ${CONCURRENCY}, median:`);
    for (const [name, r] of results) {
      const rps = median(r.rps);
      console.log(
        `  ${name.padEnd(20)} ${rps.toFixed(0).padStart(6)} req/s  ${median(r.cpu).toFixed(0).padStart(5)} µs CPU/call  ` +
          `${(rps / raw).toFixed(2)}x raw  ${(rps / peer).toFixed(2)}x @azure/batch`,
      );
    }
  } finally {
    child.kill();
  }

  const dist = join(root, "dist/esm/src/index.js");
  if (!existsSync(dist)) {
    console.log("import + construct: skipped (run `npm run build` first)");
    return;
  }
  const ours = startupMs(
    `const t = performance.now(); const { BatchClient } = await import(${JSON.stringify(dist)}); const { AzureNamedKeyCredential } = await import("@azure/core-auth");` +
      ` new BatchClient("https://a.eastus.batch.azure.com", new AzureNamedKeyCredential("a", "a2V5")); console.log(performance.now() - t);`,
  );
  const theirs = startupMs(
    `const t = performance.now(); const b = await import("@azure/batch");` +
      ` new b.BatchServiceClient(new b.BatchSharedKeyCredentials("a", "a2V5"), "https://a.eastus.batch.azure.com"); console.log(performance.now() - t);`,
  );
  console.log(
    `import + construct, fresh process, median of ${ROUNDS}: azbatch ${ours.toFixed(1)} ms, @azure/batch ${theirs.toFixed(1)} ms (${(ours / theirs).toFixed(2)}x)`,
  );
}

if (process.argv[2] === "--serve") serve();
else await main();
