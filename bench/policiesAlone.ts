/**
 * What each policy of the Batch pipeline costs on its own: its `sendRequest` called in a loop with
 * a `next` that answers at once (a realistic pool's JSON as the body), awaited, against the same
 * loop calling `next` alone. Interleaved rounds, median CPU µs per call above the bare loop. This
 * is a floor (warm caches, one policy, no socket); `bench/getPool.ts --policies` measures each
 * policy inside the whole client at concurrency 16.
 *
 *   npx tsx bench/policiesAlone.ts [--calls=100000] [--rounds=5]
 */
import { readFileSync } from "node:fs";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import {
  createHttpHeaders,
  createPipelineRequest,
  decompressResponsePolicy,
  defaultRetryPolicy,
  redirectPolicy,
  setClientRequestIdPolicy,
  userAgentPolicy,
  type PipelinePolicy,
  type PipelineResponse,
  type SendRequest,
} from "@azure/core-rest-pipeline";
import { createRangeCheckPolicy } from "../src/rangeCheckPolicy.js";
import { createResponseBodyPolicy, DEFAULT_MAX_JSON_BODY_BYTES } from "../src/responseBodyPolicy.js";
import { createSameOriginPolicy } from "../src/sameOriginPolicy.js";
import { createSharedKeyCredentialPolicy } from "../src/sharedKeyCredentialPolicy.js";
import { createBatchThrottlingRetryPolicy } from "../src/throttlingRetryPolicy.js";
import { createTimeoutPolicy, DEFAULT_REQUEST_TIMEOUT_IN_MS } from "../src/timeoutPolicy.js";
import { argOf, timePolicies } from "./lib/policyLoop.js";

const CALLS = Number(argOf("calls", "100000"));
const ROUNDS = Number(argOf("rounds", "5"));

const ENDPOINT = "https://account.region.batch.azure.com";
const body = readFileSync(new URL("fixtures/pool.json", import.meta.url), "utf8");
const headers = { "content-type": "application/json; odata=minimalmetadata", "content-length": String(body.length) };
const next: SendRequest = async (request) =>
  ({ status: 200, headers: createHttpHeaders(headers), request, bodyAsText: body }) as PipelineResponse;
const credential = new AzureNamedKeyCredential("account", Buffer.from("bench-key-not-a-secret").toString("base64"));

const subjects: Record<string, PipelinePolicy | undefined> = {
  "bare loop (next alone)": undefined,
  "shared key": createSharedKeyCredentialPolicy(credential),
  "response body checks": createResponseBodyPolicy(DEFAULT_MAX_JSON_BODY_BYTES),
  "time bound": createTimeoutPolicy(DEFAULT_REQUEST_TIMEOUT_IN_MS),
  "same origin": createSameOriginPolicy(ENDPOINT),
  "429 backoff mark": createBatchThrottlingRetryPolicy(),
  "range check": createRangeCheckPolicy(),
  "core retry": defaultRetryPolicy(),
  "core redirect": redirectPolicy(),
  "core user agent": userAgentPolicy({}),
  "core request id": setClientRequestIdPolicy(),
  "core decompress": decompressResponsePolicy(),
};

// A fresh request per call, as every call of a client makes.
const request = () => createPipelineRequest({ url: `${ENDPOINT}/pools/p?api-version=2026-10-01` });
const medians = await timePolicies(subjects, { calls: CALLS, rounds: ROUNDS, request, next });
const bare = medians.get("bare loop (next alone)")!;
console.log(`Each policy alone, ${CALLS} calls x ${ROUNDS} rounds, median CPU µs per call (above the bare loop):`);
let sum = 0;
for (const [name, us] of medians) {
  const above = us - bare;
  if (name !== "bare loop (next alone)") sum += above;
  console.log(`  ${name.padEnd(24)} ${us.toFixed(2).padStart(6)} µs  (${above.toFixed(2).padStart(5)} above)`);
}
console.log(`  all of them together: ${sum.toFixed(1)} µs above the bare loop`);
