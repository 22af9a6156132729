/**
 * Case a: `getPool` against a keep-alive loopback server (in its own process) answering a
 * realistic pool: requests/s at concurrency 16 and client CPU µs per request, for azbatch with a
 * shared key, azbatch with a token credential over HTTPS, @azure/batch 10.2.0 and raw node:http
 * (and node:https, the floor of the token row) with the same headers.
 */
import { fileURLToPath } from "node:url";
import type { AccessToken, TokenCredential } from "@azure/core-auth";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import * as azureBatch from "@azure/batch";
import { BatchClient } from "azbatch";
import { startServerProcess } from "../lib/processes.js";
import { batchGetHeaders, createRawClient } from "../lib/rawHttp.js";
import { medianOf, target } from "../lib/report.js";
import { column, interleaved, runConcurrently, secondsSince } from "../lib/stats.js";
import { generateLoopbackCertificate } from "../lib/tlsCertificate.js";
import type { BenchCase, MetricGroup } from "../lib/types.js";

const poolServer = fileURLToPath(new URL("../servers/poolServer.ts", import.meta.url));
const ACCOUNT = "benchacct";
const KEY = Buffer.from("bench-account-key-not-a-secret-0123456789").toString("base64");
const POOL = "render-pool-ubuntu-22";
const CONCURRENCY = 16;

const SUBJECTS = [
  "azbatch (shared key)",
  "azbatch (token, HTTPS)",
  "@azure/batch",
  "raw node:http",
  "raw node:https",
] as const;
type Subject = (typeof SUBJECTS)[number];

/** A token credential that hands out the same long-lived token (no identity service here). */
const staticToken: TokenCredential = {
  getToken: async (): Promise<AccessToken> => ({ token: "bench-token", expiresOnTimestamp: Date.now() + 3_600_000 }),
};

export const getPoolCase: BenchCase = {
  id: "a",
  title: "getPool at concurrency 16 (keep-alive loopback server)",
  async run(ctx) {
    const requests = ctx.quick ? 60 : 2_000;
    const cert = await generateLoopbackCertificate();
    const http = await startServerProcess(poolServer, "startPoolServer", {});
    const https = await startServerProcess(poolServer, "startPoolServer", { tls: cert });
    const httpOrigin = `http://127.0.0.1:${http.port}`;
    const httpsOrigin = `https://127.0.0.1:${https.port}`;
    try {
      const sharedKey = new BatchClient(httpOrigin, new AzureNamedKeyCredential(ACCOUNT, KEY));
      const token = new BatchClient(httpsOrigin, staticToken, { tlsOptions: { ca: cert.cert } });
      const theirs = new azureBatch.BatchServiceClient(
        new azureBatch.BatchSharedKeyCredentials(ACCOUNT, KEY),
        httpOrigin,
      );
      const rawHttp = createRawClient(httpOrigin);
      const rawHttps = createRawClient(httpsOrigin, { ca: cert.cert });
      const path = `/pools/${POOL}?api-version=2026-10-01`;
      const rawGet = (raw: typeof rawHttp) => async (): Promise<void> => {
        const res = await raw.request("GET", path, batchGetHeaders(ACCOUNT, KEY, path));
        if (res.status !== 200) throw new Error(`raw getPool: ${res.status}`);
        JSON.parse(res.body.toString("utf8"));
      };
      const calls: Record<Subject, () => Promise<unknown>> = {
        "azbatch (shared key)": () => sharedKey.getPool(POOL),
        "azbatch (token, HTTPS)": () => token.getPool(POOL),
        "@azure/batch": () => theirs.pool.get(POOL),
        "raw node:http": rawGet(rawHttp),
        "raw node:https": rawGet(rawHttps),
      };
      const samples = await interleaved(SUBJECTS, ctx, async (subject, round) => {
        const n = round.warmup ? Math.max(30, requests >> 2) : requests;
        const cpu = process.cpuUsage();
        const start = process.hrtime.bigint();
        await runConcurrently(n, CONCURRENCY, calls[subject]);
        const secs = secondsSince(start);
        const used = process.cpuUsage(cpu);
        return [n / secs, (used.user + used.system) / n];
      });
      rawHttp.close();
      rawHttps.close();
      const rows = (k: number) => SUBJECTS.map((subject) => ({ subject, samples: column(samples.get(subject)!, k) }));
      const rps: MetricGroup = {
        id: "requests",
        title: "getPool requests/s",
        unit: "requests/s",
        higherIsBetter: true,
        rows: rows(0),
        peers: ["raw node:http", "@azure/batch"],
      };
      const cpu: MetricGroup = {
        id: "cpu",
        title: "getPool client CPU per request",
        unit: "µs CPU/request",
        higherIsBetter: false,
        rows: rows(1),
        peers: ["raw node:http", "@azure/batch"],
      };
      const ours = medianOf(rps, "azbatch (shared key)");
      const show = (v: number): string => `${v.toFixed(2)}x`;
      return {
        id: this.id,
        title: this.title,
        groups: [rps, cpu],
        targets: [
          target(
            "azbatch (shared key) ≥ 0.7x raw node:http requests/s",
            ours! / medianOf(rps, "raw node:http")!,
            0.7,
            true,
            show,
          ),
          target(
            "azbatch (shared key) ≥ 3x @azure/batch requests/s",
            ours! / medianOf(rps, "@azure/batch")!,
            3,
            true,
            show,
          ),
          target(
            "azbatch (token, HTTPS) ≥ 0.7x raw node:https requests/s",
            medianOf(rps, "azbatch (token, HTTPS)")! / medianOf(rps, "raw node:https")!,
            0.7,
            true,
            show,
          ),
        ],
        notes: [
          `${requests} requests per repetition, ${CONCURRENCY} in flight; the server runs in its own process, so CPU µs/request is the client's alone (process.cpuUsage around the run).`,
          "Raw clients send azbatch's headers with a signature computed once and parse the JSON body; the HTTPS server has a self-signed certificate generated at bench start, trusted through tlsOptions.ca.",
        ],
      };
    } finally {
      await Promise.all([http.close(), https.close()]);
    }
  },
};
