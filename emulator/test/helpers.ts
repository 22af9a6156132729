/**
 * TEST-ONLY helpers: a small shared-key signer written from
 * docs/protocol.md ("Shared key") and a fetch-based client for the emulator.
 * Not the SDK's signer.
 */
import { createHmac } from "node:crypto";
import http from "node:http";
import { ManualClock, startEmulator, type EmulatorOptions, type RunningEmulator } from "../src/index.js";

/** The api-version under test. */
export const API = "2026-10-01";

/** Options of one test request. */
export interface RequestOptions {
  /** JSON body (serialized) or raw string. */
  body?: unknown;
  /** Extra headers. */
  headers?: Record<string, string>;
  /** Query parameters besides api-version. */
  query?: Record<string, string>;
  /** Leave out api-version. */
  noApiVersion?: boolean;
  /** Sign with this key instead of the emulator's. */
  key?: string;
  /** Value of ocp-date (default now). */
  date?: Date;
  /** Do not sign (send the given headers only). */
  unsigned?: boolean;
  /** Sign the empty Content-Length as "" instead of "0". */
  emptyLengthAsBlank?: boolean;
  /** Sign query names lower-cased (.NET style). */
  lowerQueryNames?: boolean;
}

/** A parsed response. */
export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/**
 * Signs a request the way docs/protocol.md describes; returns the Authorization value.
 * `path` is the path as sent; `params` are decoded query pairs.
 */
export function sharedKey(
  method: string,
  path: string,
  params: [string, string][],
  headers: Record<string, string>,
  account: string,
  key: string,
  opts: { lowerQueryNames?: boolean } = {},
): string {
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = v;
  const names = [
    "content-encoding",
    "content-language",
    "content-length",
    "content-md5",
    "content-type",
    "date",
    "if-modified-since",
    "if-match",
    "if-none-match",
    "if-unmodified-since",
    "range",
  ];
  let s = `${method}\n`;
  for (const n of names) s += `${h[n] ?? ""}\n`;
  for (const n of Object.keys(h)
    .filter((x) => x.startsWith("ocp-"))
    .sort())
    if (h[n]) s += `${n}:${h[n]}\n`;
  s += `/${account}${path}`;
  const sorted = params
    .map(([n, v]): [string, string] => [opts.lowerQueryNames ? n.toLowerCase() : n, v])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [n, v] of sorted) s += `\n${n}:${v}`;
  const sig = createHmac("sha256", Buffer.from(key, "base64")).update(s, "utf8").digest("base64");
  return `SharedKey ${account}:${sig}`;
}

/** A client for one running emulator. */
export class TestClient {
  /**
   * @param emu - Endpoint and account of the emulator.
   * @param clock - The emulator's manual clock, if it has one ({@link TestClient.settle} advances it).
   */
  constructor(
    readonly emu: Pick<RunningEmulator, "endpoint" | "accountName" | "accountKey">,
    readonly clock?: ManualClock,
  ) {}

  /**
   * Waits until `check` holds: runs the emulator's due timers (node transitions,
   * deletions, wall clock limits within `horizonMs`) and lets real time pass for processes.
   */
  async settle(check: () => Promise<boolean> | boolean, timeoutMs = 30_000, horizonMs = 5000): Promise<void> {
    if (!this.clock) return waitFor(check, timeoutMs);
    await this.clock.runUntil(check, { timeoutMs, horizonMs });
  }

  /** Sends one request. */
  async request(method: string, path: string, opts: RequestOptions = {}): Promise<TestResponse> {
    const url = new URL(this.emu.endpoint + path);
    if (!opts.noApiVersion && !url.searchParams.has("api-version")) url.searchParams.set("api-version", API);
    for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
    const body =
      opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    const headers: Record<string, string> = { "ocp-date": (opts.date ?? new Date()).toUTCString(), ...opts.headers };
    if (body !== undefined) {
      headers["content-type"] ??= "application/json; odata=minimalmetadata";
      headers["content-length"] = String(Buffer.byteLength(body));
    }
    if (!opts.unsigned) {
      const signed = { ...headers };
      if (body === undefined && method !== "GET" && method !== "HEAD")
        signed["content-length"] = opts.emptyLengthAsBlank ? "" : "0";
      headers.authorization = sharedKey(
        method,
        url.pathname,
        [...url.searchParams.entries()],
        signed,
        this.emu.accountName,
        opts.key ?? this.emu.accountKey,
        {
          lowerQueryNames: opts.lowerQueryNames,
        },
      );
    }
    let res: Response;
    try {
      res = await fetch(url, { method, headers, body });
    } catch (e) {
      // A keep-alive connection the server closed after its idle timeout: the request never arrived, send it again.
      if ((e as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw e;
      res = await fetch(url, { method, headers, body });
    }
    const text = method === "HEAD" ? "" : await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  get = (path: string, opts?: RequestOptions) => this.request("GET", path, opts);
  post = (path: string, body?: unknown, opts?: RequestOptions) => this.request("POST", path, { ...opts, body });
  del = (path: string, opts?: RequestOptions) => this.request("DELETE", path, opts);

  /** Creates a pool of `nodes` dedicated nodes and waits until they are idle. */
  async createPool(id: string, nodes = 1, extra: Record<string, unknown> = {}, waitIdle = true): Promise<void> {
    const r = await this.post("/pools", {
      id,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
        nodeAgentSKUId: "batch.node.ubuntu 24.04",
      },
      targetDedicatedNodes: nodes,
      ...extra,
    });
    if (r.status !== 201) throw new Error(`create pool: ${r.status} ${r.text}`);
    if (waitIdle && nodes > 0) {
      await this.settle(async () => {
        const l = await this.get(`/pools/${id}/nodes`);
        return l.json.value.length === nodes && l.json.value.every((n: { state: string }) => n.state === "idle");
      });
    }
  }

  /** Creates a job on a pool. */
  async createJob(id: string, poolId: string, extra: Record<string, unknown> = {}): Promise<void> {
    const r = await this.post("/jobs", { id, poolInfo: { poolId }, ...extra });
    if (r.status !== 201) throw new Error(`create job: ${r.status} ${r.text}`);
  }

  /** Waits for a task to complete and returns it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async waitTask(jobId: string, taskId: string, timeoutMs = 10000): Promise<any> {
    let task: unknown;
    await this.settle(async () => {
      const r = await this.get(`/jobs/${jobId}/tasks/${taskId}`);
      task = r.json;
      return r.json?.state === "completed";
    }, timeoutMs);
    return task;
  }

  /**
   * Sends a request with a raw, unnormalised path (fetch would resolve `..`), signed over that path.
   * @param method - HTTP method.
   * @param rawPath - Path as it goes on the wire, e.g. `/jobs/j/tasks/t/files/../../x`.
   */
  rawRequest(
    method: string,
    rawPath: string,
  ): Promise<{ status: number; json: any; headers: http.IncomingHttpHeaders }> {
    const url = new URL(this.emu.endpoint);
    const fullPath = `${rawPath}${rawPath.includes("?") ? "&" : "?"}api-version=${API}`;
    const headers: Record<string, string> = { "ocp-date": new Date().toUTCString() };
    const signed = method === "GET" || method === "HEAD" ? headers : { ...headers, "content-length": "0" };
    headers.authorization = sharedKey(
      method,
      rawPath.split("?")[0]!,
      [["api-version", API]],
      signed,
      this.emu.accountName,
      this.emu.accountKey,
    );
    return new Promise((resolve, reject) => {
      const req = http.request({ host: url.hostname, port: url.port, method, path: fullPath, headers }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => {
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json, headers: res.headers });
        });
      });
      req.on("error", reject);
      req.end();
    });
  }
}

/** Polls until `check` is true. */
export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 10000,
  intervalMs = 25,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error("waitFor: timed out");
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Fast timings for tests. */
export const FAST: EmulatorOptions["timings"] = {
  nodeCreateMs: 20,
  nodeStartMs: 20,
  nodeRebootMs: 20,
  nodeRemoveMs: 20,
  deleteMs: 20,
  transitionMs: 5,
};

/**
 * Starts an emulator on a manual clock (default timings: transitions happen
 * when a test settles or advances the clock, however fast the machine is) and
 * returns it with a client.
 */
export async function start(
  options: EmulatorOptions = {},
): Promise<{ emu: RunningEmulator; client: TestClient; clock: ManualClock }> {
  const clock = new ManualClock();
  // AZBATCH_EMULATOR_TEST_STORE=sqlite runs every emulator test on the durable store.
  const persistence = process.env.AZBATCH_EMULATOR_TEST_STORE === "sqlite" ? "sqlite" : undefined;
  const emu = await startEmulator({ clock, persistence, ...options });
  return { emu, client: new TestClient(emu, clock), clock };
}

/** A stand-in blob endpoint started by {@link startBlobStandIn}. */
export interface BlobStandIn {
  /** A container URL on it, with a SAS-like query (`?sig=secret`). */
  containerUrl(container: string): string;
  /** Every PUT it got, in order: the path and the body. */
  puts: { path: string; body: string }[];
  close(): Promise<void>;
}

/** Starts a stand-in blob endpoint on loopback: every request is answered 201, every PUT recorded. */
export async function startBlobStandIn(): Promise<BlobStandIn> {
  const puts: BlobStandIn["puts"] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "PUT")
        puts.push({ path: new URL(req.url!, "http://x").pathname, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(201, { "x-ms-request-id": "1" });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    containerUrl: (container) => `http://127.0.0.1:${port}/${container}?sig=secret`,
    puts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
